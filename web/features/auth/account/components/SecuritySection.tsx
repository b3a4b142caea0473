// Two-factor status with the actions the account allows: enrol, new recovery codes, turn off (if not mandatory).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { authMessages } from '../../components/messages.ts';
import { useRegenerateRecoveryCodes } from '../../totp/api/useRegenerateRecoveryCodes.ts';
import { useTotpDisable } from '../../totp/api/useTotpDisable.ts';
import { RecoveryCodesPanel } from '../../totp/components/RecoveryCodesPanel.tsx';
import { TotpCodeInput } from '../../totp/components/TotpCodeInput.tsx';
import { totpMessages } from '../../totp/messages.ts';
import type { CurrentUser } from '../../types.ts';
import { accountMessages } from '../messages.ts';

export function SecuritySection({ user }: { user: CurrentUser }) {
  const t = useT(accountMessages);
  const disable = useTotpDisable();
  return (
    <section aria-labelledby="account-security" className={fr.cx('fr-mb-6w')}>
      <h2 id="account-security">{t.securityTitle}</h2>
      <p data-testid="totp-status">
        {t.totpStatus}{' '}
        {user.totpEnabled ? (
          <Badge severity="success" noIcon={false}>
            {t.totpOn}
          </Badge>
        ) : (
          <Badge severity="warning">{t.totpOff}</Badge>
        )}
      </p>
      {user.mfaMandatory && <p>{t.totpMandatory}</p>}
      {disable.isSuccess && (
        <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.disabled} role="status" />
      )}
      {!user.totpEnabled ? (
        <>
          <p>{t.totpOffText}</p>
          <Button linkProps={{ to: paths.totpEnrolment }} iconId="fr-icon-lock-line">
            {t.totpEnable}
          </Button>
        </>
      ) : (
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <RegenerateCodes />
          </div>
          {!user.mfaMandatory && (
            <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <DisableTotp disable={disable} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function RegenerateCodes() {
  const t = useT(accountMessages);
  const tt = useT(totpMessages);
  const regenerate = useRegenerateRecoveryCodes();
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const error = !/^[0-9]{6}$/.test(code) ? tt.codeInvalid : fieldError(regenerate.error, 'code');
  if (regenerate.isSuccess) return <RecoveryCodesPanel codes={regenerate.data.recoveryCodes} />;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (error) {
      document.getElementById('regenerate-code')?.focus();
      return;
    }
    regenerate.mutate(code);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 className={fr.cx('fr-h6')}>{t.regenerateTitle}</h3>
      <p className={fr.cx('fr-text--sm')}>{t.regenerateText}</p>
      <ApiErrorAlert error={regenerate.error} />
      <TotpCodeInput id="regenerate-code" value={code} onChange={setCode} error={submitted ? error : undefined} />
      <Button type="submit" priority="secondary" disabled={regenerate.isPending}>
        {t.regenerate}
      </Button>
    </form>
  );
}

function DisableTotp({ disable }: { disable: ReturnType<typeof useTotpDisable> }) {
  const t = useT(accountMessages);
  const ta = useT(authMessages);
  const tc = useT(commonMessages);
  const tt = useT(totpMessages);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const passwordError = !password ? tc.required : fieldError(disable.error, 'password');
  const codeError = !/^[0-9]{6}$/.test(code) ? tt.codeInvalid : fieldError(disable.error, 'code');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (passwordError || codeError) {
      document.getElementById(passwordError ? 'disable-password' : 'disable-code')?.focus();
      return;
    }
    disable.mutate({ password, code });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 className={fr.cx('fr-h6')}>{t.disableTitle}</h3>
      <p className={fr.cx('fr-text--sm')}>{t.disableText}</p>
      <ApiErrorAlert error={disable.error} />
      <PasswordInput
        label={ta.password}
        messagesHint=""
        messages={submitted && passwordError ? [{ severity: 'error', message: passwordError }] : []}
        nativeInputProps={{
          id: 'disable-password',
          autoComplete: 'current-password',
          value: password,
          onChange: (e) => setPassword(e.target.value),
        }}
      />
      <TotpCodeInput id="disable-code" value={code} onChange={setCode} error={submitted ? codeError : undefined} />
      <Button type="submit" priority="tertiary" disabled={disable.isPending}>
        {t.disable}
      </Button>
    </form>
  );
}
