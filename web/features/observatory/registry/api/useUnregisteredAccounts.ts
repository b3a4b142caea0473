// GET /api/observatory/accounts?registered=false&q=: accounts met in imported data but attached to no actor.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountList } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export function useUnregisteredAccounts(filters: { q: string; limit: number; offset: number }) {
  const query = new URLSearchParams({
    registered: 'false',
    sort: 'followers',
    order: 'desc',
    limit: String(filters.limit),
    offset: String(filters.offset),
  });
  if (filters.q) query.set('q', filters.q);
  return useQuery({
    queryKey: ['observatory', 'accounts', 'unregistered', filters],
    queryFn: () => api.get<AccountList>(`/api/observatory/accounts?${query}`),
    placeholderData: keepPreviousData,
  });
}
