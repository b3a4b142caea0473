// URLs of the portal's pages and API reads, built in one place so that links and query keys agree.
import { generatePath } from 'react-router';
import { paths } from '../../../app/paths.ts';

export type QueryValue = string | number | readonly (string | number)[] | undefined | null;

/** `?a=1&step=3&step=4` (arrays repeat their key, as the API reads them), leaving out empty values. */
export function queryString(params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item !== undefined && item !== null && item !== '') query.append(key, String(item));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const portalApi = (path: string, params: Record<string, QueryValue> = {}) =>
  `/api/portal${path}${queryString(params)}`;

export const stepUrl = (slug: string) => generatePath(paths.portalStep, { slug });
export const offerUrl = (id: string) => generatePath(paths.portalOffer, { id });
export const countryUrl = (iso2: string) => generatePath(paths.portalCountry, { iso2: iso2.toUpperCase() });
export const eventUrl = (id: string) => generatePath(paths.portalEvent, { id });
export const newsUrl = (id: string) => generatePath(paths.portalNewsItem, { id });
export const catalogueUrl = (params: Record<string, QueryValue> = {}) =>
  `${paths.portalCatalogue}${queryString(params)}`;
export const regionAnchorUrl = (slug: string) => `${paths.portalRegions}#${slug}`;
export const providerAnchorUrl = (id: string) => `${paths.portalPartners}#${id}`;

/** Only web and mail links from content are rendered as links: a `javascript:` URL never reaches an href. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  return /^(https?:|mailto:|tel:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** Today as `YYYY-MM-DD` in the visitor's time zone (the agenda's "from today"). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
