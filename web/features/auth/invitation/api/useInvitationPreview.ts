// GET /api/auth/invitations/:token: who invited whom, to which organisation, before accepting.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../app/api/client.ts';
import type { InvitationPreview } from '../../types.ts';

export const invitationPreviewQueryKey = (token: string) => ['auth', 'invitations', token] as const;

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: invitationPreviewQueryKey(token),
    queryFn: () => api.get<InvitationPreview>(`/api/auth/invitations/${encodeURIComponent(token)}`),
    enabled: token.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
