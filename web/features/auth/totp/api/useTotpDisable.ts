// POST /api/auth/totp/disable: turns TOTP off (password and a current code), where the account allows it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import { meQueryKey } from '../../session/api/useMe.ts';
import type { TotpDisableBody } from '../../types.ts';

export function useTotpDisable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpDisableBody) => api.post<unknown>('/api/auth/totp/disable', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
