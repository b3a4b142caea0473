// POST /api/auth/verify-email: confirms the address with the token from the e-mailed link.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { Accepted } from '../../types.ts';

export function useVerifyEmail() {
  return useMutation({ mutationFn: (token: string) => api.post<Accepted>('/api/auth/verify-email', { token }) });
}
