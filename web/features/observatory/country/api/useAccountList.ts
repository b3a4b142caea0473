// GET /api/observatory/accounts: accounts with their scores, filtered, sorted and paged by the server.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ACCOUNT_SORTS, AccountList } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import type { ScoringWindow } from '../../components/urlState.ts';

export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export interface AccountListParams {
  country: string;
  window: ScoringWindow;
  sort: AccountSort;
  order: 'asc' | 'desc';
  q?: string | undefined;
  network?: string | undefined;
  type?: string | undefined;
  limit: number;
  offset: number;
}

export const accountListQueryKey = (params: AccountListParams) => ['observatory', 'accounts', params] as const;

export function accountListUrl(params: AccountListParams): string {
  return apiUrl('/api/observatory/accounts', { ...params });
}

export function useAccountList(params: AccountListParams) {
  return useQuery({
    queryKey: accountListQueryKey(params),
    queryFn: () => api.get<AccountList>(accountListUrl(params)),
    placeholderData: keepPreviousData,
  });
}
