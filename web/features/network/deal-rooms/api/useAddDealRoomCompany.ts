// POST /api/network/deal-rooms/{id}/companies: a company joins a declared consortium (conflicts need confirming).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DealRoom, DealRoomCompanyBody } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useAddDealRoomCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealRoomCompanyBody) =>
      api.post<DealRoom>(`/api/network/deal-rooms/${encodeURIComponent(id)}/companies`, body),
    onSuccess: (room) => {
      queryClient.setQueryData(dealRoomsKeys.room(id), room);
      return queryClient.invalidateQueries({ queryKey: dealRoomsKeys.all });
    },
  });
}
