// A 6-digit one-time code field.
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../components/fieldState.ts';
import { totpMessages } from '../messages.ts';

export function TotpCodeInput(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const t = useT(totpMessages);
  return (
    <Input
      label={t.code}
      hintText={t.codeHint}
      {...fieldState(props.error)}
      nativeInputProps={{
        id: props.id,
        inputMode: 'numeric',
        autoComplete: 'one-time-code',
        pattern: '[0-9]{6}',
        maxLength: 6,
        required: true,
        value: props.value,
        onChange: (e) => props.onChange(e.target.value.replace(/\D/g, '')),
      }}
    />
  );
}
