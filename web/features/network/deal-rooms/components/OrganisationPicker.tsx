// Search organisations by name (GET /api/auth/organisations, agents) and pick one: companies for a room, or
// organisations of agents for a team. The server checks the kind again.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useDeferredValue, useId, useState } from 'react';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useOrganisations } from '../../../auth/invitation/api/useOrganisations.ts';
import type { OrganisationSummary } from '../../../auth/types.ts';
import { dealRoomsMessages } from '../messages.ts';

export function OrganisationPicker({
  label,
  hint,
  companies,
  exclude = [],
  onPick,
}: {
  label: string;
  hint?: string;
  /** Companies only (a room's company), or everything but companies (agent teams). */
  companies: boolean;
  exclude?: readonly string[];
  onPick: (organisation: OrganisationSummary) => void;
}) {
  const t = useT(dealRoomsMessages);
  const id = useId();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const organisations = useOrganisations(query, query.length >= 2);
  const items = (organisations.data?.items ?? []).filter(
    (o) => (companies ? o.kind === 'company' : o.kind !== 'company') && !exclude.includes(o.id),
  );
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <Input
        label={label}
        {...(hint ? { hintText: hint } : {})}
        nativeInputProps={{
          id: `${id}-search`,
          type: 'search',
          autoComplete: 'off',
          value: search,
          onChange: (e) => setSearch(e.target.value),
        }}
      />
      <div aria-live="polite">
        <ApiErrorAlert error={organisations.error} />
        {query.length >= 2 && organisations.data && items.length === 0 ? (
          <p className={fr.cx('fr-text--sm')}>{companies ? t.companyNone : t.noResult}</p>
        ) : null}
        {query.length >= 2 && items.length > 0 ? (
          <ul className={fr.cx('fr-raw-list')}>
            {items.slice(0, 8).map((organisation) => (
              <li key={organisation.id} className={fr.cx('fr-mb-1v')}>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-add-line"
                  type="button"
                  onClick={() => {
                    onPick(organisation);
                    setSearch('');
                  }}
                >
                  {organisation.name}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
