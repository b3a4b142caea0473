// The accounts table's state in the URL (?tri=followers&ordre=asc&reseau=x&type=embassy&q=paris&page=2), so that
// a filtered view can be shared and the back button restores it. Changing a filter returns to the first page.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { ACCOUNT_SORTS, ACTOR_TYPES, NETWORKS } from '../../../../../common/observatory-terms.ts';
import type { AccountSort } from '../api/useAccountList.ts';

export const accountsPageSize = 25;

export interface AccountTableState {
  sort: AccountSort;
  order: 'asc' | 'desc';
  network: string | undefined;
  type: string | undefined;
  q: string | undefined;
  page: number;
}

const keys = { sort: 'tri', order: 'ordre', network: 'reseau', type: 'type', q: 'q', page: 'page' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

export function readAccountTableState(params: URLSearchParams): AccountTableState {
  const sort = oneOf(ACCOUNT_SORTS, params.get(keys.sort)) ?? 'index';
  const order = oneOf(['asc', 'desc'] as const, params.get(keys.order)) ?? (sort === 'name' ? 'asc' : 'desc');
  const page = Number.parseInt(params.get(keys.page) ?? '1', 10);
  return {
    sort,
    order,
    network: oneOf(NETWORKS, params.get(keys.network)),
    type: oneOf(ACTOR_TYPES, params.get(keys.type)),
    q: params.get(keys.q)?.trim() || undefined,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The search string of the table state `next`, other parameters (window, peers) kept. */
export function accountTableSearch(params: URLSearchParams, next: Partial<AccountTableState>): string {
  const merged = new URLSearchParams(params);
  for (const [field, value] of Object.entries(next) as [keyof AccountTableState, unknown][]) {
    const key = keys[field];
    if (value === undefined || value === '' || (field === 'page' && value === 1)) merged.delete(key);
    else merged.set(key, String(value));
  }
  return `?${merged.toString()}`;
}

export function useAccountTableState(): [
  AccountTableState,
  (next: Partial<AccountTableState>) => void,
  (page: number) => string,
] {
  const [params, setParams] = useSearchParams();
  const state = readAccountTableState(params);
  const update = useCallback(
    (next: Partial<AccountTableState>) =>
      setParams((previous) => new URLSearchParams(accountTableSearch(previous, { page: 1, ...next })), {
        preventScrollReset: true,
      }),
    [setParams],
  );
  const pageSearch = (page: number) => accountTableSearch(params, { page });
  return [state, update, pageSearch];
}
