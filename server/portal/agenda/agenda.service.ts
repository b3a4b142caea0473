// The agenda's rules: which published events a filter finds (dates in the agenda's time zone, upcoming by
// default), their presentation in the request's language, and the iCal feed of any filter.
import type { Kysely } from 'kysely';
import { eventTypeLabels, type Lang, label, sectorLabels } from '../../../common/portal-terms.ts';
import type { Event, EventList, EventListQuery, EventSummary } from '../../../common/schemas/portal.ts';
import { paths } from '../../../web/app/paths.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { countryName } from '../countries/world.ts';
import * as repo from './agenda.repo.ts';
import { AGENDA_TIME_ZONE, addDays, allDaySpan, localDate, safeTimeZone, zonedMidnight } from './dates.ts';
import { type IcalEvent, writeCalendar } from './ical.ts';

export interface AgendaDeps {
  db: Kysely<DB>;
  lang: Lang;
  /** The portal's public address (config.publicUrl): event links and iCal UIDs. */
  publicUrl: string;
  now?: () => Date;
}

/** A feed holds the upcoming events and those of the last days, up to a bound. */
export const FEED_PAST_DAYS = 30;
export const FEED_MAX_EVENTS = 500;

const pick = (lang: Lang, fr: string, en: string) => (lang === 'en' && en.trim() !== '' ? en : fr);

export function presentEventSummary(row: repo.EventRow, lang: Lang): EventSummary {
  return {
    id: row.id,
    title: pick(lang, row.title_fr, row.title_en),
    summary: pick(lang, row.summary_fr, row.summary_en),
    type: row.type as EventSummary['type'],
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    timezone: row.timezone,
    online: row.online,
    venue: row.venue,
    city: row.city,
    country: row.country,
    countries: row.countries,
    regions: row.regions,
    sectors: row.sectors as EventSummary['sectors'],
    steps: row.steps,
    provider:
      row.provider_id && row.provider_name !== null
        ? { id: row.provider_id, name: row.provider_name, shortName: row.provider_short_name ?? row.provider_name }
        : null,
    price: row.price,
    url: row.url,
  };
}

export function presentEvent(row: repo.EventRow, lang: Lang): Event {
  return { ...presentEventSummary(row, lang), description: pick(lang, row.description_fr, row.description_en) };
}

type Filters = Omit<EventListQuery, 'page' | 'pageSize' | 'lang'>;

/**
 * The repository filter of a query. Days are those of the agenda's time zone: `from` finds the events still
 * running that day or later (default: `defaultFrom`), `to` those starting that day or earlier. An explicit
 * `from` after `to` is refused (400) rather than answered with an empty list that would hide the mistake.
 */
export function eventFilter(query: Filters, defaultFrom: string, lang: Lang): repo.EventFilter {
  if (query.from && query.to && query.from > query.to) {
    const message = lang === 'fr' ? 'doit être le même jour que « from » ou après' : 'must be on or after "from"';
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'querystring.to', message }] });
  }
  const from = query.from ?? defaultFrom;
  return {
    // PostgreSQL text cannot hold NUL; other control characters mean nothing to the search either.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    q: query.q?.replace(/[\u0000-\u001F\u007F]/g, ' '),
    endsFrom: zonedMidnight(from, AGENDA_TIME_ZONE),
    startsBefore: query.to ? zonedMidnight(addDays(query.to, 1), AGENDA_TIME_ZONE) : undefined,
    countries: query.country,
    sectors: query.sector,
    regions: query.region,
    types: query.type,
  };
}

const today = (deps: AgendaDeps) => localDate((deps.now ?? (() => new Date()))(), AGENDA_TIME_ZONE);

export async function listEvents(deps: AgendaDeps, query: EventListQuery): Promise<EventList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { total, rows } = await repo.listEvents(deps.db, eventFilter(query, today(deps), deps.lang), {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map((r) => presentEventSummary(r, deps.lang)), total, page, pageSize };
}

export async function getEvent(deps: AgendaDeps, id: string): Promise<Event> {
  const row = await repo.findPublishedEvent(deps.db, id);
  if (!row) throw new AppError('ERR_NOT_FOUND');
  return presentEvent(row, deps.lang);
}

/** Upcoming published events held in a country or about it, soonest first (the country page). */
export async function upcomingEventsAbout(deps: AgendaDeps, iso2: string, limit: number): Promise<EventSummary[]> {
  const { rows } = await repo.listEvents(
    deps.db,
    { endsFrom: (deps.now ?? (() => new Date()))(), countries: [iso2] },
    { limit, offset: 0 },
  );
  return rows.map((r) => presentEventSummary(r, deps.lang));
}

// --- iCal feed --------------------------------------------------------------------------------------------------

export function eventPageUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${paths.portalEvent.replace(':id', encodeURIComponent(id))}`;
}

function location(row: repo.EventRow, lang: Lang): string {
  if (row.online) return lang === 'fr' ? 'En ligne' : 'Online';
  const country = row.country ? countryName(row.country, lang) : '';
  return [row.venue, row.city, country].filter((part) => part.trim() !== '').join(', ');
}

function toIcalEvent(row: repo.EventRow, deps: AgendaDeps, host: string): IcalEvent {
  const lang = deps.lang;
  const page = eventPageUrl(deps.publicUrl, row.id);
  const span = allDaySpan(row.starts_at, row.ends_at, safeTimeZone(row.timezone));
  const summary = pick(lang, row.summary_fr, row.summary_en);
  const description = pick(lang, row.description_fr, row.description_en);
  return {
    uid: `${row.id}@${host}`,
    summary: pick(lang, row.title_fr, row.title_en),
    start: span ? { kind: 'date', date: span.startDate } : { kind: 'utc', instant: row.starts_at },
    end: span ? { kind: 'date', date: span.endDate } : { kind: 'utc', instant: row.ends_at },
    description: [summary, description === summary ? '' : description, page].filter((p) => p.trim()).join('\n\n'),
    location: location(row, lang),
    url: page,
    categories: [
      label(eventTypeLabels, row.type as keyof typeof eventTypeLabels, lang),
      ...row.sectors
        .filter((s): s is keyof typeof sectorLabels => s in sectorLabels)
        .map((s) => label(sectorLabels, s, lang)),
    ],
    created: row.created_at,
    lastModified: row.updated_at,
  };
}

/** What the feed's filter is about, for the calendar's name: "Agenda export – Vietnam, Santé". */
async function filterTitle(deps: AgendaDeps, query: Filters): Promise<string> {
  const lang = deps.lang;
  const parts: string[] = [];
  for (const iso2 of query.country ?? []) parts.push(countryName(iso2, lang));
  if (query.region?.length) {
    const regions = await deps.db
      .selectFrom('portal_regions')
      .select(['code', 'name'])
      .where('code', 'in', query.region)
      .execute();
    const names = new Map(regions.map((r) => [r.code, r.name]));
    for (const code of query.region) parts.push(names.get(code) ?? code);
  }
  for (const s of query.sector ?? []) parts.push(label(sectorLabels, s, lang));
  for (const t of query.type ?? []) parts.push(label(eventTypeLabels, t, lang));
  if (query.q?.trim()) parts.push(lang === 'fr' ? `« ${query.q.trim()} »` : `“${query.q.trim()}”`);
  if (query.from) parts.push(lang === 'fr' ? `du ${query.from}` : `from ${query.from}`);
  if (query.to) parts.push(lang === 'fr' ? `au ${query.to}` : `to ${query.to}`);
  const base = lang === 'fr' ? 'Agenda export' : 'Export agenda';
  return parts.length > 0 ? `${base} – ${parts.join(', ')}` : base;
}

/** The iCal feed of a filter: upcoming events and those of the last 30 days (or the given dates), 500 at most. */
export async function eventFeed(deps: AgendaDeps, query: Filters): Promise<string> {
  const now = (deps.now ?? (() => new Date()))();
  const filter = eventFilter(query, addDays(localDate(now, AGENDA_TIME_ZONE), -FEED_PAST_DAYS), deps.lang);
  const { rows } = await repo.listEvents(deps.db, filter, { limit: FEED_MAX_EVENTS, offset: 0 });
  const host = new URL(deps.publicUrl).hostname;
  const name = await filterTitle(deps, query);
  return writeCalendar(
    {
      prodId: '-//Diplomatie//Portail export//FR',
      name,
      description:
        deps.lang === 'fr'
          ? 'Événements pour les entreprises qui exportent, publiés par le portail export.'
          : 'Events for exporting companies, published by the export portal.',
      timeZone: AGENDA_TIME_ZONE,
      refreshInterval: 'PT1H',
      events: rows.map((r) => toIcalEvent(r, deps, host)),
    },
    now,
  );
}
