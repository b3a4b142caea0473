// A required choice of one country (the countries the server accepts), named in the interface language.
import { useCountryOptions } from '../../portal/hotline/countryOptions.ts';
import { RequiredSelect } from './RequiredSelect.tsx';

export function CountrySelect(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (code: string) => void;
  error: string | undefined;
}) {
  const countries = useCountryOptions();
  return <RequiredSelect {...props} options={countries.map((c) => ({ value: c.code, label: c.name }))} />;
}
