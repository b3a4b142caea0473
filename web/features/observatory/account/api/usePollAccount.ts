// POST /api/observatory/accounts/{id}/poll: polls the account now through its network's connector (editors).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportRun } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export function usePollAccount(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ImportRun>(`/api/observatory/accounts/${id}/poll`),
    // New posts and snapshots change the page's figures: refetch every window of this account.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['observatory', 'account', id] }),
  });
}
