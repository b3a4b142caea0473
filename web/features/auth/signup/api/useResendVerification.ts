// POST /api/auth/resend-verification: sends a new verification link (202, whether or not the address exists).
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { Accepted } from '../../types.ts';

export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) => api.post<Accepted>('/api/auth/resend-verification', { email }),
  });
}
