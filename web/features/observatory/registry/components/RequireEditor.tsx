// Gate of the editors' pages (registry, imports): visitors are invited to sign in, signed-in members without
// the observatory editor role are told the page is not for them. The server refuses their calls anyway: this
// only spares them a page of errors. Actions on items still follow each item's `abilities`.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { RequireSignIn } from '../../../auth/components/RequireSignIn.tsx';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { registryMessages } from '../messages.ts';

/** Which editors a page is for, and what the gate tells the others (the observatory's by default). */
export interface EditorGate {
  ability: 'editObservatory' | 'editPortal';
  signInText: string;
  reservedText: string;
}

export function RequireEditor({ children, gate }: { children: ReactNode; gate?: EditorGate }) {
  const t = useT(registryMessages);
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.error) return <ApiErrorAlert error={session.error} />;
  if (!session.user) {
    const back = encodeURIComponent(location.pathname + location.search);
    return (
      <div className={fr.cx('fr-callout', 'fr-mb-5w')}>
        <h2 className={fr.cx('fr-callout__title')}>{t.signInTitle}</h2>
        <p className={fr.cx('fr-callout__text')}>{gate?.signInText ?? t.signInText}</p>
        <Button className={fr.cx('fr-mt-2w')} linkProps={{ to: `${paths.signIn}?retour=${back}` }}>
          {t.signIn}
        </Button>
      </div>
    );
  }
  // A second factor still owed: RequireSignIn sends the member to it.
  if (session.mfa !== 'none') return <RequireSignIn>{children}</RequireSignIn>;
  if (!session.me?.abilities[gate?.ability ?? 'editObservatory']) {
    return (
      <Alert
        className={fr.cx('fr-mb-5w')}
        severity="warning"
        as="h2"
        title={t.reservedTitle}
        description={gate?.reservedText ?? t.reservedText}
      />
    );
  }
  return <>{children}</>;
}
