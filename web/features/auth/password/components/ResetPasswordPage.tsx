// /reinitialiser-mot-de-passe?token=...: sets a new password, then offers sign-in.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { authMessages } from '../../components/messages.ts';
import { NewPasswordInput, passwordProblems } from '../../components/NewPasswordInput.tsx';
import { useResetPassword } from '../api/useResetPassword.ts';
import { passwordMessages } from '../messages.ts';

export function ResetPasswordPage() {
  const t = useT(passwordMessages);
  const ta = useT(authMessages);
  usePageTitle(t.resetTitle);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  if (!token) {
    return (
      <AuthCard title={t.resetTitle}>
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="error"
          title={t.failedTitle}
          description={t.missingToken}
          as="h2"
        />
        <Button linkProps={{ to: paths.forgotPassword }}>{t.askNewLink}</Button>
      </AuthCard>
    );
  }
  if (reset.isSuccess) {
    return (
      <AuthCard title={t.doneTitle} focusTitle>
        <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.doneText} />
        <Button linkProps={{ to: paths.signIn }}>{t.signIn}</Button>
      </AuthCard>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (passwordProblems(password, '', ta).length > 0) {
      document.getElementById('reset-password')?.focus();
      return;
    }
    reset.mutate({ token, password });
  };
  const tokenRejected = isApiError(reset.error) && reset.error.code === 'ERR_INVALID_TOKEN';

  return (
    <AuthCard title={t.resetTitle} lead={t.resetLead}>
      <ApiErrorAlert error={reset.error} />
      {tokenRejected ? (
        <Button linkProps={{ to: paths.forgotPassword }}>{t.askNewLink}</Button>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <NewPasswordInput
            inputId="reset-password"
            value={password}
            onChange={setPassword}
            showErrors={submitted}
            serverError={fieldError(reset.error, 'password')}
          />
          <Button type="submit" disabled={reset.isPending}>
            {t.submit}
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
