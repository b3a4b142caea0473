// POST /api/network/spaces/{id}/members: `{}` joins or asks to join; `{userId, role}` invites (moderators).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SpaceMember, SpaceMemberAddBody } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useAddSpaceMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SpaceMemberAddBody) =>
      api.post<SpaceMember>(`/api/network/spaces/${encodeURIComponent(id)}/members`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spacesKeys.all }),
  });
}
