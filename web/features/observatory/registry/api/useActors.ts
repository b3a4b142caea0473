// GET /api/observatory/actors?q=&country=&type=&limit=&offset=: the registry's actors with their accounts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActorList, ActorType } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export interface ActorFilters {
  q?: string;
  country?: string;
  type?: ActorType;
  limit: number;
  offset: number;
}

export const actorsQueryKey = ['observatory', 'actors'] as const;

export function actorsSearch(filters: ActorFilters): string {
  const query = new URLSearchParams({ limit: String(filters.limit), offset: String(filters.offset) });
  if (filters.q) query.set('q', filters.q);
  if (filters.country) query.set('country', filters.country);
  if (filters.type) query.set('type', filters.type);
  return query.toString();
}

export function useActors(filters: ActorFilters, enabled = true) {
  return useQuery({
    queryKey: [...actorsQueryKey, filters],
    queryFn: () => api.get<ActorList>(`/api/observatory/actors?${actorsSearch(filters)}`),
    // Paging and filtering keep the current page on screen until the next one arrives.
    placeholderData: keepPreviousData,
    enabled,
  });
}
