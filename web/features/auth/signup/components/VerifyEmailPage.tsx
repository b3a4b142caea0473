// /verifier-email?token=...: confirms the address once, then offers sign-in (or a new link on failure).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { type ReactNode, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../../app/api/client.ts';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { ResendLinkForm } from '../../components/ResendLinkForm.tsx';
import { useVerifyEmail } from '../api/useVerifyEmail.ts';
import { signupMessages } from '../messages.ts';

export function VerifyEmailPage() {
  const t = useT(signupMessages);
  usePageTitle(t.verifyTitle);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    // The token is single-use: send it once, even if the effect runs twice.
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    verify.mutate(token);
  }, [token, verify.mutate]);

  let body: ReactNode;
  if (!token) {
    body = (
      <>
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="error"
          title={t.verifyFailedTitle}
          description={t.missingToken}
          as="h2"
        />
        <h2 className={fr.cx('fr-h5')}>{t.askNewLink}</h2>
        <ResendLinkForm />
      </>
    );
  } else if (verify.isSuccess) {
    body = (
      <>
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="success"
          title={t.verifiedTitle}
          description={t.verifiedText}
          as="h2"
        />
        <Button linkProps={{ to: paths.signIn }}>{t.signIn}</Button>
      </>
    );
  } else if (verify.isError) {
    body = (
      <>
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="error"
          title={t.verifyFailedTitle}
          description={isApiError(verify.error) ? verify.error.detail : t.missingToken}
          as="h2"
          role="alert"
        />
        <h2 className={fr.cx('fr-h5')}>{t.askNewLink}</h2>
        <ResendLinkForm />
      </>
    );
  } else {
    body = <Loading label={t.verifying} />;
  }
  return <AuthCard title={t.verifyTitle}>{body}</AuthCard>;
}
