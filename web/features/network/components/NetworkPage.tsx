// Landing page of the professional network.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { AreaIntro } from '../../../app/components/AreaIntro.tsx';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../../auth/session/hooks/useSession.ts';
import { networkMessages } from '../messages.ts';

export function NetworkPage() {
  const t = useT(networkMessages);
  const session = useSession();
  return (
    <>
      <AreaIntro title={t.title} lead={t.lead} status={t.status} />
      <section aria-labelledby="net-principle" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="net-principle">{t.principleTitle}</h2>
        <p>{t.principle}</p>
        <div className={fr.cx('fr-table', 'fr-table--bordered')}>
          <div className={fr.cx('fr-table__wrapper')}>
            <div className={fr.cx('fr-table__container')}>
              <div className={fr.cx('fr-table__content')}>
                <table>
                  <caption>{t.levelsCaption}</caption>
                  <thead>
                    <tr>
                      {t.levelsHeaders.map((header) => (
                        <th key={header} scope="col">
                          {header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {t.levels.map(([level, tlp, who]) => (
                      <tr key={level}>
                        <th scope="row">{level}</th>
                        <td>{tlp}</td>
                        <td>{who}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        <p className={fr.cx('fr-text--sm')}>{t.levelsNote}</p>
      </section>
      <section aria-labelledby="net-features" className={fr.cx('fr-mb-5w')}>
        <h2 id="net-features">{t.featuresTitle}</h2>
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {t.features.map((feature) => (
            <li key={feature.name} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
              <div className={fr.cx('fr-tile', 'fr-tile--sm')} style={{ height: '100%' }}>
                <div className={fr.cx('fr-tile__body')}>
                  <div className={fr.cx('fr-tile__content')}>
                    <h3 className={fr.cx('fr-tile__title')}>{feature.name}</h3>
                    <p className={fr.cx('fr-tile__desc')}>{feature.text}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="net-join" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="net-join">{t.joinTitle}</h2>
        <ul>
          {t.join.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {!session.signedIn && (
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-3w')}>
            <li>
              <Button linkProps={{ to: paths.signIn }}>{t.ctaSignIn}</Button>
            </li>
            <li>
              <Button priority="secondary" linkProps={{ to: paths.signUp }}>
                {t.ctaSignUp}
              </Button>
            </li>
          </ul>
        )}
      </section>
    </>
  );
}
