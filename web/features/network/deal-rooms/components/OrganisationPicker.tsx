// Search organisations by name (GET /api/auth/organisations, agents) and pick one: companies for a room, or
// organisations of agents for a team. The server checks the kind again.
import { fr } from '@codegouvfr/react-dsfr';
import { useDeferredValue, useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { useOrganisations } from '../../../auth/invitation/api/useOrganisations.ts';
import type { OrganisationSummary } from '../../../auth/types.ts';
import { SearchPicker } from '../../components/SearchPicker.tsx';
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
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const organisations = useOrganisations(query, query.length >= 2);
  const matches = organisations.data?.items.filter(
    (o) => (companies ? o.kind === 'company' : o.kind !== 'company') && !exclude.includes(o.id),
  );
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <SearchPicker
        label={label}
        hint={hint}
        search={search}
        onSearch={setSearch}
        listed={query.length >= 2}
        matches={matches?.slice(0, 8)}
        error={organisations.error}
        noMatch={companies ? t.companyNone : t.noResult}
        optionLabel={(organisation) => organisation.name}
        onPick={(organisation) => {
          onPick(organisation);
          setSearch('');
        }}
      />
    </div>
  );
}
