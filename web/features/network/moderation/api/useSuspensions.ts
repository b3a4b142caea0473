// GET /api/network/suspensions?active=&page=: suspensions of members (global moderators).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SuspensionList } from '../../../../../common/schemas/network-moderation.ts';
import { api } from '../../../../app/api/client.ts';
import { moderationKeys } from './keys.ts';

export const SUSPENSIONS_PAGE_SIZE = 20;

export function useSuspensions(active: boolean, page: number, enabled = true) {
  const params = new URLSearchParams({
    active: String(active),
    page: String(page),
    pageSize: String(SUSPENSIONS_PAGE_SIZE),
  });
  return useQuery({
    queryKey: moderationKeys.suspensions(active, page),
    queryFn: () => api.get<SuspensionList>(`/api/network/suspensions?${params}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}
