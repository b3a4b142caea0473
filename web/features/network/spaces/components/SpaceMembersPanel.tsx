// The members of a space as the directory lets the viewer see them (with how many it does not show), and, for its
// moderators, pending requests, invitations sent, the invitation picker and role changes. Each row's actions come
// from its `abilities`.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router';
import { SPACE_ROLES, type SpaceRole, spaceRoleLabels } from '../../../../../common/network-terms.ts';
import type { SpaceMember, SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { SearchPicker } from '../../components/SearchPicker.tsx';
import { useAddSpaceMember } from '../api/useAddSpaceMember.ts';
import { useInviteCandidates } from '../api/useInviteCandidates.ts';
import { useRemoveSpaceMember } from '../api/useRemoveSpaceMember.ts';
import { MEMBERS_PAGE_SIZE, useSpaceMembers } from '../api/useSpaceMembers.ts';
import { useUpdateSpaceMember } from '../api/useUpdateSpaceMember.ts';
import { spacesMessages } from '../messages.ts';

export function SpaceMembersPanel({ space }: { space: SpaceView }) {
  const t = useT(spacesMessages);
  const [page, setPage] = useState(1);
  const members = useSpaceMembers(space.id, 'member', page);
  const update = useUpdateSpaceMember(space.id);
  const remove = useRemoveSpaceMember(space.id);
  const pages = members.data
    ? Math.max(1, Math.ceil((members.data.total - members.data.hiddenCount) / MEMBERS_PAGE_SIZE))
    : 1;
  const moderates = space.kind !== 'deal_room' && space.abilities.moderate;

  return (
    <section aria-labelledby="space-members">
      <h2 id="space-members" className={fr.cx('fr-h4')}>
        {t.membersTitle}
      </h2>
      <ApiErrorAlert error={members.error ?? update.error ?? remove.error} />
      {members.isPending ? <Loading /> : null}
      {members.data ? (
        <>
          <p className={fr.cx('fr-text--sm')}>{t.membersCount(members.data.total, members.data.hiddenCount)}</p>
          <MemberRows
            items={members.data.items}
            onRole={(m, role) => update.mutate({ userId: m.id, role })}
            onRemove={(m) => remove.mutate(m.id)}
            busy={update.isPending || remove.isPending}
          />
          {pages > 1 ? (
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline', 'fr-btns-group--sm')}>
              <li>
                <Button type="button" priority="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {t.previous}
                </Button>
              </li>
              <li>
                <Button type="button" priority="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                  {t.next}
                </Button>
              </li>
            </ul>
          ) : null}
        </>
      ) : null}
      {moderates ? <PendingSection space={space} state="requested" /> : null}
      {moderates ? <PendingSection space={space} state="invited" /> : null}
      {space.abilities.invite ? <InvitePicker spaceId={space.id} /> : null}
    </section>
  );
}

function MemberRows({
  items,
  onRole,
  onRemove,
  busy,
}: {
  items: SpaceMember[];
  onRole: (m: SpaceMember, role: SpaceRole) => void;
  onRemove: (m: SpaceMember) => void;
  busy: boolean;
}) {
  const t = useT(spacesMessages);
  const lang = useLang();
  const session = useSession();
  const me = session.user?.id;
  return (
    <ul className={fr.cx('fr-raw-list', 'fr-mb-2w')}>
      {items.map((m) => (
        <li key={m.id} className={fr.cx('fr-mb-1w')}>
          <Link to={paths.networkMember.replace(':id', m.id)}>{m.name}</Link>
          <span className={fr.cx('fr-text--sm')}> — {m.organisation} </span>
          <Badge small noIcon>
            {t.audience[m.audience]}
          </Badge>
          {m.role !== 'member' ? (
            <Badge small severity="new" noIcon className={fr.cx('fr-ml-1v')}>
              {spaceRoleLabels[m.role][lang]}
            </Badge>
          ) : null}
          {m.verified ? (
            <Badge small severity="info" noIcon className={fr.cx('fr-ml-1v')}>
              {t.verified}
            </Badge>
          ) : null}
          {m.abilities.changeRole ? (
            <Select
              label={t.roleOf(m.name)}
              className={fr.cx('fr-mb-0', 'fr-mt-1v')}
              nativeSelectProps={{
                value: m.role,
                disabled: busy,
                onChange: (e) => onRole(m, e.target.value as SpaceRole),
              }}
            >
              {SPACE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {spaceRoleLabels[role][lang]}
                </option>
              ))}
            </Select>
          ) : null}
          {m.abilities.remove && m.id !== me ? (
            <RemoveButton
              label={t.remove}
              accessibleLabel={t.removeNamed(m.name)}
              disabled={busy}
              onClick={() => onRemove(m)}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Requests waiting for approval, or invitations not yet answered (moderators). */
function PendingSection({ space, state }: { space: SpaceView; state: 'requested' | 'invited' }) {
  const t = useT(spacesMessages);
  const list = useSpaceMembers(space.id, state, 1);
  const update = useUpdateSpaceMember(space.id);
  const remove = useRemoveSpaceMember(space.id);
  const busy = update.isPending || remove.isPending;
  const headingId = `space-${state}`;
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mt-3w')}>
      <h3 id={headingId} className={fr.cx('fr-h6')}>
        {state === 'requested' ? t.requestsTitle : t.invitationsTitle}
      </h3>
      <ApiErrorAlert error={list.error ?? update.error ?? remove.error} />
      {list.data && list.data.items.length === 0 ? (
        <p className={fr.cx('fr-text--sm')}>{state === 'requested' ? t.noRequests : t.noInvitations}</p>
      ) : null}
      <ul className={fr.cx('fr-raw-list')}>
        {(list.data?.items ?? []).map((m) => (
          <li key={m.id} className={fr.cx('fr-mb-1w')}>
            <Link to={paths.networkMember.replace(':id', m.id)}>{m.name}</Link>
            <span className={fr.cx('fr-text--sm')}> — {m.organisation}</span>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline', 'fr-btns-group--sm')}>
              {state === 'requested' && m.abilities.approve ? (
                <li>
                  <Button
                    type="button"
                    disabled={busy}
                    nativeButtonProps={{ 'aria-label': t.approveNamed(m.name) }}
                    onClick={() => update.mutate({ userId: m.id, state: 'member' })}
                  >
                    {t.approve}
                  </Button>
                </li>
              ) : null}
              {m.abilities.remove ? (
                <li>
                  <Button
                    type="button"
                    priority="secondary"
                    disabled={busy}
                    nativeButtonProps={{
                      'aria-label': state === 'requested' ? t.rejectNamed(m.name) : t.revokeNamed(m.name),
                    }}
                    onClick={() => remove.mutate(m.id)}
                  >
                    {state === 'requested' ? t.reject : t.revoke}
                  </Button>
                </li>
              ) : null}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Search people who can read the space (the server filters by the directory and the space's level) and invite. */
function InvitePicker({ spaceId }: { spaceId: string }) {
  const t = useT(spacesMessages);
  const lang = useLang();
  const id = useId();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<SpaceRole>('member');
  const [done, setDone] = useState<string | null>(null);
  const query = useDeferredValue(search.trim());
  const candidates = useInviteCandidates(spaceId, query, query.length >= 2);
  const add = useAddSpaceMember(spaceId);
  return (
    <section aria-labelledby={`${id}-title`} className={fr.cx('fr-mt-3w')}>
      <h3 id={`${id}-title`} className={fr.cx('fr-h6')}>
        {t.invite}
      </h3>
      <ApiErrorAlert error={add.error} />
      <Select
        label={t.inviteRole}
        hint={t.inviteRoleHint}
        nativeSelectProps={{ value: role, onChange: (e) => setRole(e.target.value as SpaceRole) }}
      >
        {SPACE_ROLES.map((r) => (
          <option key={r} value={r}>
            {spaceRoleLabels[r][lang]}
          </option>
        ))}
      </Select>
      <SearchPicker
        label={t.search}
        hint={t.inviteHint}
        search={search}
        onSearch={(text) => {
          setSearch(text);
          setDone(null);
        }}
        listed={query.length >= 2}
        matches={candidates.data?.items}
        error={candidates.error}
        noMatch={t.noResult}
        status={done ? <p className={fr.cx('fr-text--sm')}>{t.invited(done)}</p> : null}
        optionLabel={(person) => `${person.name} — ${person.organisation} (${t.audience[person.audience]})`}
        pickDisabled={add.isPending}
        onPick={(person) =>
          add.mutate(
            { userId: person.id, role },
            {
              onSuccess: () => {
                setDone(person.name);
                setSearch('');
              },
            },
          )
        }
      />
    </section>
  );
}
