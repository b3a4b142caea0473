// Several countries: a select and an "add" button, the chosen ones listed as tags that remove themselves.
// Nothing is added by moving through the select with the keyboard, only by the button.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { CountrySelect } from '../../../observatory/registry/components/CountrySelect.tsx';
import { useTerms } from '../../components/terms.ts';
import { backofficeMessages } from '../messages.ts';

export function CountriesField({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error: string | undefined;
}) {
  const t = useT(backofficeMessages);
  const terms = useTerms();
  const [choice, setChoice] = useState('');
  const add = () => {
    if (choice && !value.includes(choice)) onChange([...value, choice]);
    setChoice('');
  };
  return (
    <fieldset
      id={id}
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>{legend}</legend>
      <div className={fr.cx('fr-fieldset__element')}>
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} id={`${id}-chosen`}>
          {value.length === 0 ? t.noCountry : t.countriesChosen(value.length)}
        </p>
        {value.length > 0 && (
          <ul className={fr.cx('fr-tags-group')} aria-labelledby={`${id}-chosen`}>
            {value.map((code) => (
              <li key={code}>
                <Tag
                  small
                  dismissible
                  nativeButtonProps={{
                    type: 'button',
                    'aria-label': t.removeCountry(terms.country(code)),
                    onClick: () => onChange(value.filter((c) => c !== code)),
                  }}
                >
                  {terms.country(code)}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={fr.cx('fr-fieldset__element', 'fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <CountrySelect
            id={`${id}-choice`}
            label={t.chooseCountry}
            value={choice}
            onChange={setChoice}
            emptyLabel={t.choose}
            className={fr.cx('fr-mb-0')}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={add} disabled={!choice}>
            {t.addCountry}
          </Button>
        </div>
      </div>
      {error && (
        <div className={fr.cx('fr-messages-group')} id={`${id}-error`} aria-live="polite">
          <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p>
        </div>
      )}
    </fieldset>
  );
}
