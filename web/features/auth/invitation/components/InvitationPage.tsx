// /invitation?token=...: shows who invited whom, then creates the account with a name and a password.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { formatDate, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { fieldState } from '../../components/fieldState.ts';
import { authMessages } from '../../components/messages.ts';
import { NewPasswordInput, passwordProblems } from '../../components/NewPasswordInput.tsx';
import type { InvitationPreview } from '../../types.ts';
import { useAcceptInvitation } from '../api/useAcceptInvitation.ts';
import { useInvitationPreview } from '../api/useInvitationPreview.ts';
import { invitationMessages } from '../messages.ts';

export function InvitationPage() {
  const t = useT(invitationMessages);
  usePageTitle(t.title);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useInvitationPreview(token);

  let body: ReactNode;
  if (!token) {
    body = <Alert severity="error" title={t.invalidTitle} description={t.missingToken} as="h2" />;
  } else if (preview.isPending) {
    body = <Loading />;
  } else if (preview.isError) {
    body = (
      <>
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="error"
          title={t.invalidTitle}
          description={isApiError(preview.error) ? preview.error.detail : t.missingToken}
          as="h2"
        />
        <Button priority="secondary" linkProps={{ to: paths.home }}>
          {t.backHome}
        </Button>
      </>
    );
  } else {
    body = <AcceptForm token={token} invitation={preview.data} />;
  }
  return <AuthCard title={t.heading}>{body}</AuthCard>;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const t = useT(invitationMessages);
  const ta = useT(authMessages);
  const tc = useT(commonMessages);
  const lang = useLang();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState(invitation.name ?? '');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const nameError = !name.trim() ? tc.required : fieldError(accept.error, 'name');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameError) {
      document.getElementById('invitation-name')?.focus();
      return;
    }
    if (passwordProblems(password, invitation.email, ta).length > 0) {
      document.getElementById('invitation-password')?.focus();
      return;
    }
    accept.mutate(
      { name: name.trim(), password, lang },
      { onSuccess: (me) => navigate(me.mfa === 'enrolment_required' ? paths.totpEnrolment : paths.account) },
    );
  };

  const audience = ta.audience[invitation.audience] ?? invitation.audience;
  return (
    <>
      <p className={fr.cx('fr-text--lead')}>
        {t.invitedBy(invitation.invitedBy, audience.toLowerCase(), invitation.organisation.name)}
      </p>
      {invitation.partnerExpiresAt && <p>{t.partnerUntil(formatDate(invitation.partnerExpiresAt, lang))}</p>}
      <ApiErrorAlert error={accept.error} />
      <form onSubmit={onSubmit} noValidate>
        <Input
          label={t.accountEmail}
          disabled
          nativeInputProps={{ type: 'email', value: invitation.email, readOnly: true, autoComplete: 'username' }}
        />
        <Input
          label={ta.name}
          {...fieldState(submitted ? nameError : undefined)}
          nativeInputProps={{
            id: 'invitation-name',
            autoComplete: 'name',
            required: true,
            value: name,
            onChange: (e) => setName(e.target.value),
          }}
        />
        <NewPasswordInput
          inputId="invitation-password"
          label={ta.password}
          value={password}
          onChange={setPassword}
          email={invitation.email}
          showErrors={submitted}
          serverError={fieldError(accept.error, 'password')}
        />
        <Button type="submit" disabled={accept.isPending}>
          {t.accept}
        </Button>
      </form>
    </>
  );
}
