// The catalogue's whole search state (words, filters, sort, page) lives in the URL query, with the API's own
// parameter names (`?q=&step=4&provider=bpifrance&page=2`): a search is shareable, bookmarkable and the back button
// undoes the last change. Values the API would refuse are dropped, so an edited link still shows results.
import {
  COMPANY_SIZES,
  MATURITIES,
  OFFER_SORTS,
  OFFER_TYPES,
  type OfferSort,
  PRICES,
  SECTORS,
} from '../../../../common/portal-terms.ts';

/** Filters the API counts (facets), in the order the page shows them. */
export const FACET_KEYS = ['step', 'type', 'provider', 'price', 'maturity', 'sector', 'region', 'country'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
/** Every filter: the facets, and company size (filtered, not counted). */
export const FILTER_KEYS = [...FACET_KEYS, 'size'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);
const validators: Record<FilterKey, (value: string) => boolean> = {
  step: (value) => /^[1-6]$/.test(value),
  provider: (value) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 100,
  type: oneOf(OFFER_TYPES),
  price: oneOf(PRICES),
  region: (value) => /^[0-9]{2}$/.test(value),
  country: (value) => /^[A-Z]{2}$/.test(value),
  sector: oneOf(SECTORS),
  maturity: oneOf(MATURITIES),
  size: oneOf(COMPANY_SIZES),
};
const MAX_VALUES = 20;
const MAX_PAGE = 10_000;

export interface CatalogueSearch {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: OfferSort | undefined;
  page: number;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
}

export function parseCatalogueSearch(params: URLSearchParams): CatalogueSearch {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .map((value) => (key === 'country' ? value.trim().toUpperCase() : value.trim()))
      .filter(validators[key]);
    filters[key] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  const sort = params.get('sort');
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: sort && (OFFER_SORTS as readonly string[]).includes(sort) ? (sort as OfferSort) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The canonical query string (`?q=…&step=3&step=4&page=2`, or ''), for the page's URL, the API and the query key. */
export function catalogueQueryString(search: CatalogueSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const key of FILTER_KEYS) {
    for (const value of [...search.filters[key]].sort()) params.append(key, value);
  }
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function activeFilterCount(search: CatalogueSearch): number {
  return FILTER_KEYS.reduce((count, key) => count + search.filters[key].length, 0);
}

/** Adds or removes one filter value; any change of filters goes back to the first page. */
export function toggleFilter(search: CatalogueSearch, key: FilterKey, value: string): CatalogueSearch {
  const current = search.filters[key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...search, filters: { ...search.filters, [key]: next }, page: 1 };
}

export function withoutFilters(search: CatalogueSearch): CatalogueSearch {
  return { ...search, filters: emptyFilters(), page: 1 };
}
