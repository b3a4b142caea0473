// A required choice of one economic sector, named in the interface language.
import { SECTORS, type Sector, sectorLabels } from '../../../../common/network-terms.ts';
import { useLang } from '../../../app/i18n/lang.ts';
import { RequiredSelect } from './RequiredSelect.tsx';

export function SectorSelect({
  onChange,
  ...props
}: {
  label: string;
  placeholder: string;
  value: Sector | '';
  onChange: (sector: Sector) => void;
  error: string | undefined;
}) {
  const lang = useLang();
  return (
    <RequiredSelect
      {...props}
      options={SECTORS.map((s) => ({ value: s, label: sectorLabels[s][lang] }))}
      onChange={(value) => onChange(value as Sector)}
    />
  );
}
