// /compte/double-authentification: QR code and key, first code, then the recovery codes (shown once).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { useSession } from '../../session/hooks/useSession.ts';
import { useTotpEnable } from '../api/useTotpEnable.ts';
import { useTotpSetup } from '../api/useTotpSetup.ts';
import { totpMessages } from '../messages.ts';
import { RecoveryCodesPanel } from './RecoveryCodesPanel.tsx';
import { TotpCodeInput } from './TotpCodeInput.tsx';

/** The server sends the QR code as SVG markup: shown as an image, never injected as HTML. */
function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP", easier to copy by hand. */
function groupKey(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function TotpEnrolmentPage() {
  const t = useT(totpMessages);
  usePageTitle(t.enrolTitle);
  return (
    <RequireSignIn allowEnrolment>
      <TotpEnrolment />
    </RequireSignIn>
  );
}

function TotpEnrolment() {
  const t = useT(totpMessages);
  const session = useSession();
  const navigate = useNavigate();
  const enable = useTotpEnable();
  const alreadyEnabled = session.user?.totpEnabled === true;
  const setup = useTotpSetup(!alreadyEnabled && !enable.isSuccess);
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [keyCopied, setKeyCopied] = useState(false);

  if (enable.isSuccess) {
    return (
      <AuthCard title={t.enrolTitle}>
        <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.enabledAlert} role="status" />
        <RecoveryCodesPanel codes={enable.data.recoveryCodes} onDone={() => navigate(paths.account)} />
      </AuthCard>
    );
  }
  if (alreadyEnabled) {
    return (
      <AuthCard title={t.enrolTitle}>
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="success"
          title={t.alreadyEnabledTitle}
          description={t.alreadyEnabledText}
          as="h2"
        />
        <Button linkProps={{ to: paths.account }}>{t.backToAccount}</Button>
      </AuthCard>
    );
  }

  const codeError = !/^[0-9]{6}$/.test(code) ? t.codeInvalid : fieldError(enable.error, 'code');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (codeError) {
      document.getElementById('totp-enrol-code')?.focus();
      return;
    }
    enable.mutate(code);
  };

  return (
    <AuthCard title={t.enrolTitle} lead={t.enrolLead}>
      {session.mfa === 'enrolment_required' && (
        <Alert className={fr.cx('fr-mb-3w')} severity="warning" small description={t.enrolMandatory} />
      )}
      {setup.isPending && <Loading />}
      <ApiErrorAlert error={setup.error} />
      {setup.data && (
        <>
          <h2 className={fr.cx('fr-h5')}>{t.step1}</h2>
          <p>{t.step1Text}</p>
          <img
            src={svgDataUrl(setup.data.qrSvg)}
            alt={t.qrAlt}
            width={200}
            height={200}
            style={{ background: '#fff', padding: '8px', display: 'block' }}
            className={fr.cx('fr-mb-3w')}
          />
          <h3 className={fr.cx('fr-h6')}>{t.manualTitle}</h3>
          <p className={fr.cx('fr-mb-1w')}>{t.manualText}</p>
          <p>
            <code
              data-testid="totp-secret"
              data-secret={setup.data.secret}
              style={{ fontSize: '1.1rem', wordBreak: 'break-all' }}
            >
              {groupKey(setup.data.secret)}
            </code>
          </p>
          <Button
            priority="tertiary"
            size="small"
            iconId="fr-icon-clipboard-line"
            className={fr.cx('fr-mb-1w')}
            onClick={() => void navigator.clipboard.writeText(setup.data.secret).then(() => setKeyCopied(true))}
          >
            {t.copyKey}
          </Button>
          {keyCopied && (
            <p role="status" className={fr.cx('fr-text--sm')}>
              {t.copied}
            </p>
          )}
          <h2 className={fr.cx('fr-h5', 'fr-mt-4w')}>{t.step2}</h2>
          <ApiErrorAlert error={enable.error} />
          <form onSubmit={onSubmit} noValidate>
            <TotpCodeInput
              id="totp-enrol-code"
              value={code}
              onChange={setCode}
              error={submitted ? codeError : undefined}
            />
            <Button type="submit" disabled={enable.isPending}>
              {t.enable}
            </Button>
          </form>
        </>
      )}
    </AuthCard>
  );
}
