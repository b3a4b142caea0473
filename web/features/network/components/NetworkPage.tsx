// Landing page of the professional network.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { AreaIntro } from '../../../app/components/AreaIntro.tsx';
import { Section, Tiles } from '../../../app/components/Sections.tsx';
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
      {session.me?.abilities.network ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mb-5w')}>
          <li>
            <Button linkProps={{ to: paths.networkFeed }}>{t.ctaFeed}</Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.networkSpaces }}>
              {t.ctaSpaces}
            </Button>
          </li>
        </ul>
      ) : null}
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
      <Section id="net-features" title={t.featuresTitle} narrow={false}>
        <Tiles items={t.features} />
      </Section>
      <Section id="net-join" title={t.joinTitle}>
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
      </Section>
    </>
  );
}
