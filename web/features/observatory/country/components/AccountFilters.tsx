// The accounts table's filters: a text search (submitted, not on each keystroke), the network and the actor type.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useState } from 'react';
import { ACTOR_TYPES, NETWORKS } from '../../../../../common/observatory-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { accountTableMessages } from '../accountMessages.ts';
import type { AccountTableState } from './useAccountTableState.ts';

export function AccountFilters({
  state,
  onChange,
}: {
  state: AccountTableState;
  onChange: (next: Partial<AccountTableState>) => void;
}) {
  const t = useT(accountTableMessages);
  const names = useT(observatoryComponentMessages);
  const [query, setQuery] = useState(state.q ?? '');
  // The URL may change the search from elsewhere (back button, "clear the filters").
  useEffect(() => setQuery(state.q ?? ''), [state.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: query.trim() || undefined });
  };
  const filtered = state.q !== undefined || state.network !== undefined || state.type !== undefined;

  return (
    <search aria-label={t.filtersTitle}>
      <form onSubmit={submit} className={fr.cx('fr-mb-2w')}>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Input
              label={t.search}
              nativeInputProps={{ type: 'search', value: query, onChange: (event) => setQuery(event.target.value) }}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-2')}>
            <Button type="submit" priority="secondary" iconId="fr-icon-search-line" className={fr.cx('fr-mb-3w')}>
              {t.searchSubmit}
            </Button>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-3')}>
            <Select
              label={t.network}
              nativeSelectProps={{
                value: state.network ?? '',
                onChange: (event) => onChange({ network: event.target.value || undefined }),
              }}
            >
              <option value="">{t.all}</option>
              {NETWORKS.map((network) => (
                <option key={network} value={network}>
                  {names.networks[network] ?? network}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-3')}>
            <Select
              label={t.type}
              nativeSelectProps={{
                value: state.type ?? '',
                onChange: (event) => onChange({ type: event.target.value || undefined }),
              }}
            >
              <option value="">{t.all}</option>
              {ACTOR_TYPES.map((type) => (
                <option key={type} value={type}>
                  {names.actorTypes[type] ?? type}
                </option>
              ))}
            </Select>
          </div>
        </div>
        {filtered && (
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-close-circle-line"
            onClick={() => onChange({ q: undefined, network: undefined, type: undefined })}
          >
            {t.reset}
          </Button>
        )}
      </form>
    </search>
  );
}
