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
    // Not awaited: once refetched, the request no longer offers the form, which unmounts, and the caller's
    // `mutate(..., { onSuccess })` (the navigation to the new room) would never run.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all });
    },
  });
}
