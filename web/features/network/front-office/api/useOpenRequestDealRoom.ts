// POST /api/network/requests/{id}/deal-room: opens a deal room from the request.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestDealRoomBody } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useOpenRequestDealRoom(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestDealRoomBody) =>
      api.post<{ dealRoomId: string }>(`/api/network/requests/${encodeURIComponent(id)}/deal-room`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all }),
  });
}
