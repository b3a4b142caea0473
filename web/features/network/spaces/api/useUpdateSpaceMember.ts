// PATCH /api/network/spaces/{id}/members/{userId}: approve a request, accept an invitation, change a role.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SpaceMember, SpaceMemberPatchBody } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useUpdateSpaceMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: SpaceMemberPatchBody & { userId: string }) =>
      api.patch<SpaceMember>(
        `/api/network/spaces/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
        body,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spacesKeys.all }),
  });
}
