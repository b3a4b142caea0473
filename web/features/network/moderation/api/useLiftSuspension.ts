// DELETE /api/network/members/{id}/suspension: lifts a member's suspension (global moderators).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import { moderationKeys } from './keys.ts';

export function useLiftSuspension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => api.delete(`/api/network/members/${encodeURIComponent(memberId)}/suspension`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}
