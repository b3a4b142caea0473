// POST /api/auth/signup: creates a company account and sends the verification e-mail.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { Accepted, SignupBody } from '../../types.ts';

export function useSignup() {
  return useMutation({ mutationFn: (body: SignupBody) => api.post<Accepted>('/api/auth/signup', body) });
}
