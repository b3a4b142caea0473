// POST /api/network/requests/{id}/assign: assigns the request to an agent of its queue or file.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignBody, FrontOfficeRequest } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useAssignRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignBody) =>
      api.post<FrontOfficeRequest>(`/api/network/requests/${encodeURIComponent(id)}/assign`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all }),
  });
}
