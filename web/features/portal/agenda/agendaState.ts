// The agenda's filters in the URL, with the API's parameter names (`?country=VN&type=trade_fair&page=2`), so
// that a filtered agenda can be shared and its iCal feed carries exactly the same filters.
import { EVENT_TYPES, SECTORS } from '../../../../common/portal-terms.ts';
import type { QueryValue } from '../components/portalUrls.ts';

export interface AgendaFilters {
  q: string;
  from: string;
  to: string;
  country: string;
  sector: string;
  region: string;
  type: string;
  page: number;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const checks: Record<Exclude<keyof AgendaFilters, 'page'>, (value: string) => boolean> = {
  q: (value) => value.length <= 200,
  from: isDay,
  to: isDay,
  country: (value) => /^[A-Z]{2}$/.test(value),
  sector: (value) => (SECTORS as readonly string[]).includes(value),
  region: (value) => /^[0-9]{2}$/.test(value),
  type: (value) => (EVENT_TYPES as readonly string[]).includes(value),
};

export function parseAgendaFilters(params: URLSearchParams): AgendaFilters {
  const read = (name: keyof typeof checks) => {
    const raw = (params.get(name) ?? '').trim();
    const value = name === 'country' ? raw.toUpperCase() : raw;
    return value && checks[name](value) ? value : '';
  };
  const page = Number(params.get('page') ?? '1');
  return {
    q: read('q'),
    from: read('from'),
    to: read('to'),
    country: read('country'),
    sector: read('sector'),
    region: read('region'),
    type: read('type'),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The filters as query parameters (the page's, the API's and the feed's), without the page number. */
export function agendaFilterParams(filters: AgendaFilters): Record<string, QueryValue> {
  const { page: _page, ...rest } = filters;
  return rest;
}

export function hasAgendaFilters(filters: AgendaFilters): boolean {
  return Object.values(agendaFilterParams(filters)).some(Boolean);
}
