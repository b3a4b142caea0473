// PATCH /api/auth/me: changes the name or the preferred language; answers the new `me`.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../../app/api/client.ts';
import { meQueryKey } from '../../session/api/useMe.ts';
import type { Me, ProfileBody } from '../../types.ts';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileBody) => api.patch<Me>('/api/auth/me', body),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
