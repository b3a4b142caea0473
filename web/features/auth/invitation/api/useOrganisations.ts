// GET /api/auth/organisations?q=: organisations matching a name, for the invitation form (agents only).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { OrganisationList } from '../../types.ts';

export const organisationsQueryKey = (q: string) => ['auth', 'organisations', q] as const;

export function useOrganisations(q: string, enabled = true) {
  return useQuery({
    queryKey: organisationsQueryKey(q),
    queryFn: () => api.get<OrganisationList>(`/api/auth/organisations?q=${encodeURIComponent(q)}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}
