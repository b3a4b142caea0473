// GET /api/network/requests: the agents' queue, or the viewer's own requests.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RequestList } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export interface RequestFilters {
  status?: string;
  queue?: string;
  mine?: boolean;
  overdue?: boolean;
  q?: string;
  page: number;
}

export const PAGE_SIZE = 20;

export function useRequests(filters: RequestFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(PAGE_SIZE) });
  if (filters.status) params.set('status', filters.status);
  if (filters.queue) params.set('queue', filters.queue);
  if (filters.mine) params.set('assignee', 'me');
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.q) params.set('q', filters.q);
  const search = params.toString();
  return useQuery({
    queryKey: frontOfficeKeys.list(search),
    queryFn: () => api.get<RequestList>(`/api/network/requests?${search}`),
    placeholderData: keepPreviousData,
  });
}
