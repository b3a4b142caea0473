// POST /api/network/deal-rooms/{id}/members and DELETE /api/network/deal-rooms/{id}/members/{memberId}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DealRoomMemberBody, DealRoomMembers } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return (members: DealRoomMembers) => {
    queryClient.setQueryData(dealRoomsKeys.members(id), members);
    return queryClient.invalidateQueries({ queryKey: dealRoomsKeys.all });
  };
}

export function useAddDealRoomMember(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: DealRoomMemberBody) =>
      api.post<DealRoomMembers>(`/api/network/deal-rooms/${encodeURIComponent(id)}/members`, body),
    onSuccess: refresh,
  });
}

export function useRemoveDealRoomMember(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (memberId: string) =>
      api.delete<DealRoomMembers>(
        `/api/network/deal-rooms/${encodeURIComponent(id)}/members/${encodeURIComponent(memberId)}`,
      ),
    onSuccess: refresh,
  });
}
