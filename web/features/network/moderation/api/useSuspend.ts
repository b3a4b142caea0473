// POST /api/network/members/{id}/suspension {reason, until?}: suspends a member (global moderators).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SuspensionBody, SuspensionView } from '../../../../../common/schemas/network-moderation.ts';
import { api } from '../../../../app/api/client.ts';
import { moderationKeys } from './keys.ts';

export function useSuspend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, ...body }: SuspensionBody & { memberId: string }) =>
      api.post<SuspensionView>(`/api/network/members/${encodeURIComponent(memberId)}/suspension`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}
