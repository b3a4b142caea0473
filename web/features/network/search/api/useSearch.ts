// GET /api/network/search: results of one query (all kinds, or one kind paged); nothing is asked below 2 characters.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResults, SearchType } from '../../../../../common/schemas/network-search.ts';
import { SEARCH_QUERY_MIN } from '../../../../../common/schemas/network-search.ts';
import { api } from '../../../../app/api/client.ts';

export const searchKeys = {
  all: ['network', 'search'] as const,
  results: (q: string, type: SearchType | null, page: number) => ['network', 'search', q, type, page] as const,
};

export const SEARCH_PAGE_SIZE = 10;

export function useSearch(q: string, type: SearchType | null, page: number) {
  const text = q.trim();
  return useQuery({
    queryKey: searchKeys.results(text, type, page),
    queryFn: () => {
      const params = new URLSearchParams({ q: text, pageSize: String(type ? SEARCH_PAGE_SIZE : 5) });
      if (type) {
        params.set('type', type);
        params.set('page', String(page));
      }
      return api.get<SearchResults>(`/api/network/search?${params}`);
    },
    enabled: text.length >= SEARCH_QUERY_MIN,
    placeholderData: keepPreviousData,
  });
}
