// /mot-de-passe-oublie: asks for a reset link by e-mail.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages, emailPattern } from '../../../../app/components/messages.ts';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { EmailInput } from '../../components/EmailInput.tsx';
import { authMessages } from '../../components/messages.ts';
import { useForgotPassword } from '../api/useForgotPassword.ts';
import { passwordMessages } from '../messages.ts';

export function ForgotPasswordPage() {
  const t = useT(passwordMessages);
  const _ta = useT(authMessages);
  const tc = useT(commonMessages);
  usePageTitle(t.forgotTitle);
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const error = !email.trim()
    ? tc.required
    : !emailPattern.test(email.trim())
      ? tc.invalidEmail
      : fieldError(forgot.error, 'email');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (error) {
      document.getElementById('forgot-email')?.focus();
      return;
    }
    forgot.mutate(email.trim());
  };

  if (forgot.isSuccess) {
    return (
      <AuthCard title={t.sentTitle} focusTitle>
        <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.sentText(email.trim())} />
        <Button priority="secondary" linkProps={{ to: paths.signIn }}>
          {t.backToSignIn}
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t.forgotTitle} lead={t.forgotLead}>
      <ApiErrorAlert error={forgot.error} />
      <form onSubmit={onSubmit} noValidate>
        <EmailInput
          id="forgot-email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={submitted ? error : undefined}
        />
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Button type="submit" disabled={forgot.isPending}>
              {t.send}
            </Button>
          </li>
          <li>
            <Button priority="tertiary" linkProps={{ to: paths.signIn }}>
              {t.backToSignIn}
            </Button>
          </li>
        </ul>
      </form>
    </AuthCard>
  );
}
