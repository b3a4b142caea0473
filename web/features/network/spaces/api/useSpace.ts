// GET /api/network/spaces/{id}: one space the viewer may know of (404 otherwise).
import { useQuery } from '@tanstack/react-query';
import type { SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useSpace(id: string) {
  return useQuery({
    queryKey: spacesKeys.space(id),
    queryFn: () => api.get<SpaceView>(`/api/network/spaces/${encodeURIComponent(id)}`),
    retry: false,
  });
}
