// A required choice among fixed options, opening on an empty "Choisir…" option; the server's error shows under it.
import { Select } from '@codegouvfr/react-dsfr/Select';
import { fieldState } from '../../auth/components/fieldState.ts';

export function RequiredSelect({
  label,
  placeholder,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  placeholder: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <Select
      label={label}
      {...fieldState(error)}
      nativeSelectProps={{ required: true, value, onChange: (e) => onChange(e.target.value) }}
    >
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}
