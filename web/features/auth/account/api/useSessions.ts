// GET /api/auth/sessions: the account's open sessions, the current one flagged.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { SessionList } from '../../types.ts';

export const sessionsQueryKey = ['auth', 'sessions'] as const;

export function useSessions() {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: () => api.get<SessionList>('/api/auth/sessions') });
}
