// Picks up to four countries to compare: a list of chosen countries (each removable) and a select to add one.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useId, useRef, useState } from 'react';
import { useLang, useT } from '../../../app/i18n/lang.ts';
import { countryName, sortByCountryName } from './countries.ts';
import { observatoryComponentMessages } from './messages.ts';

interface CountryPickerProps {
  label: string;
  /** Codes the reader may choose from (the scored countries). */
  options: readonly string[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  max?: number;
}

export function CountryPicker({ label, options, selected, onChange, max = 4 }: CountryPickerProps) {
  const t = useT(observatoryComponentMessages);
  const lang = useLang();
  const id = useId();
  const [candidate, setCandidate] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const available = sortByCountryName(
    options.filter((code) => !selected.includes(code)),
    lang,
  );
  const full = selected.length >= max;

  const add = () => {
    if (!candidate || full || selected.includes(candidate)) return;
    onChange([...selected, candidate]);
    setCandidate('');
  };
  const remove = (code: string) => {
    onChange(selected.filter((c) => c !== code));
    // The removed tag's button disappears: focus goes back to the picker rather than to the page's top.
    select.current?.focus();
  };

  return (
    <div className={fr.cx('fr-mb-3w')}>
      <p id={`${id}-chosen`} className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {t.pickerChosen(selected.length, max)}
      </p>
      {selected.length > 0 && (
        <ul className={fr.cx('fr-tags-group')} aria-labelledby={`${id}-chosen`}>
          {selected.map((code) => (
            <li key={code}>
              <Tag
                dismissible
                small
                nativeButtonProps={{ 'aria-label': t.pickerRemove(countryName(code, lang)), type: 'button' }}
                onClick={() => remove(code)}
              >
                {countryName(code, lang)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--bottom', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-sm-8', 'fr-col-md-6')}>
          <Select
            label={label}
            hint={full ? t.pickerFull(max) : undefined}
            disabled={full}
            nativeSelectProps={{
              ref: select,
              value: candidate,
              onChange: (event) => setCandidate(event.target.value),
            }}
          >
            <option value="">{t.pickerPlaceholder}</option>
            {available.map((code) => (
              <option key={code} value={code}>
                {countryName(code, lang)}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-sm-4', 'fr-col-md-3')}>
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            disabled={full || !candidate}
            onClick={add}
          >
            {t.pickerAdd}
          </Button>
        </div>
      </div>
    </div>
  );
}
