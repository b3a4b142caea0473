// POST /api/auth/login: password sign-in; the answer is the new `me` (new session, new CSRF token).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { LoginBody, Me } from '../../types.ts';
import { sessionChanged } from './useMe.ts';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.post<Me>('/api/auth/login', body),
    onSuccess: (me) => sessionChanged(queryClient, me),
  });
}
