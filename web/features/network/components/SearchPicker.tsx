// A search box with its matches listed under it as buttons, one click picking one: people for a room, a message,
// an invitation or a suspension, organisations for a room. The caller owns the search text and asks the server.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type ReactNode, useId } from 'react';
import { ApiErrorAlert } from '../../../app/components/ApiErrorAlert.tsx';

export function SearchPicker<Option extends { id: string }>({
  label,
  hint,
  disabled = false,
  search,
  onSearch,
  listed,
  matches,
  error,
  noMatch,
  status,
  optionLabel,
  optionTitle,
  addIcon = true,
  pickDisabled,
  onPick,
}: {
  label: string;
  hint?: string | undefined;
  disabled?: boolean;
  search: string;
  onSearch: (text: string) => void;
  /** Whether the matches are shown (the search is long enough). */
  listed: boolean;
  /** The matches once the server has answered, undefined before. */
  matches: readonly Option[] | undefined;
  error: unknown;
  noMatch: string;
  /** Said first in the live region, such as what the last pick did. */
  status?: ReactNode;
  optionLabel: (option: Option) => string;
  optionTitle?: (option: Option) => string;
  addIcon?: boolean;
  pickDisabled?: boolean;
  onPick: (option: Option) => void;
}) {
  const id = useId();
  return (
    <>
      <Input
        label={label}
        hintText={hint}
        disabled={disabled}
        nativeInputProps={{
          id: `${id}-search`,
          type: 'search',
          autoComplete: 'off',
          value: search,
          onChange: (e) => onSearch(e.target.value),
        }}
      />
      <div aria-live="polite">
        {status}
        <ApiErrorAlert error={error} />
        {listed && matches && matches.length === 0 ? <p className={fr.cx('fr-text--sm')}>{noMatch}</p> : null}
        {listed && matches && matches.length > 0 ? (
          <ul className={fr.cx('fr-raw-list')}>
            {matches.map((option) => (
              <li key={option.id} className={fr.cx('fr-mb-1v')}>
                <Button
                  type="button"
                  size="small"
                  priority="tertiary"
                  iconId={addIcon ? 'fr-icon-add-line' : undefined}
                  title={optionTitle?.(option)}
                  disabled={pickDisabled}
                  onClick={() => onPick(option)}
                >
                  {optionLabel(option)}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}
