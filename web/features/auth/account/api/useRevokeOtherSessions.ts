// POST /api/auth/sessions/revoke-others: signs out everywhere but here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { RevokedSessions } from '../../types.ts';
import { sessionsQueryKey } from './useSessions.ts';

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RevokedSessions>('/api/auth/sessions/revoke-others'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
