// POST /api/auth/totp/setup: a fresh secret and its QR code. Kept as a query (one secret per visit of the
// enrolment page, deduplicated), never cached across visits.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { TotpSetup } from '../../types.ts';

export const totpSetupQueryKey = ['auth', 'totp', 'setup'] as const;

export function useTotpSetup(enabled: boolean) {
  return useQuery({
    queryKey: totpSetupQueryKey,
    queryFn: () => api.post<TotpSetup>('/api/auth/totp/setup'),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
}
