// POST /api/auth/invitations: invites an agent or a partner (e-mail with a link to /invitation?token=...).
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { InvitationBody, InvitationCreated } from '../../types.ts';

export function useCreateInvitation() {
  return useMutation({
    mutationFn: (body: InvitationBody) => api.post<InvitationCreated>('/api/auth/invitations', body),
  });
}
