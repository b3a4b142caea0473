// POST /api/auth/invitations/:token/accept: creates the account and signs it in; answers the new `me`.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import { sessionChanged } from '../../session/api/useMe.ts';
import type { AcceptInvitationBody, Me } from '../../types.ts';

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      api.post<Me>(`/api/auth/invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: (me) => sessionChanged(queryClient, me),
  });
}
