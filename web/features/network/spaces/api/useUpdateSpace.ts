// PATCH /api/network/spaces/{id}: name, description, membership, levels, archive (the space's moderators).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SpacePatchBody, SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useUpdateSpace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SpacePatchBody) => api.patch<SpaceView>(`/api/network/spaces/${encodeURIComponent(id)}`, body),
    onSuccess: (space) => {
      queryClient.setQueryData(spacesKeys.space(id), space);
      return queryClient.invalidateQueries({ queryKey: spacesKeys.all });
    },
  });
}
