// /connexion/double-authentification: the second factor at sign-in, with a TOTP code or a recovery code.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { fieldState } from '../../components/fieldState.ts';
import { safeReturnPath } from '../../components/RequireSignIn.tsx';
import { useSession } from '../../session/hooks/useSession.ts';
import { useSignOut } from '../../session/hooks/useSignOut.ts';
import { useTotpVerify } from '../api/useTotpVerify.ts';
import { totpMessages } from '../messages.ts';
import { TotpCodeInput } from './TotpCodeInput.tsx';

export function TotpChallengePage() {
  const t = useT(totpMessages);
  const tc = useT(commonMessages);
  usePageTitle(t.challengeTitle);
  const session = useSession();
  const verify = useTotpVerify();
  const { signOut, isPending: signingOut } = useSignOut();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('retour'));
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [submitted, setSubmitted] = useState(false);

  if (session.isPending) return <Loading />;
  if (!verify.isSuccess && !verify.isPending) {
    if (!session.user) return <Navigate to={paths.signIn} replace />;
    if (session.mfa === 'enrolment_required') return <Navigate to={paths.totpEnrolment} replace />;
    if (session.mfa === 'none') return <Navigate to={returnTo ?? paths.account} replace />;
  }

  const error = useRecovery
    ? !recoveryCode.trim()
      ? tc.required
      : fieldError(verify.error, 'recoveryCode')
    : !/^[0-9]{6}$/.test(code)
      ? t.codeInvalid
      : fieldError(verify.error, 'code');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (error) {
      document.getElementById(useRecovery ? 'totp-recovery-code' : 'totp-challenge-code')?.focus();
      return;
    }
    verify.mutate(useRecovery ? { recoveryCode: recoveryCode.trim() } : { code }, {
      onSuccess: () => navigate(returnTo ?? paths.account, { replace: true }),
    });
  };

  return (
    <AuthCard title={t.challengeTitle} lead={useRecovery ? t.recoveryHint : t.challengeLead}>
      <ApiErrorAlert error={verify.error} />
      <form onSubmit={onSubmit} noValidate>
        {useRecovery ? (
          <Input
            label={t.recoveryCode}
            {...fieldState(submitted ? error : undefined)}
            nativeInputProps={{
              id: 'totp-recovery-code',
              autoComplete: 'off',
              spellCheck: false,
              required: true,
              value: recoveryCode,
              onChange: (e) => setRecoveryCode(e.target.value),
            }}
          />
        ) : (
          <TotpCodeInput
            id="totp-challenge-code"
            value={code}
            onChange={setCode}
            error={submitted ? error : undefined}
          />
        )}
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Button type="submit" disabled={verify.isPending}>
              {t.verify}
            </Button>
          </li>
          <li>
            <Button
              priority="tertiary"
              type="button"
              onClick={() => {
                setUseRecovery(!useRecovery);
                setSubmitted(false);
                verify.reset();
              }}
            >
              {useRecovery ? t.useCode : t.useRecovery}
            </Button>
          </li>
        </ul>
      </form>
      <hr className={fr.cx('fr-mt-2w')} />
      <Button priority="secondary" type="button" disabled={signingOut} onClick={signOut}>
        {t.cancel}
      </Button>
    </AuthCard>
  );
}
