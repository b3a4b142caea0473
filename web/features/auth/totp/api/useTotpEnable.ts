// POST /api/auth/totp/enable: checks the first code, turns TOTP on and returns the recovery codes (shown once).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../../app/api/client.ts';
import { meQueryKey } from '../../session/api/useMe.ts';
import type { RecoveryCodes } from '../../types.ts';

export function useTotpEnable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<RecoveryCodes>('/api/auth/totp/enable', { code }),
    // The session was upgraded (new id, new CSRF token): keep the token, and fetch `me` again.
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
