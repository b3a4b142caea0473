// Choosing target countries with the keyboard: a search box filters a list of checkboxes; the chosen countries
// are listed above as buttons that remove them. Counts are announced politely to screen readers.
import { fr } from '@codegouvfr/react-dsfr';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useMemo, useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { fold, useCountryOptions } from '../countryOptions.ts';
import { hotlineMessages } from '../messages.ts';
import { limits } from '../validation.ts';

export function CountryPicker({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error: string | undefined;
}) {
  const t = useT(hotlineMessages);
  const options = useCountryOptions();
  const [query, setQuery] = useState('');
  const names = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options]);
  const shown = useMemo(() => {
    const words = fold(query).trim().split(/\s+/).filter(Boolean);
    return words.length === 0 ? options : options.filter((o) => words.every((w) => o.searchable.includes(w)));
  }, [options, query]);
  const chosen = new Set(value);
  const full = value.length >= limits.countries;

  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((c) => c !== code));

  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby="hotline-countries-legend hotline-countries-messages"
    >
      <legend id="hotline-countries-legend" className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>
        {t.countries}
        <span className={fr.cx('fr-hint-text')}>{t.countriesHint}</span>
      </legend>
      <div className={fr.cx('fr-fieldset__element')}>
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} id="hotline-countries-chosen">
          {t.countriesSelected(value.length)}
        </p>
        {value.length > 0 && (
          <ul className={fr.cx('fr-tags-group')} aria-labelledby="hotline-countries-chosen">
            {value.map((code) => (
              <li key={code}>
                <Tag
                  small
                  dismissible
                  nativeButtonProps={{
                    type: 'button',
                    'aria-label': t.removeCountry(names.get(code) ?? code),
                    onClick: () => toggle(code, false),
                  }}
                >
                  {names.get(code) ?? code}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        <div className={fr.cx('fr-input-group')}>
          <label className={fr.cx('fr-label')} htmlFor="hotline-country-search">
            {t.countrySearch}
          </label>
          <input
            className={fr.cx('fr-input')}
            id="hotline-country-search"
            type="search"
            autoComplete="off"
            aria-controls="hotline-country-list"
            aria-describedby={error ? 'hotline-countries-error' : undefined}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              // Enter in the search box picks the only match rather than sending the form.
              if (e.key === 'Enter') {
                e.preventDefault();
                const only = shown.length === 1 ? shown[0] : undefined;
                if (only && !chosen.has(only.code) && !full) toggle(only.code, true);
              }
            }}
          />
        </div>
        <p className={fr.cx('fr-text--xs', 'fr-mt-1w', 'fr-mb-1w')} role="status">
          {full ? t.countriesMax : t.countriesMatching(shown.length)}
        </p>
        <div
          id="hotline-country-list"
          className={fr.cx('fr-p-1w')}
          style={{
            maxHeight: '16rem',
            overflowY: 'auto',
            border: '1px solid var(--border-default-grey)',
          }}
        >
          {shown.map((option) => {
            const checked = chosen.has(option.code);
            const id = `hotline-country-${option.code}`;
            return (
              <div key={option.code} className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm', 'fr-mb-1v')}>
                <input
                  type="checkbox"
                  id={id}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(option.code, e.target.checked)}
                />
                <label className={fr.cx('fr-label')} htmlFor={id}>
                  {option.name}
                </label>
              </div>
            );
          })}
        </div>
      </div>
      <div className={fr.cx('fr-messages-group')} id="hotline-countries-messages" aria-live="assertive">
        {error && (
          <p id="hotline-countries-error" className={fr.cx('fr-message', 'fr-message--error')}>
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
