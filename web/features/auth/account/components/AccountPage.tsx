// /compte: profile, two-factor status, sessions, invitations (agents and admins) and sign-out.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { InviteForm } from '../../invitation/components/InviteForm.tsx';
import { useSession } from '../../session/hooks/useSession.ts';
import { useSignOut } from '../../session/hooks/useSignOut.ts';
import { accountMessages } from '../messages.ts';
import { ProfileSection } from './ProfileSection.tsx';
import { SecuritySection } from './SecuritySection.tsx';
import { SessionsSection } from './SessionsSection.tsx';

export function AccountPage() {
  const t = useT(accountMessages);
  usePageTitle(t.title);
  return (
    <RequireSignIn>
      <Account />
    </RequireSignIn>
  );
}

function Account() {
  const t = useT(accountMessages);
  const { user, me } = useSession();
  const { signOut, isPending } = useSignOut();
  if (!user || !me) return null;
  return (
    <div className={fr.cx('fr-my-6w')}>
      <h1>{t.title}</h1>
      <ProfileSection user={user} />
      <SecuritySection user={user} />
      <SessionsSection />
      {me.abilities.invite && (
        <section aria-labelledby="invite-title" className={fr.cx('fr-mb-6w', 'fr-col-md-8')}>
          <h2 id="invite-title">{t.inviteTitle}</h2>
          <InviteForm canGrantRoles={me.abilities.inviteRoles} />
        </section>
      )}
      <section aria-labelledby="account-signout">
        <h2 id="account-signout">{t.signOutTitle}</h2>
        <Button priority="secondary" iconId="fr-icon-logout-box-r-line" disabled={isPending} onClick={signOut}>
          {t.signOut}
        </Button>
      </section>
    </div>
  );
}
