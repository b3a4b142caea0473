// POST /api/auth/password/reset: sets a new password with the token from the e-mailed link.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { ResetBody } from '../../types.ts';

export function useResetPassword() {
  return useMutation({ mutationFn: (body: ResetBody) => api.post<unknown>('/api/auth/password/reset', body) });
}
