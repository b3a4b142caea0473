// SQL of the agenda: published events, filtered by dates, markets, sectors, regions, type and French words.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface EventRow {
  id: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  description_fr: string;
  description_en: string;
  type: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  online: boolean;
  venue: string;
  city: string;
  country: string | null;
  countries: string[];
  regions: string[];
  sectors: string[];
  steps: number[];
  provider_id: string | null;
  provider_name: string | null;
  provider_short_name: string | null;
  price: 'free' | 'paid' | 'cofunded';
  url: string;
  created_at: Date;
  updated_at: Date;
}

/** Every criterion narrows; within one, any value matches. */
export interface EventFilter {
  q?: string | undefined;
  /** Events still running at or after this instant. */
  endsFrom?: Date | undefined;
  /** Events starting before this instant. */
  startsBefore?: Date | undefined;
  /** Where it takes place or which markets it is about. */
  countries?: string[] | undefined;
  /** An event with no sector (or region) is about none: it does not match a sector (or region) filter. */
  sectors?: string[] | undefined;
  regions?: string[] | undefined;
  types?: string[] | undefined;
}

const nonEmpty = (values: string[] | undefined): values is string[] => values !== undefined && values.length > 0;

function eventWhere(f: EventFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`e.status = 'published'`];
  if (f.endsFrom) parts.push(sql`e.ends_at >= ${f.endsFrom.toISOString()}::timestamptz`);
  if (f.startsBefore) parts.push(sql`e.starts_at < ${f.startsBefore.toISOString()}::timestamptz`);
  if (nonEmpty(f.countries))
    parts.push(sql`(e.country = ANY(${f.countries}::text[]) OR e.countries && ${f.countries}::text[])`);
  if (nonEmpty(f.sectors)) parts.push(sql`e.sectors && ${f.sectors}::text[]`);
  if (nonEmpty(f.regions)) parts.push(sql`e.regions && ${f.regions}::text[]`);
  if (nonEmpty(f.types)) parts.push(sql`e.type = ANY(${f.types}::text[])`);
  const q = f.q?.trim();
  if (q) parts.push(sql`e.search_fr @@ websearch_to_tsquery('french_unaccent', ${q})`);
  return sql.join(parts, sql` AND `);
}

const eventColumns = sql`e.id, e.title_fr, e.title_en, e.summary_fr, e.summary_en, e.description_fr, e.description_en,
  e.type, e.starts_at, e.ends_at, e.timezone, e.online, e.venue, e.city, e.country, e.countries, e.regions,
  e.sectors, e.steps, e.provider_id, p.name AS provider_name, p.short_name AS provider_short_name, e.price, e.url,
  e.created_at, e.updated_at`;

/** Published events matching the filter, by start then id (a stable order for paging). */
export async function listEvents(
  db: Kysely<DB>,
  filter: EventFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: EventRow[] }> {
  const rows = await sql<EventRow>`
    SELECT ${eventColumns}
    FROM portal_events e LEFT JOIN portal_providers p ON p.id = e.provider_id
    WHERE ${eventWhere(filter)}
    ORDER BY e.starts_at, e.id COLLATE "C"
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM portal_events e WHERE ${eventWhere(filter)}`.execute(db);
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows.map(normalise) };
}

export async function findPublishedEvent(db: Kysely<DB>, id: string): Promise<EventRow | undefined> {
  const result = await sql<EventRow>`
    SELECT ${eventColumns}
    FROM portal_events e LEFT JOIN portal_providers p ON p.id = e.provider_id
    WHERE e.id = ${id} AND e.status = 'published'`.execute(db);
  const row = result.rows[0];
  return row ? normalise(row) : undefined;
}

// Timestamps arrive as Date on both engines; guard against a driver handing back strings.
function normalise(row: EventRow): EventRow {
  const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));
  return {
    ...row,
    starts_at: date(row.starts_at),
    ends_at: date(row.ends_at),
    created_at: date(row.created_at),
    updated_at: date(row.updated_at),
  };
}
