// "Send me a new link": one e-mail field, used where a verification link failed or was never received.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert, fieldError } from '../../../app/components/ApiErrorAlert.tsx';
import { commonMessages, emailPattern } from '../../../app/components/messages.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { useResendVerification } from '../signup/api/useResendVerification.ts';
import { signupMessages } from '../signup/messages.ts';
import { EmailInput } from './EmailInput.tsx';
import { authMessages } from './messages.ts';

export function ResendLinkForm({ initialEmail = '' }: { initialEmail?: string }) {
  const t = useT(signupMessages);
  const _ta = useT(authMessages);
  const tc = useT(commonMessages);
  const resend = useResendVerification();
  const [email, setEmail] = useState(initialEmail);
  const [submitted, setSubmitted] = useState(false);
  const error = !email.trim()
    ? tc.required
    : !emailPattern.test(email.trim())
      ? tc.invalidEmail
      : fieldError(resend.error, 'email');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (error) return;
    resend.mutate(email.trim());
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ApiErrorAlert error={resend.error} />
      {resend.isSuccess && <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.resent} />}
      <EmailInput autoComplete="email" value={email} onChange={setEmail} error={submitted ? error : undefined} />
      <Button type="submit" priority="secondary" disabled={resend.isPending}>
        {t.resend}
      </Button>
    </form>
  );
}
