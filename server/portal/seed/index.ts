// Loads the portal's reference data (data/portal/*.json) into the database. Steps, providers and regions are
// upserted (the files are their source of truth); offers, events, news, contacts and country pages are added only
// when their id is absent, so an editor's later change is never overwritten. One INSERT per table.
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { ContentKind, ContentStatus } from '../../../common/portal-terms.ts';
import type {
  DB,
  PortalProvidersTable,
  PortalRegionsTable,
  PortalRevisionsTable,
  PortalStepsTable,
} from '../../db/schema.ts';
import type { ContentRow } from '../backoffice/descriptor.ts';
import { contentKinds } from '../backoffice/kinds/index.ts';
import { refreshSearchLexicon } from '../catalogue/lexicon.ts';
import { DEFAULT_PORTAL_DATA_DIR, ISO_COUNTRY_CODES, loadReferenceData } from './load.ts';
import type { CountryContactData, EventData, ReferenceData, RegionContactData } from './reference-data.ts';

export { DEFAULT_PORTAL_DATA_DIR, ISO_COUNTRY_CODES, loadReferenceData, ReferenceDataError } from './load.ts';

/** Rows written per table: steps, providers and regions inserted or changed; content items added. */
export interface PortalSeedSummary {
  steps: number;
  providers: number;
  regions: number;
  offers: number;
  events: number;
  news: number;
  contacts: number;
  countries: number;
  revisions: number;
}

export interface SeedPortalOptions {
  /** The seed date: events and news are dated relative to it (default: now). */
  today?: Date;
  /** Folder of the JSON files (default: data/portal). */
  dir?: string;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock time (YYYY-MM-DD, HH:MM) happens in an IANA time zone. */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const wall = Date.parse(`${day}T00:00:00Z`) + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
  const first = wall - zoneOffset(wall, timeZone);
  // Across a daylight-saving change the offset at the result differs from the guess: correct once.
  return new Date(wall - zoneOffset(first, timeZone));
}

export function eventTimes(event: EventData, seedDay: string): { starts_at: Date; ends_at: Date } {
  const firstDay = addDays(seedDay, event.startsInDays);
  const lastDay = addDays(firstDay, event.durationDays - 1);
  return {
    starts_at: zonedInstant(firstDay, event.startTime ?? '09:00', event.timezone),
    ends_at: zonedInstant(lastDay, event.endTime ?? '18:00', event.timezone),
  };
}

type ContactRow = {
  id: string;
  kind: string;
  name: string;
  provider_id: string | null;
  role_fr: string;
  role_en: string;
  region: string | null;
  country: string | null;
  city: string;
  address: string;
  email: string;
  phone: string;
  url: string;
  steps: number[];
};

function contactRow(
  contact: RegionContactData | CountryContactData,
  where: { region: string | null; country: string | null },
): ContactRow & { status: ContentStatus } {
  return {
    id: contact.id,
    kind: contact.kind,
    name: contact.name,
    provider_id: contact.providerId ?? null,
    role_fr: contact.role?.fr ?? '',
    role_en: contact.role?.en ?? '',
    ...where,
    city: contact.city ?? '',
    address: contact.address ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    url: contact.url,
    steps: contact.steps ?? [],
    status: contact.status ?? 'published',
  };
}

/** The rows of each editable table, as the back office sees an item (its editable columns) plus its status. */
function contentRows(data: ReferenceData, seedDay: string) {
  const offers = data.offers.map((o) => ({
    id: o.id,
    provider_id: o.providerId,
    title_fr: o.title.fr,
    title_en: o.title.en,
    summary_fr: o.summary.fr,
    summary_en: o.summary.en,
    description_fr: o.description.fr,
    description_en: o.description.en,
    keywords: o.keywords.join(' '),
    steps: o.steps as number[],
    type: o.type,
    company_sizes: [...o.companySizes] as string[],
    maturities: [...o.maturities] as string[],
    sectors: [...o.sectors] as string[],
    regions: o.regions,
    countries: o.countries,
    price: o.price,
    price_note_fr: o.priceNote.fr,
    price_note_en: o.priceNote.en,
    url: o.url,
    status: o.status ?? 'published',
  }));
  const events = data.events.map((e) => ({
    id: e.id,
    title_fr: e.title.fr,
    title_en: e.title.en,
    summary_fr: e.summary.fr,
    summary_en: e.summary.en,
    description_fr: e.description.fr,
    description_en: e.description.en,
    type: e.type,
    ...eventTimes(e, seedDay),
    timezone: e.timezone,
    online: e.online,
    venue: e.venue ?? '',
    city: e.city ?? '',
    country: e.country,
    countries: e.countries,
    regions: e.regions,
    sectors: [...e.sectors] as string[],
    steps: e.steps as number[],
    provider_id: e.providerId,
    price: e.price,
    url: e.url,
    status: e.status ?? 'published',
  }));
  const news = data.news.map((n) => ({
    id: n.id,
    title_fr: n.title.fr,
    title_en: n.title.en,
    summary_fr: n.summary.fr,
    summary_en: n.summary.en,
    body_fr: n.body.fr,
    body_en: n.body.en,
    dated: addDays(seedDay, -n.daysAgo),
    countries: n.countries,
    sectors: [...n.sectors] as string[],
    steps: n.steps as number[],
    status: n.status ?? 'published',
  }));
  const contacts = [
    ...data.regions.flatMap((r) => r.contacts.map((c) => contactRow(c, { region: r.code, country: null }))),
    ...data.countries.flatMap((c) => c.contacts.map((k) => contactRow(k, { region: null, country: c.iso2 }))),
  ];
  // Every ISO 3166-1 country gets a page, published even without editorial content.
  const editorial = new Map(data.countries.map((c) => [c.iso2, c]));
  const countries = ISO_COUNTRY_CODES.map((iso2) => {
    const page = editorial.get(iso2);
    return {
      iso2,
      intro_fr: page?.intro.fr ?? '',
      intro_en: page?.intro.en ?? '',
      sectors: [...(page?.sectors ?? [])] as string[],
      sources: page?.sources ?? [],
      status: page?.status ?? 'published',
    };
  });
  return { offers, events, news, contacts, countries };
}

/** The revision's content: the item as the back office sees it (its own row-to-content mapping). */
function revisionContent(kind: ContentKind, row: Record<string, unknown>): Record<string, unknown> {
  return contentKinds[kind].fromRow(row as ContentRow) as Record<string, unknown>;
}

type SeedTable =
  | 'portal_steps'
  | 'portal_providers'
  | 'portal_regions'
  | 'portal_offers'
  | 'portal_events'
  | 'portal_news'
  | 'portal_contacts'
  | 'portal_countries'
  | 'portal_revisions';

/**
 * One INSERT for a whole table: the rows travel as a single JSON parameter expanded by jsonb_populate_recordset
 * (thousands of bind parameters are slow on PGlite). `upsert` updates the other columns when they differ;
 * otherwise existing keys are left alone. Returns the keys written.
 */
async function insertRows(
  trx: Transaction<DB>,
  table: SeedTable,
  rows: Record<string, unknown>[],
  options: { key?: string; upsert?: boolean } = {},
): Promise<string[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  const key = options.key ? sql.ref(options.key) : null;
  const others = columns.filter((c) => c !== options.key);
  const conflict = !key
    ? sql``
    : options.upsert
      ? sql`ON CONFLICT (${key}) DO UPDATE SET ${sql.join(others.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}
          WHERE (${sql.join(others.map((c) => sql`${sql.table(table)}.${sql.ref(c)}`))})
            IS DISTINCT FROM (${sql.join(others.map((c) => sql`excluded.${sql.ref(c)}`))})`
      : sql`ON CONFLICT (${key}) DO NOTHING`;
  const result = await sql<{ key: string }>`
    INSERT INTO ${sql.table(table)} (${list})
    SELECT ${list} FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)
    ${conflict}
    RETURNING ${key ?? sql.lit(null)} AS key`.execute(trx);
  return result.rows.map((r) => String(r.key));
}

async function seedInTransaction(trx: Transaction<DB>, data: ReferenceData, today: Date): Promise<PortalSeedSummary> {
  const seedDay = today.toISOString().slice(0, 10);
  const now = new Date().toISOString();

  const steps: Insertable<PortalStepsTable>[] = data.steps.map((s) => ({
    id: s.id,
    slug: s.slug,
    name_fr: s.name.fr,
    name_en: s.name.en,
    summary_fr: s.summary.fr,
    summary_en: s.summary.en,
  }));
  const providers: Insertable<PortalProvidersTable>[] = data.providers.map((p, position) => ({
    id: p.id,
    name: p.name,
    short_name: p.shortName,
    kind: p.kind,
    team_france_export: p.teamFranceExport,
    description_fr: p.description.fr,
    description_en: p.description.en,
    url: p.url,
    position,
  }));
  const regions: Insertable<PortalRegionsTable>[] = data.regions.map((r) => ({
    code: r.code,
    slug: r.slug,
    name: r.name,
    export_site_url: r.exportSiteUrl,
    latitude: r.latitude,
    longitude: r.longitude,
  }));
  const upsert = { key: 'id', upsert: true };
  const summary: PortalSeedSummary = {
    steps: (await insertRows(trx, 'portal_steps', steps, upsert)).length,
    providers: (await insertRows(trx, 'portal_providers', providers, upsert)).length,
    regions: (await insertRows(trx, 'portal_regions', regions, { key: 'code', upsert: true })).length,
    offers: 0,
    events: 0,
    news: 0,
    contacts: 0,
    countries: 0,
    revisions: 0,
  };

  // Editable content: added when absent, published now (unless the file says otherwise), with a 'seed' revision.
  const rows = contentRows(data, seedDay);
  const revisions: Insertable<PortalRevisionsTable>[] = [];
  const addContent = async <R extends { status: ContentStatus }>(
    table: SeedTable,
    kind: ContentKind,
    items: R[],
    key: keyof R & string,
  ) => {
    const written = new Set(
      await insertRows(
        trx,
        table,
        items.map((r) => ({ ...r, published_at: r.status === 'published' ? now : null })),
        { key },
      ),
    );
    for (const row of items)
      if (written.has(String(row[key])))
        revisions.push({
          kind,
          item_id: String(row[key]),
          action: 'seed',
          content: revisionContent(kind, row) as never,
          author_id: null,
        });
    return written.size;
  };
  summary.offers = await addContent('portal_offers', 'offer', rows.offers, 'id');
  summary.events = await addContent('portal_events', 'event', rows.events, 'id');
  summary.news = await addContent('portal_news', 'news', rows.news, 'id');
  summary.contacts = await addContent('portal_contacts', 'contact', rows.contacts, 'id');
  summary.countries = await addContent('portal_countries', 'country', rows.countries, 'iso2');
  summary.revisions = (await insertRows(trx, 'portal_revisions', revisions as Record<string, unknown>[])).length;
  return summary;
}

/** Loads data/portal into the database; safe to run again (see the module header). */
export async function seedPortal(db: Kysely<DB>, options: SeedPortalOptions = {}): Promise<PortalSeedSummary> {
  const data = loadReferenceData(options.dir ?? DEFAULT_PORTAL_DATA_DIR);
  const today = options.today ?? new Date();
  const summary = db.isTransaction
    ? await seedInTransaction(db as Transaction<DB>, data, today)
    : await db.transaction().execute((trx) => seedInTransaction(trx, data, today));
  await refreshSearchLexicon(db);
  return summary;
}

/** One line for the CLI: what the seed wrote. */
export function describePortalSeed(s: PortalSeedSummary): string {
  const reference = s.steps + s.providers + s.regions;
  return (
    `Portal reference data: ${s.offers} offers, ${s.events} events, ${s.news} news items, ${s.contacts} contacts and ` +
    `${s.countries} country pages added; ` +
    (reference
      ? `${s.steps} steps, ${s.providers} providers and ${s.regions} regions written`
      : 'steps, providers and regions up to date')
  );
}
