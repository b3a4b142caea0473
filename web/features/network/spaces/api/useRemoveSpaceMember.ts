// DELETE /api/network/spaces/{id}/members/{userId}: leave, decline, cancel; remove, reject, revoke (moderators).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useRemoveSpaceMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.delete(`/api/network/spaces/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spacesKeys.all }),
  });
}
