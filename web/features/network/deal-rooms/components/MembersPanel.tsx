// A room's named members and agent teams; its agents add and remove them (the server keeps at least one agent).
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { useAddDealRoomMember, useRemoveDealRoomMember } from '../api/useDealRoomMemberChanges.ts';
import { useDealRoomMembers } from '../api/useDealRoomMembers.ts';
import { dealRoomsMessages } from '../messages.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { PersonPicker } from './PersonPicker.tsx';

export function MembersPanel({ roomId }: { roomId: string }) {
  const t = useT(dealRoomsMessages);
  const members = useDealRoomMembers(roomId);
  const add = useAddDealRoomMember(roomId);
  const remove = useRemoveDealRoomMember(roomId);
  const manage = members.data?.abilities.manage === true;

  return (
    <section aria-labelledby="deal-room-members">
      <h2 id="deal-room-members" className={fr.cx('fr-h4')}>
        {t.membersTitle}
      </h2>
      <ApiErrorAlert error={members.error} />
      {members.isPending ? <Loading /> : null}
      <ApiErrorAlert error={add.error ?? remove.error} />
      {members.data ? (
        <>
          <ul className={fr.cx('fr-raw-list', 'fr-mb-2w')}>
            {members.data.members.map((m) => (
              <li key={m.id} className={fr.cx('fr-mb-1w')}>
                <Link to={paths.networkMember.replace(':id', m.id)}>{m.name}</Link>
                <span className={fr.cx('fr-text--sm')}> — {m.organisation} </span>
                <Badge small noIcon>
                  {t.audience[m.audience]}
                </Badge>
                {m.verified ? (
                  <Badge small severity="info" noIcon className={fr.cx('fr-ml-1v')}>
                    {t.verified}
                  </Badge>
                ) : null}
                {manage ? (
                  <RemoveButton
                    label={t.remove}
                    accessibleLabel={t.removeNamed(m.name)}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(m.id)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <h3 className={fr.cx('fr-h6')}>{t.teamsTitle}</h3>
          {members.data.teams.length === 0 ? <p className={fr.cx('fr-text--sm')}>{t.noTeams}</p> : null}
          <ul className={fr.cx('fr-raw-list', 'fr-mb-2w')}>
            {members.data.teams.map((team) => (
              <li key={team.id}>
                {team.name}
                {manage ? (
                  <RemoveButton
                    label={t.remove}
                    accessibleLabel={t.removeNamed(team.name)}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(team.id)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {manage ? (
            <>
              <PersonPicker
                label={t.addMember}
                scope={{ roomId }}
                disabled={add.isPending}
                onPick={(person) => add.mutate({ userId: person.id })}
              />
              <OrganisationPicker
                label={t.addTeam}
                companies={false}
                exclude={members.data.teams.map((team) => team.id)}
                onPick={(organisation) => add.mutate({ organisationId: organisation.id })}
              />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
