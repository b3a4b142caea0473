// Sign-in: "S'identifier avec ProConnect" when the server offers it, or e-mail and password; then the second
// factor or the TOTP enrolment when the account needs it.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { type ErrorCode, errorCatalogue, errorMessage } from '../../../../../common/errors.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { commonMessages, emailPattern } from '../../../../app/components/messages.ts';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { type Lang, useLang, useT } from '../../../../app/i18n/lang.ts';
import { oidcLoginUrl, paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { EmailInput } from '../../components/EmailInput.tsx';
import { focusFirstError } from '../../components/fieldState.ts';
import { authMessages } from '../../components/messages.ts';
import { safeReturnPath } from '../../components/RequireSignIn.tsx';
import { ResendLinkForm } from '../../components/ResendLinkForm.tsx';
import { useLogin } from '../api/useLogin.ts';
import { useSession } from '../hooks/useSession.ts';
import { sessionMessages } from '../messages.ts';

const fieldIds = ['signin-email', 'signin-password'];

/** The message for `?erreur=CODE`, where a failed ProConnect sign-in sends the browser back. */
function redirectError(code: string | null, lang: Lang, retry: string): string | null {
  if (!code) return null;
  if (!Object.hasOwn(errorCatalogue, code)) return errorMessage('ERR_OIDC_FAILED', lang, { reason: retry });
  return errorMessage(code as ErrorCode, lang, { reason: retry });
}

export function SignInPage() {
  const t = useT(sessionMessages);
  const ta = useT(authMessages);
  const tc = useT(commonMessages);
  usePageTitle(t.title);
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('retour'));
  const lang = useLang();
  const oidcError = redirectError(params.get('erreur'), lang, t.proConnectRetry);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  if (session.isPending) return <Loading />;
  // A session waiting for its second factor continues there, unless this page just started it.
  if (session.mfa === 'required' && !login.isSuccess) {
    return (
      <Navigate to={`${paths.mfaChallenge}${returnTo ? `?retour=${encodeURIComponent(returnTo)}` : ''}`} replace />
    );
  }

  const errors: Record<string, string | undefined> = {
    'signin-email': !email.trim()
      ? tc.required
      : !emailPattern.test(email.trim())
        ? tc.invalidEmail
        : fieldError(login.error, 'email'),
    'signin-password': !password ? tc.required : fieldError(login.error, 'password'),
  };
  const shown = (id: string) => (submitted ? errors[id] : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (fieldIds.some((id) => errors[id])) {
      focusFirstError(fieldIds, errors);
      return;
    }
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (me) => {
          const next = returnTo ? `?retour=${encodeURIComponent(returnTo)}` : '';
          if (me.mfa === 'required') navigate(`${paths.mfaChallenge}${next}`);
          else if (me.mfa === 'enrolment_required') navigate(paths.totpEnrolment);
          else navigate(returnTo ?? paths.account);
        },
      },
    );
  };

  const notVerified = isApiError(login.error) && login.error.code === 'ERR_EMAIL_NOT_VERIFIED';

  return (
    <AuthCard title={t.heading}>
      {oidcError && !login.isSuccess && (
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="error"
          title={t.proConnectFailedTitle}
          description={oidcError}
          as="h2"
          role="alert"
        />
      )}
      {session.signedIn && session.user && !login.isPending && !login.isSuccess && (
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="info"
          small
          description={
            <>
              {t.alreadySignedIn(session.user.name)} <Link to={paths.account}>{t.goToAccount}</Link>
            </>
          }
        />
      )}
      {session.me?.oidcEnabled && (
        <section aria-labelledby="signin-proconnect">
          <h2 id="signin-proconnect" className={fr.cx('fr-h5')}>
            {t.proConnectTitle}
          </h2>
          <p className={fr.cx('fr-text--sm')}>{t.proConnectText}</p>
          <ProConnectButton
            url={returnTo ? `${oidcLoginUrl}?returnTo=${encodeURIComponent(returnTo)}` : oidcLoginUrl}
          />
          <p className={fr.cx('fr-hr-or', 'fr-mt-3w')}>{t.or}</p>
        </section>
      )}
      <section aria-labelledby="signin-password-title">
        <h2 id="signin-password-title" className={fr.cx('fr-h5')}>
          {t.passwordTitle}
        </h2>
        <ApiErrorAlert error={login.error} />
        {notVerified && (
          <div className={fr.cx('fr-mb-4w')}>
            <h3 className={fr.cx('fr-h6')}>{t.resendTitle}</h3>
            <ResendLinkForm initialEmail={email.trim()} />
          </div>
        )}
        <form onSubmit={onSubmit} noValidate>
          <EmailInput
            id="signin-email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={shown('signin-email')}
          />
          <PasswordInput
            label={ta.password}
            messagesHint=""
            messages={shown('signin-password') ? [{ severity: 'error', message: shown('signin-password') }] : []}
            nativeInputProps={{
              id: 'signin-password',
              autoComplete: 'current-password',
              required: true,
              value: password,
              onChange: (e) => setPassword(e.target.value),
            }}
          />
          <p className={fr.cx('fr-mb-3w')}>
            <Link className={fr.cx('fr-link')} to={paths.forgotPassword}>
              {t.forgot}
            </Link>
          </p>
          <Button type="submit" disabled={login.isPending}>
            {t.submit}
          </Button>
        </form>
      </section>
      <hr className={fr.cx('fr-mt-4w')} />
      <h2 className={fr.cx('fr-h5')}>{t.noAccountTitle}</h2>
      <p className={fr.cx('fr-text--sm')}>{t.invitationNote}</p>
      <Button priority="secondary" linkProps={{ to: paths.signUp }}>
        {t.signUp}
      </Button>
    </AuthCard>
  );
}
