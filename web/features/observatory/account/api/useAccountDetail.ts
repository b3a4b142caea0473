// GET /api/observatory/accounts/{id}?window=: one account with its score breakdown, history, best posts and
// the accounts it interacts with most.
import { useQuery } from '@tanstack/react-query';
import type { AccountDetail, WindowKind } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export const accountDetailQueryKey = (id: number, window: WindowKind) =>
  ['observatory', 'account', id, window] as const;

export function useAccountDetail(id: number, window: WindowKind) {
  return useQuery({
    queryKey: accountDetailQueryKey(id, window),
    queryFn: () => api.get<AccountDetail>(`/api/observatory/accounts/${id}?window=${encodeURIComponent(window)}`),
    enabled: Number.isInteger(id) && id > 0,
    // Another window of the same account keeps the page on screen while it loads; another account does not.
    placeholderData: (previous) => (previous?.account.id === id ? previous : undefined),
  });
}
