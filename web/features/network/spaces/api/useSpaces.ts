// GET /api/network/spaces: the communities the viewer may know of, filtered and paged.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SpaceList } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export interface SpaceFilters {
  q: string;
  kind: string;
  country: string;
  sector: string;
  mine: boolean;
  page: number;
}

export const SPACES_PAGE_SIZE = 20;

export function useSpaces(filters: SpaceFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(SPACES_PAGE_SIZE) });
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.country) params.set('country', filters.country);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.mine) params.set('mine', 'true');
  const search = params.toString();
  return useQuery({
    queryKey: spacesKeys.list(search),
    queryFn: () => api.get<SpaceList>(`/api/network/spaces?${search}`),
    placeholderData: keepPreviousData,
  });
}
