// GET /api/auth/me: who is signed in, the session's MFA state, its CSRF token and the viewer's abilities.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, setCsrfLoader, setCsrfToken } from '../../../../app/api/client.ts';
import type { Me } from '../../types.ts';

export const meQueryKey = ['auth', 'me'] as const;

async function fetchMe(): Promise<Me> {
  const me = await api.get<Me>('/api/auth/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** Lets the API client fetch a CSRF token through the same cache entry when it has none. */
export function installCsrfLoader(queryClient: QueryClient): void {
  setCsrfLoader(
    async () => (await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 })).csrfToken,
  );
}

/**
 * After sign-in, sign-out or a second factor the session (and its CSRF token) changed: drop every cached
 * answer of the previous session, then keep the new `me` or fetch it.
 */
export async function sessionChanged(queryClient: QueryClient, me?: Me, signedOutCsrfToken?: string): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== 'me' });
  if (me) {
    setCsrfToken(me.csrfToken);
    queryClient.setQueryData(meQueryKey, me);
  } else {
    setCsrfToken(signedOutCsrfToken ?? null);
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
}
