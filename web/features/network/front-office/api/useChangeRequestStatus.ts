// POST /api/network/requests/{id}/status: changes the request's status.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrontOfficeRequest, StatusBody } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useChangeRequestStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatusBody) =>
      api.post<FrontOfficeRequest>(`/api/network/requests/${encodeURIComponent(id)}/status`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all }),
  });
}
