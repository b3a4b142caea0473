// A DSFR select of every country by its name in the interface language; the value is the ISO alpha-2 code.
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';
import { useLang } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { countryOptions } from '../countries.ts';

interface CountrySelectProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (code: string) => void;
  /** The first, empty option ("All countries", "Choose a country"). */
  emptyLabel: string;
  error?: string | undefined;
  required?: boolean;
  className?: string;
}

export function CountrySelect({
  id,
  label,
  hint,
  value,
  onChange,
  emptyLabel,
  error,
  required = false,
  className,
}: CountrySelectProps) {
  const lang = useLang();
  return (
    <Select
      label={label}
      hint={hint}
      className={className}
      {...fieldState(error)}
      nativeSelectProps={{ id, value, required, onChange: (e) => onChange(e.target.value) }}
    >
      <option value="">{emptyLabel}</option>
      {countryOptions(lang).map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </Select>
  );
}
