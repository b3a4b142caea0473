// Landing page of the export portal.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { AreaIntro } from '../../../app/components/AreaIntro.tsx';
import { ListSection, Section, Tiles } from '../../../app/components/Sections.tsx';
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
      <Section id="portal-journey" title={t.journeyTitle} narrow={false}>
        <p>{t.journeyIntro}</p>
        <Tiles items={t.steps} numbered />
      </Section>
      <ListSection id="portal-offer" title={t.offerTitle} items={t.offer} />
      <ListSection id="portal-members" title={t.membersTitle} items={t.members} />
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
