// GET /api/network/audit: one page of the audit log by filters (administrators only).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditList } from '../../../../../common/schemas/network-audit.ts';
import { api } from '../../../../app/api/client.ts';

export const AUDIT_FILTERS = ['actor', 'action', 'objectType', 'objectId', 'from', 'to'] as const;
export type AuditFilterName = (typeof AUDIT_FILTERS)[number];
export type AuditFilterValues = Partial<Record<AuditFilterName, string>>;
export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ['network', 'audit'] as const,
  list: (filters: AuditFilterValues, page: number) => ['network', 'audit', filters, page] as const,
};

/** The filters as query parameters (empty ones left out). */
export function auditParams(filters: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTERS) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

/** The CSV export's address for the same filters (a plain link: the browser downloads it). */
export const auditExportHref = (filters: AuditFilterValues) => `/api/network/audit/export?${auditParams(filters)}`;

export function useAudit(filters: AuditFilterValues, page: number, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.list(filters, page),
    queryFn: () => {
      const params = auditParams(filters);
      params.set('page', String(page));
      params.set('pageSize', String(AUDIT_PAGE_SIZE));
      return api.get<AuditList>(`/api/network/audit?${params}`);
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}
