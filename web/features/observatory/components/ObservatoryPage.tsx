// Landing page of the influence observatory.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { AreaIntro } from '../../../app/components/AreaIntro.tsx';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../../auth/session/hooks/useSession.ts';
import { observatoryMessages } from '../messages.ts';

export function ObservatoryPage() {
  const t = useT(observatoryMessages);
  const session = useSession();
  return (
    <>
      <AreaIntro title={t.title} lead={t.lead} status={t.status} />
      <section aria-labelledby="obs-why" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="obs-why">{t.whyTitle}</h2>
        <p>{t.why}</p>
      </section>
      <section aria-labelledby="obs-measures" className={fr.cx('fr-mb-5w')}>
        <h2 id="obs-measures">{t.measuresTitle}</h2>
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {t.measures.map((measure) => (
            <li key={measure.name} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
              <div className={fr.cx('fr-tile', 'fr-tile--sm')} style={{ height: '100%' }}>
                <div className={fr.cx('fr-tile__body')}>
                  <div className={fr.cx('fr-tile__content')}>
                    <h3 className={fr.cx('fr-tile__title')}>{measure.name}</h3>
                    <p className={fr.cx('fr-tile__desc')}>{measure.text}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="obs-sources" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="obs-sources">{t.sourcesTitle}</h2>
        <ul>
          {t.sources.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="obs-uses" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="obs-uses">{t.usesTitle}</h2>
        <dl>
          {t.uses.map((row) => (
            <div key={row.who} className={fr.cx('fr-mb-2w')}>
              <dt className={fr.cx('fr-text--bold')}>{row.who}</dt>
              <dd className={fr.cx('fr-ml-0')}>{row.what}</dd>
            </div>
          ))}
        </dl>
      </section>
      {!session.signedIn && (
        <div className={fr.cx('fr-callout')}>
          <p className={fr.cx('fr-callout__text')}>{t.ctaText}</p>
          <Button className={fr.cx('fr-mt-2w')} linkProps={{ to: paths.signIn }}>
            {t.ctaSignIn}
          </Button>
        </div>
      )}
    </>
  );
}
