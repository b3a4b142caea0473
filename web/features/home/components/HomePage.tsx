// The home page: the platform and its three areas, each with who it serves and a link to it.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { usePageTitle } from '../../../app/components/usePageTitle.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../../auth/session/hooks/useSession.ts';
import { homeMessages } from '../messages.ts';

const areaPaths = { observatory: paths.observatory, portal: paths.portal, network: paths.network } as const;

export function HomePage() {
  const t = useT(homeMessages);
  const session = useSession();
  usePageTitle(t.title);
  return (
    <>
      <div className={fr.cx('fr-my-6w')}>
        <h1>{t.heading}</h1>
        <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{t.lead}</p>
      </div>

      <section aria-labelledby="home-areas" className={fr.cx('fr-mb-6w')}>
        <h2 id="home-areas">{t.areasTitle}</h2>
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {t.areas.map((area) => (
            <li key={area.key} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Card
                title={area.title}
                titleAs="h3"
                start={<p className={fr.cx('fr-card__detail', 'fr-mb-1w')}>{area.audience}</p>}
                desc={area.description}
                linkProps={{ to: areaPaths[area.key as keyof typeof areaPaths] }}
                enlargeLink
                size="medium"
              />
            </li>
          ))}
        </ul>
      </section>

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-6w')}>
        <section aria-labelledby="home-who" className={fr.cx('fr-col-12', 'fr-col-md-7')}>
          <h2 id="home-who">{t.whoTitle}</h2>
          <dl>
            {t.who.map((row) => (
              <div key={row.who} className={fr.cx('fr-mb-2w')}>
                <dt className={fr.cx('fr-text--bold')}>{row.who}</dt>
                <dd className={fr.cx('fr-ml-0')}>{row.what}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="home-open" className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <h2 id="home-open">{t.openTitle}</h2>
          <ul>
            {t.open.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>

      {!session.signedIn && (
        <section aria-labelledby="home-cta" className={fr.cx('fr-callout', 'fr-mb-6w')}>
          <h2 id="home-cta" className={fr.cx('fr-callout__title')}>
            {t.ctaTitle}
          </h2>
          <p className={fr.cx('fr-callout__text')}>{t.ctaText}</p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w')}>
            <li>
              <Button linkProps={{ to: paths.signUp }}>{t.ctaSignUp}</Button>
            </li>
            <li>
              <Button priority="secondary" linkProps={{ to: paths.signIn }}>
                {t.ctaSignIn}
              </Button>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
