// POST /api/network/reports/{id}/resolve {status, resolution}: closes an open report.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResolveBody } from '../../../../../common/schemas/network-moderation.ts';
import { api } from '../../../../app/api/client.ts';
import { moderationKeys } from './keys.ts';

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ResolveBody & { id: string }) =>
      api.post<void>(`/api/network/reports/${encodeURIComponent(id)}/resolve`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}
