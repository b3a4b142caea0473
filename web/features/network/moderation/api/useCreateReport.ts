// POST /api/network/reports {targetType, targetId, reason, details}: reports a post or comment to its moderators.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportCreateBody, ReportCreated } from '../../../../../common/schemas/network-moderation.ts';
import { api } from '../../../../app/api/client.ts';
import { moderationKeys } from './keys.ts';

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportCreateBody) => api.post<ReportCreated>('/api/network/reports', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}
