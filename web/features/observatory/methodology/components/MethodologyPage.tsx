// /observatoire/methodologie: the influence index explained in plain French and English, with the weights in
// force and the last scoring dates from the API.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Summary } from '@codegouvfr/react-dsfr/Summary';
import { Fragment, type ReactNode } from 'react';
import { WINDOWS } from '../../../../../common/observatory-terms.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { TableFrame } from '../../components/TableFrame.tsx';
import { useMethodology } from '../api/useMethodology.ts';
import { methodologyMessages } from '../messages.ts';
import { FactorWeights } from './FactorWeights.tsx';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mb-6w')}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const paragraphs = (lines: readonly string[]) => lines.map((line) => <p key={line}>{line}</p>);

export function MethodologyPage() {
  const t = useT(methodologyMessages);
  const tc = useT(observatoryComponentMessages);
  const format = useFormatters();
  usePageTitle(t.title);
  const methodology = useMethodology();
  const parts = [
    { id: 'method-principle', title: t.principleTitle },
    { id: 'method-factors', title: t.factorsTitle },
    { id: 'method-normalisation', title: t.normalisationTitle },
    { id: 'method-gaming', title: t.gamingTitle },
    { id: 'method-country', title: t.countryTitle },
    { id: 'method-windows', title: t.windowsTitle },
    { id: 'method-limits', title: t.limitsTitle },
    { id: 'method-status', title: t.status },
  ] as const;
  const [principle, factors, normalisation, gaming, country, windows, limits, status] = parts;

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.breadcrumb}
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t.breadcrumbObservatory, linkProps: { to: paths.observatory } }]}
      />
      <h1>{t.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{t.lead}</p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-col-lg-3')}>
          <Summary
            title={t.summaryTitle}
            links={parts.map((part) => ({ text: part.title, linkProps: { to: `#${part.id}` } }))}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-9')}>
          <Part {...principle}>{paragraphs(t.principle)}</Part>
          <Part {...factors}>
            {methodology.isPending && <Loading />}
            <ApiErrorAlert error={methodology.error} />
            <FactorWeights weights={methodology.data?.weights} />
            <p className={fr.cx('fr-text--sm')}>{t.weightsFromServer}</p>
          </Part>
          <Part {...normalisation}>{paragraphs(t.normalisation)}</Part>
          <Part {...gaming}>
            {t.gaming.map((entry) => (
              <Fragment key={entry.name}>
                <h3 className={fr.cx('fr-h5', 'fr-mb-1w')}>{entry.name}</h3>
                <p>{entry.text}</p>
              </Fragment>
            ))}
          </Part>
          <Part {...country}>{paragraphs(t.country)}</Part>
          <Part {...windows}>{paragraphs(t.windows)}</Part>
          <Part {...limits}>
            <ul>
              {t.limits.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Part>
          <Part {...status}>
            {methodology.data && (
              <>
                <p>
                  {methodology.data.lastScoredAt
                    ? t.lastScored(format.dateTime(methodology.data.lastScoredAt))
                    : t.neverScored}
                </p>
                <TableFrame small>
                  <table>
                    <caption>{t.periodEndsCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.window}</th>
                        <th scope="col">{t.periodEnd}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {WINDOWS.map((window) => {
                        const end = methodology.data.periodEnds[window];
                        return (
                          <tr key={window}>
                            <th scope="row">{tc.windows[window]}</th>
                            <td>{end ? format.date(end) : t.notComputed}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableFrame>
              </>
            )}
          </Part>
          <Button
            linkProps={{ to: paths.observatory }}
            priority="secondary"
            iconId="fr-icon-arrow-right-line"
            iconPosition="right"
          >
            {t.backToRanking}
          </Button>
        </div>
      </div>
    </>
  );
}
