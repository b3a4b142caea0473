// Search the people an agent may name in a room (GET /api/network/deal-rooms/candidates) and pick them.
import { fr } from '@codegouvfr/react-dsfr';
import { useDeferredValue, useState } from 'react';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { SearchPicker } from '../../components/SearchPicker.tsx';
import { useDealRoomCandidates } from '../api/useDealRoomCandidates.ts';
import { dealRoomsMessages } from '../messages.ts';

export function PersonPicker({
  label,
  scope,
  exclude = [],
  onPick,
  disabled = false,
}: {
  label: string;
  scope: { companyId?: string; roomId?: string };
  exclude?: readonly string[];
  onPick: (person: MemberRef) => void;
  disabled?: boolean;
}) {
  const t = useT(dealRoomsMessages);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const candidates = useDealRoomCandidates(query, scope, query.length >= 2 && !disabled);
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <SearchPicker
        label={label}
        hint={t.personSearchHint}
        disabled={disabled}
        search={search}
        onSearch={setSearch}
        listed={query.length >= 2}
        matches={candidates.data?.items.filter((p) => !exclude.includes(p.id))}
        error={candidates.error}
        noMatch={t.noResult}
        optionLabel={(person) => `${person.name} — ${person.organisation} (${t.audience[person.audience]})`}
        onPick={(person) => {
          onPick(person);
          setSearch('');
        }}
      />
    </div>
  );
}
