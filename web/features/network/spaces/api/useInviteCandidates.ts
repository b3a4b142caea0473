// GET /api/network/members/autocomplete?spaceId=: people to invite, those who can read the space among the
// members the directory shows the viewer.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AutocompleteResult } from '../../../../../common/schemas/network-members.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export function useInviteCandidates(spaceId: string, q: string, enabled: boolean) {
  const params = new URLSearchParams({ q, spaceId });
  return useQuery({
    queryKey: spacesKeys.candidates(spaceId, q),
    queryFn: () => api.get<AutocompleteResult>(`/api/network/members/autocomplete?${params}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}
