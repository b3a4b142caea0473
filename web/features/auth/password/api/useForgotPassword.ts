// POST /api/auth/password/forgot: e-mails a reset link (202 whether or not the address has an account).
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { Accepted } from '../../types.ts';

export function useForgotPassword() {
  return useMutation({ mutationFn: (email: string) => api.post<Accepted>('/api/auth/password/forgot', { email }) });
}
