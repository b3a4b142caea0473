// A deal room's status (open or closed) and, when it is one, that it is a consortium.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { DealRoomSummary } from '../../../../../common/schemas/network-deal-rooms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { dealRoomsMessages } from '../messages.ts';

export function RoomBadges({ room }: { room: Pick<DealRoomSummary, 'status' | 'consortium'> }) {
  const t = useT(dealRoomsMessages);
  return (
    <>
      <Badge small severity={room.status === 'open' ? 'success' : undefined} noIcon className={fr.cx('fr-mr-1w')}>
        {t.status[room.status]}
      </Badge>
      {room.consortium ? (
        <Badge small noIcon>
          {t.consortium}
        </Badge>
      ) : null}
    </>
  );
}
