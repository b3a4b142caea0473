// PATCH /api/network/deal-rooms/{id}: rename, describe, close or reopen, declare a consortium (the room's agents).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DealRoom, DealRoomPatchBody } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useUpdateDealRoom(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealRoomPatchBody) =>
      api.patch<DealRoom>(`/api/network/deal-rooms/${encodeURIComponent(id)}`, body),
    onSuccess: (room) => {
      queryClient.setQueryData(dealRoomsKeys.room(id), room);
      return queryClient.invalidateQueries({ queryKey: dealRoomsKeys.all });
    },
  });
}
