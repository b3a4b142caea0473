// POST|DELETE /api/network/members/:id/verification, /deactivation, and POST /assignments,
// DELETE /assignments/:agentId: the agents' and admins' actions on a member; each refetches the members.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignedAgents, MemberSummary } from '../../../../../common/schemas/network-members.ts';
import { api } from '../../../../app/api/client.ts';
import { membersKey } from './keys.ts';

const base = (id: string) => `/api/network/members/${encodeURIComponent(id)}`;

function useMemberMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}

export function useVerification(id: string) {
  return useMemberMutation((verified: boolean) =>
    verified
      ? api.post<MemberSummary>(`${base(id)}/verification`)
      : api.delete<MemberSummary>(`${base(id)}/verification`),
  );
}

export function useDeactivation(id: string) {
  return useMemberMutation((input: { active: boolean; reason?: string }) =>
    input.active
      ? api.delete<MemberSummary>(`${base(id)}/deactivation`)
      : api.post<MemberSummary>(`${base(id)}/deactivation`, input.reason ? { reason: input.reason } : {}),
  );
}

export function useAssign(id: string) {
  return useMemberMutation((agentId?: string) =>
    api.post<AssignedAgents>(`${base(id)}/assignments`, agentId ? { agentId } : {}),
  );
}

export function useUnassign(id: string) {
  return useMemberMutation((agentId: string) => api.delete(`${base(id)}/assignments/${encodeURIComponent(agentId)}`));
}
