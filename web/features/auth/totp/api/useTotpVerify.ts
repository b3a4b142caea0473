// POST /api/auth/totp/verify: the second factor at sign-in (a TOTP code or a recovery code); answers the new `me`.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import { sessionChanged } from '../../session/api/useMe.ts';
import type { Me, TotpVerifyBody } from '../../types.ts';

export function useTotpVerify() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpVerifyBody) => api.post<Me>('/api/auth/totp/verify', body),
    onSuccess: (me) => sessionChanged(queryClient, me),
  });
}
