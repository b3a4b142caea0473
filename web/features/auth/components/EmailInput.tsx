// The e-mail address field of the sign-in, sign-up, reset, resend and invitation forms.
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useT } from '../../../app/i18n/lang.ts';
import { fieldState } from './fieldState.ts';
import { authMessages } from './messages.ts';

interface EmailInputProps {
  id?: string;
  autoComplete: 'email' | 'username' | 'off';
  value: string;
  onChange: (value: string) => void;
  /** The message to show under the field, if any. */
  error: string | undefined;
}

export function EmailInput({ id, autoComplete, value, onChange, error }: EmailInputProps) {
  const ta = useT(authMessages);
  return (
    <Input
      label={ta.email}
      hintText={ta.emailHint}
      {...fieldState(error)}
      nativeInputProps={{
        ...(id ? { id } : {}),
        type: 'email',
        autoComplete,
        required: true,
        value,
        onChange: (e) => onChange(e.target.value),
      }}
    />
  );
}
