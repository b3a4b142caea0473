// GET /api/network/reports: the reports the viewer moderates and may read, filtered and paged.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportList } from '../../../../../common/schemas/network-moderation.ts';
import { api } from '../../../../app/api/client.ts';
import { moderationKeys } from './keys.ts';

export interface ReportFilters {
  status: 'open' | 'resolved' | 'dismissed' | 'all';
  reason: string;
  targetType: '' | 'post' | 'comment';
  page: number;
}

export const REPORTS_PAGE_SIZE = 20;

export function useReports(filters: ReportFilters) {
  const params = new URLSearchParams({
    status: filters.status,
    page: String(filters.page),
    pageSize: String(REPORTS_PAGE_SIZE),
  });
  if (filters.reason) params.set('reason', filters.reason);
  if (filters.targetType) params.set('targetType', filters.targetType);
  return useQuery({
    queryKey: moderationKeys.reports({ ...filters }),
    queryFn: () => api.get<ReportList>(`/api/network/reports?${params}`),
    placeholderData: keepPreviousData,
  });
}
