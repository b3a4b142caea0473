// POST /api/observatory/registry/accounts and PATCH /api/observatory/registry/accounts/{id}: editors add an
// account to an actor, attach an unregistered one, and mark accounts verified or tracked.

import type { Static } from '@sinclair/typebox';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountBody, AccountPatch, AccountSummary } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export type AccountInput = Static<typeof AccountBody>;
export type AccountChanges = Static<typeof AccountPatch>;

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountInput) => api.post<AccountSummary>('/api/observatory/registry/accounts', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['observatory'] }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: AccountChanges }) =>
      api.patch<AccountSummary>(`/api/observatory/registry/accounts/${id}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['observatory'] }),
  });
}
