// GET /api/network/deal-rooms/{id}/members: named members and agent teams of a room.
import { useQuery } from '@tanstack/react-query';
import type { DealRoomMembers } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useDealRoomMembers(id: string, enabled = true) {
  return useQuery({
    queryKey: dealRoomsKeys.members(id),
    queryFn: () => api.get<DealRoomMembers>(`/api/network/deal-rooms/${encodeURIComponent(id)}/members`),
    enabled,
    retry: false,
  });
}
