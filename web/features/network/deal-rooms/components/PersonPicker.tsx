// Search the people an agent may name in a room (GET /api/network/deal-rooms/candidates) and pick them.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useDeferredValue, useId, useState } from 'react';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
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
  const id = useId();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const candidates = useDealRoomCandidates(query, scope, query.length >= 2 && !disabled);
  const items = (candidates.data?.items ?? []).filter((p) => !exclude.includes(p.id));
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <Input
        label={label}
        hintText={t.personSearchHint}
        disabled={disabled}
        nativeInputProps={{
          id: `${id}-search`,
          type: 'search',
          autoComplete: 'off',
          value: search,
          onChange: (e) => setSearch(e.target.value),
        }}
      />
      <div aria-live="polite">
        <ApiErrorAlert error={candidates.error} />
        {query.length >= 2 && candidates.data && items.length === 0 ? (
          <p className={fr.cx('fr-text--sm')}>{t.noResult}</p>
        ) : null}
        {query.length >= 2 && items.length > 0 ? (
          <ul className={fr.cx('fr-raw-list')}>
            {items.map((person) => (
              <li key={person.id} className={fr.cx('fr-mb-1v')}>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-add-line"
                  type="button"
                  onClick={() => {
                    onPick(person);
                    setSearch('');
                  }}
                >
                  {`${person.name} — ${person.organisation} (${t.audience[person.audience]})`}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
