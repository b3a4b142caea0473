// GET /api/network/members/autocomplete?q=&spaceId=: up to 8 members to mention (who can read the space, if given).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AutocompleteResult } from '../../../../../common/schemas/network-members.ts';
import { api } from '../../../../app/api/client.ts';
import { membersKey, queryString } from './keys.ts';

export function useMemberAutocomplete(q: string, spaceId?: string) {
  const text = q.trim();
  return useQuery({
    queryKey: [...membersKey, 'autocomplete', text, spaceId ?? null],
    queryFn: () => api.get<AutocompleteResult>(`/api/network/members/autocomplete${queryString({ q: text, spaceId })}`),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
