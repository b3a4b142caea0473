// GET /api/network/members: one page of the directory for the current filters.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MemberList, MemberListQuery } from '../../../../../common/schemas/network-members.ts';
import { api } from '../../../../app/api/client.ts';
import { membersKey, queryString } from './keys.ts';

export function useMembers(filters: MemberListQuery) {
  return useQuery({
    queryKey: [...membersKey, 'list', filters],
    queryFn: () => api.get<MemberList>(`/api/network/members${queryString({ ...filters })}`),
    placeholderData: keepPreviousData,
  });
}
