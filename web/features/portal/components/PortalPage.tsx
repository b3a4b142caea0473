// Landing page of the export portal.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { AreaIntro } from '../../../app/components/AreaIntro.tsx';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../../auth/session/hooks/useSession.ts';
import { portalMessages } from '../messages.ts';

export function PortalPage() {
  const t = useT(portalMessages);
  const session = useSession();
  return (
    <>
      <AreaIntro title={t.title} lead={t.lead} status={t.status} />
      <section aria-labelledby="portal-journey" className={fr.cx('fr-mb-5w')}>
        <h2 id="portal-journey">{t.journeyTitle}</h2>
        <p>{t.journeyIntro}</p>
        <ol className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {t.steps.map((step, index) => (
            <li key={step.name} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
              <div className={fr.cx('fr-tile', 'fr-tile--sm')} style={{ height: '100%' }}>
                <div className={fr.cx('fr-tile__body')}>
                  <div className={fr.cx('fr-tile__content')}>
                    <h3 className={fr.cx('fr-tile__title')}>
                      {index + 1}. {step.name}
                    </h3>
                    <p className={fr.cx('fr-tile__desc')}>{step.text}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="portal-offer" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="portal-offer">{t.offerTitle}</h2>
        <ul>
          {t.offer.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="portal-members" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="portal-members">{t.membersTitle}</h2>
        <ul>
          {t.members.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {!session.signedIn && (
        <div className={fr.cx('fr-callout')}>
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
        </div>
      )}
    </>
  );
}
