// POST /api/network/requests/{id}/route: routes the request to a partner organisation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrontOfficeRequest, RouteBody } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useRouteRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RouteBody) =>
      api.post<FrontOfficeRequest>(`/api/network/requests/${encodeURIComponent(id)}/route`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all }),
  });
}
