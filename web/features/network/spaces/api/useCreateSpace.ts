// POST /api/network/spaces: an agent creates a community (and becomes its owner).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SpaceCreateBody, SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SpaceCreateBody) => api.post<SpaceView>('/api/network/spaces', body),
    onSuccess: (space) => {
      queryClient.setQueryData(spacesKeys.space(space.id), space);
      return queryClient.invalidateQueries({ queryKey: spacesKeys.all });
    },
  });
}
