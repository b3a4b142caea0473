// GET /api/portal/admin/{kind}?q=&status=&page=: one page of a kind's items with their status.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { BackofficeList, BackofficeStatusFilter } from '../../../../../common/schemas/portal-backoffice.ts';
import { api } from '../../../../app/api/client.ts';
import { queryString } from '../../components/portalUrls.ts';
import { adminApi } from '../kinds.ts';
import { kindKey } from './keys.ts';

export interface ContentListFilters {
  q: string;
  status: BackofficeStatusFilter | '';
  page: number;
}

export function useContentList(kind: ContentKind, filters: ContentListFilters) {
  return useQuery({
    queryKey: [...kindKey(kind), 'list', filters],
    queryFn: () =>
      api.get<BackofficeList>(
        adminApi(
          kind,
          queryString({ q: filters.q, status: filters.status, page: filters.page > 1 ? filters.page : undefined }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}
