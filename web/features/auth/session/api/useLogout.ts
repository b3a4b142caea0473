// POST /api/auth/logout: ends the session; `redirectTo` ends the ProConnect session too when there is one.
// What follows (leaving the page, then forgetting the session) is ordered by hooks/useSignOut.ts.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { LogoutResult } from '../../types.ts';

export function useLogout() {
  return useMutation({ mutationFn: () => api.post<LogoutResult>('/api/auth/logout') });
}
