// POST /api/auth/totp/recovery-codes: replaces the recovery codes (a current code is required).
import { useMutation } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../../app/api/client.ts';
import type { RecoveryCodes } from '../../types.ts';

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (code: string) => api.post<RecoveryCodes>('/api/auth/totp/recovery-codes', { code }),
    onSuccess: (result) => setCsrfToken(result.csrfToken),
  });
}
