// Company sign-up: name, e-mail, password (rules shown), company name and optional SIREN; then "check your e-mail".
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages, emailPattern } from '../../../../app/components/messages.ts';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { EmailInput } from '../../components/EmailInput.tsx';
import { fieldState, focusFirstError } from '../../components/fieldState.ts';
import { authMessages } from '../../components/messages.ts';
import { NewPasswordInput, passwordProblems } from '../../components/NewPasswordInput.tsx';
import { useResendVerification } from '../api/useResendVerification.ts';
import { useSignup } from '../api/useSignup.ts';
import { signupMessages } from '../messages.ts';

/** 9 digits with a valid Luhn key, as the server checks. */
function validSiren(siren: string): boolean {
  if (!/^[0-9]{9}$/.test(siren)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const fieldIds = ['signup-name', 'signup-email', 'signup-password', 'signup-organisation', 'signup-siren'];

export function SignUpPage() {
  const t = useT(signupMessages);
  const ta = useT(authMessages);
  const tc = useT(commonMessages);
  const lang = useLang();
  usePageTitle(t.title);
  const signup = useSignup();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisationName, setOrganisationName] = useState('');
  const [siren, setSiren] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const errors: Record<string, string | undefined> = {
    'signup-name': !name.trim() ? tc.required : fieldError(signup.error, 'name'),
    'signup-email': !email.trim()
      ? tc.required
      : !emailPattern.test(email.trim())
        ? tc.invalidEmail
        : fieldError(signup.error, 'email'),
    'signup-password': passwordProblems(password, email, ta)[0],
    'signup-organisation': !organisationName.trim() ? tc.required : fieldError(signup.error, 'organisationName'),
    'signup-siren':
      siren.trim() && !validSiren(siren.replace(/\s/g, '')) ? t.sirenInvalid : fieldError(signup.error, 'siren'),
  };
  const shown = (id: string) => (submitted ? errors[id] : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (fieldIds.some((id) => errors[id])) {
      focusFirstError(fieldIds, errors);
      return;
    }
    const sirenDigits = siren.replace(/\s/g, '');
    signup.mutate({
      email: email.trim(),
      password,
      name: name.trim(),
      organisationName: organisationName.trim(),
      ...(sirenDigits ? { siren: sirenDigits } : {}),
      lang,
    });
  };

  if (signup.isSuccess) return <VerificationSent email={email.trim()} />;

  return (
    <AuthCard title={t.title} lead={t.lead}>
      <ApiErrorAlert error={signup.error} />
      <form onSubmit={onSubmit} noValidate>
        <p className={fr.cx('fr-text--sm')}>{t.requiredNote}</p>
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>{t.you}</legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <Input
              label={ta.name}
              {...fieldState(shown('signup-name'))}
              nativeInputProps={{
                id: 'signup-name',
                autoComplete: 'name',
                required: true,
                value: name,
                onChange: (e) => setName(e.target.value),
              }}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <EmailInput
              id="signup-email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={shown('signup-email')}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <NewPasswordInput
              inputId="signup-password"
              label={ta.password}
              value={password}
              onChange={setPassword}
              email={email}
              showErrors={submitted}
              serverError={fieldError(signup.error, 'password')}
            />
          </div>
        </fieldset>
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>{t.company}</legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <Input
              label={t.organisationName}
              {...fieldState(shown('signup-organisation'))}
              nativeInputProps={{
                id: 'signup-organisation',
                autoComplete: 'organization',
                required: true,
                value: organisationName,
                onChange: (e) => setOrganisationName(e.target.value),
              }}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <Input
              label={`${t.siren} (${tc.optional})`}
              hintText={t.sirenHint}
              {...fieldState(shown('signup-siren'))}
              nativeInputProps={{
                id: 'signup-siren',
                inputMode: 'numeric',
                maxLength: 11,
                value: siren,
                onChange: (e) => setSiren(e.target.value),
              }}
            />
          </div>
        </fieldset>
        <Button type="submit" disabled={signup.isPending}>
          {t.submit}
        </Button>
      </form>
      <hr className={fr.cx('fr-mt-4w')} />
      <h2 className={fr.cx('fr-h5')}>{t.alreadyTitle}</h2>
      <Button priority="secondary" linkProps={{ to: paths.signIn }}>
        {t.signIn}
      </Button>
    </AuthCard>
  );
}

function VerificationSent({ email }: { email: string }) {
  const t = useT(signupMessages);
  usePageTitle(t.sentTitle);
  const resend = useResendVerification();
  return (
    <AuthCard title={t.sentTitle} focusTitle>
      <p className={fr.cx('fr-text--lead')}>{t.sentLead(email)}</p>
      <p>{t.sentHelp}</p>
      <ApiErrorAlert error={resend.error} />
      {resend.isSuccess && <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.resent} />}
      <Button priority="secondary" disabled={resend.isPending} onClick={() => resend.mutate(email)}>
        {t.resend}
      </Button>
    </AuthCard>
  );
}
