// GET /api/network/spaces/{id}/members: members under the directory rule; requests and invitations for moderators.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SpaceMemberList } from '../../../../../common/schemas/network-spaces.ts';
import { api } from '../../../../app/api/client.ts';
import { spacesKeys } from './keys.ts';

export const MEMBERS_PAGE_SIZE = 20;

export function useSpaceMembers(id: string, state: 'member' | 'requested' | 'invited', page: number, enabled = true) {
  const params = new URLSearchParams({ state, page: String(page), pageSize: String(MEMBERS_PAGE_SIZE) });
  return useQuery({
    queryKey: spacesKeys.members(id, state, page),
    queryFn: () => api.get<SpaceMemberList>(`/api/network/spaces/${encodeURIComponent(id)}/members?${params}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}
