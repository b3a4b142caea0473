// POST /api/network/deal-rooms: an agent opens a room.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DealRoomCreateBody } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useCreateDealRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealRoomCreateBody) => api.post<{ id: string }>('/api/network/deal-rooms', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealRoomsKeys.all }),
  });
}
