// A new password with the server's rules shown and checked as the user types (12+ characters, not the address).
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { useT } from '../../../app/i18n/lang.ts';
import { authMessages } from './messages.ts';

/** The server's policy, checked early: 12+ characters, not the address nor the part before the @. */
function containsAddress(password: string, email: string): boolean {
  const address = email.trim().toLowerCase();
  if (!address) return false;
  const lower = password.toLowerCase();
  const local = address.split('@')[0] ?? '';
  return lower.includes(address) || (local.length >= 4 && lower.includes(local));
}

export function passwordProblems(password: string, email: string, t: typeof authMessages.fr): string[] {
  const problems: string[] = [];
  if ([...password].length < 12) problems.push(t.passwordTooShort);
  if (containsAddress(password, email)) problems.push(t.passwordContainsEmail);
  return problems;
}

export function NewPasswordInput(props: {
  value: string;
  onChange: (value: string) => void;
  /** The account's address, when known: the password must not contain it (the server checks it anyway). */
  email?: string;
  /** Show rule failures as errors (after a submit attempt). */
  showErrors: boolean;
  serverError?: string | undefined;
  label?: string;
  id?: string;
  inputId?: string;
  autoComplete?: string;
}) {
  const t = useT(authMessages);
  const { value, email, showErrors } = props;
  const tooShort = [...value].length < 12;
  const containsEmail = email !== undefined && containsAddress(value, email);
  const state = (failing: boolean): 'info' | 'error' | 'valid' =>
    !value && !showErrors ? 'info' : failing ? 'error' : 'valid';
  return (
    <PasswordInput
      id={props.id}
      label={props.label ?? t.newPassword}
      messagesHint={t.passwordRulesHint}
      messages={[
        { severity: state(tooShort), message: t.passwordRuleLength },
        ...(email !== undefined ? [{ severity: state(containsEmail), message: t.passwordRuleEmail }] : []),
        ...(props.serverError ? [{ severity: 'error' as const, message: props.serverError }] : []),
      ]}
      nativeInputProps={{
        id: props.inputId,
        autoComplete: props.autoComplete ?? 'new-password',
        name: 'password',
        required: true,
        value,
        onChange: (event) => props.onChange(event.target.value),
      }}
    />
  );
}
