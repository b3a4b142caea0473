// POST /api/network/{posts|comments}/{id}/{hide|restore} {reason}: a moderator hides or restores an item.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModerationResult } from '../../../../../common/schemas/network-moderation.ts';
import { api } from '../../../../app/api/client.ts';

export interface SetHiddenInput {
  targetType: 'post' | 'comment';
  targetId: string;
  hide: boolean;
  reason: string;
}

export function useSetHidden() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetType, targetId, hide, reason }: SetHiddenInput) =>
      api.post<ModerationResult>(
        `/api/network/${targetType}s/${encodeURIComponent(targetId)}/${hide ? 'hide' : 'restore'}`,
        { reason },
      ),
    // The item shows differently everywhere (feed, space, post page, reports): refresh the network's queries.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['network'] }),
  });
}
