// SQL of the prerendered portal pages: plain SELECTs of published rows in French, one query per page (related
// lists come back as JSON arrays from sub-selects). Search, facets and the rules of each feature stay in the
// features' own modules; these pages only show what is published.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

export interface OfferItem {
  id: string;
  title: string;
  summary: string;
  provider: string;
}

export interface ContactItem {
  id: string;
  kind: string;
  name: string;
  role: string;
  city: string;
  address: string;
  email: string;
  phone: string;
  url: string;
}

export interface EventItem {
  id: string;
  title: string;
  summary: string;
  type: string;
  starts_at: string;
  ends_at: string;
  timezone: string;
  online: boolean;
  city: string;
  country: string | null;
}

export interface NewsItem {
  id: string;
  title: string;
  summary: string;
  dated: string;
}

/** A published offer as a list shows it (JSON built in SQL). Needs `o` (offers) and `p` (providers). */
const offerItemJson = sql`json_build_object('id', o.id, 'title', o.title_fr, 'summary', o.summary_fr,
  'provider', p.short_name)`;
const contactItemJson = sql`json_build_object('id', c.id, 'kind', c.kind, 'name', c.name, 'role', c.role_fr,
  'city', c.city, 'address', c.address, 'email', c.email, 'phone', c.phone, 'url', c.url)`;
const eventItemJson = sql`json_build_object('id', e.id, 'title', e.title_fr, 'summary', e.summary_fr, 'type', e.type,
  'starts_at', e.starts_at, 'ends_at', e.ends_at, 'timezone', e.timezone, 'online', e.online, 'city', e.city,
  'country', e.country)`;

export interface StepRow {
  id: number;
  slug: string;
  name: string;
  summary: string;
  offer_count: number;
}

export async function listSteps(db: Db): Promise<StepRow[]> {
  const { rows } = await sql<StepRow>`
    SELECT s.id, s.slug, s.name_fr AS name, s.summary_fr AS summary,
      (SELECT count(*)::int FROM portal_offers o WHERE o.status = 'published' AND s.id = ANY (o.steps)) AS offer_count
    FROM portal_steps s ORDER BY s.id`.execute(db);
  return rows;
}

export interface StepPageRow extends StepRow {
  offers: OfferItem[];
  contacts: ContactItem[];
}

export async function findStepPage(db: Db, slug: string): Promise<StepPageRow | undefined> {
  const { rows } = await sql<StepPageRow>`
    SELECT s.id, s.slug, s.name_fr AS name, s.summary_fr AS summary, 0 AS offer_count,
      coalesce((SELECT json_agg(${offerItemJson} ORDER BY o.title_fr)
        FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
        WHERE o.status = 'published' AND s.id = ANY (o.steps)), '[]') AS offers,
      coalesce((SELECT json_agg(${contactItemJson} ORDER BY c.name)
        FROM portal_contacts c WHERE c.status = 'published' AND s.id = ANY (c.steps)), '[]') AS contacts
    FROM portal_steps s WHERE s.slug = ${slug}`.execute(db);
  const row = rows[0];
  return row && { ...row, offer_count: row.offers.length };
}

export interface OfferListRow extends OfferItem {
  type: string;
  price: string;
}

export async function listOffers(db: Db, limit: number): Promise<OfferListRow[]> {
  const { rows } = await sql<OfferListRow>`
    SELECT o.id, o.title_fr AS title, o.summary_fr AS summary, p.short_name AS provider, o.type, o.price
    FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
    WHERE o.status = 'published' ORDER BY o.title_fr LIMIT ${limit}`.execute(db);
  return rows;
}

export interface OfferRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  steps: number[];
  type: string;
  company_sizes: string[];
  maturities: string[];
  sectors: string[];
  price: string;
  price_note: string;
  url: string;
  updated_at: Date;
  provider_id: string;
  provider_name: string;
  provider_short_name: string;
  provider_url: string;
  step_links: { slug: string; name: string }[];
}

export async function findOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  const { rows } = await sql<OfferRow>`
    SELECT o.id, o.title_fr AS title, o.summary_fr AS summary, o.description_fr AS description, o.steps, o.type,
      o.company_sizes, o.maturities, o.sectors, o.price, o.price_note_fr AS price_note, o.url, o.updated_at,
      p.id AS provider_id, p.name AS provider_name, p.short_name AS provider_short_name, p.url AS provider_url,
      coalesce((SELECT json_agg(json_build_object('slug', s.slug, 'name', s.name_fr) ORDER BY s.id)
        FROM portal_steps s WHERE s.id = ANY (o.steps)), '[]') AS step_links
    FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
    WHERE o.id = ${id} AND o.status = 'published'`.execute(db);
  return rows[0];
}

export interface ProviderRow {
  id: string;
  name: string;
  short_name: string;
  kind: string;
  team_france_export: boolean;
  description: string;
  url: string;
  offer_count: number;
}

export async function listProviders(db: Db): Promise<ProviderRow[]> {
  const { rows } = await sql<ProviderRow>`
    SELECT p.id, p.name, p.short_name, p.kind, p.team_france_export, p.description_fr AS description, p.url,
      (SELECT count(*)::int FROM portal_offers o WHERE o.status = 'published' AND o.provider_id = p.id) AS offer_count
    FROM portal_providers p ORDER BY p.position, p.name`.execute(db);
  return rows;
}

export interface RegionRow {
  code: string;
  name: string;
  export_site_url: string;
  contacts: ContactItem[];
}

export async function listRegions(db: Db): Promise<RegionRow[]> {
  const { rows } = await sql<RegionRow>`
    SELECT r.code, r.name, r.export_site_url,
      coalesce((SELECT json_agg(${contactItemJson} ORDER BY c.name)
        FROM portal_contacts c WHERE c.status = 'published' AND c.region = r.code), '[]') AS contacts
    FROM portal_regions r ORDER BY r.name`.execute(db);
  return rows;
}

export interface CountryPageRow {
  /** The editable part; null when the page is not published (the page is then not found). */
  page: { intro: string; sectors: string[]; sources: { title: string; publisher: string; url: string }[] } | null;
  contacts: ContactItem[];
  offers: OfferItem[];
  events: EventItem[];
}

export async function findCountryPage(db: Db, iso2: string, now: Date): Promise<CountryPageRow> {
  const { rows } = await sql<CountryPageRow>`
    SELECT
      (SELECT json_build_object('intro', pc.intro_fr, 'sectors', pc.sectors, 'sources', pc.sources)
        FROM portal_countries pc WHERE pc.iso2 = ${iso2} AND pc.status = 'published') AS page,
      coalesce((SELECT json_agg(${contactItemJson} ORDER BY c.kind, c.name)
        FROM portal_contacts c WHERE c.status = 'published' AND c.country = ${iso2}), '[]') AS contacts,
      coalesce((SELECT json_agg(${offerItemJson} ORDER BY o.title_fr)
        FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
        WHERE o.status = 'published' AND ${iso2} = ANY (o.countries)), '[]') AS offers,
      coalesce((SELECT json_agg(${eventItemJson} ORDER BY e.starts_at)
        FROM (SELECT ev.id, ev.title_fr, ev.summary_fr, ev.type, ev.starts_at, ev.ends_at, ev.timezone, ev.online,
            ev.city, ev.country
          FROM portal_events ev
          WHERE ev.status = 'published' AND ev.ends_at >= ${now} AND (ev.country = ${iso2} OR ${iso2} = ANY (ev.countries))
          ORDER BY ev.starts_at LIMIT 20) e), '[]') AS events`.execute(db);
  return rows[0] as CountryPageRow;
}

/** The countries whose page is published. */
export async function publishedCountryCodes(db: Db): Promise<Set<string>> {
  const { rows } = await sql<{ iso2: string }>`
    SELECT iso2 FROM portal_countries WHERE status = 'published'`.execute(db);
  return new Set(rows.map((r) => r.iso2));
}

export async function listUpcomingEvents(db: Db, now: Date, limit: number): Promise<EventItem[]> {
  const { rows } = await sql<EventItem>`
    SELECT e.id, e.title_fr AS title, e.summary_fr AS summary, e.type, e.starts_at, e.ends_at, e.timezone, e.online,
      e.city, e.country
    FROM portal_events e WHERE e.status = 'published' AND e.ends_at >= ${now}
    ORDER BY e.starts_at LIMIT ${limit}`.execute(db);
  return rows;
}

export interface EventRow extends Omit<EventItem, 'starts_at' | 'ends_at'> {
  starts_at: Date;
  ends_at: Date;
  description: string;
  venue: string;
  countries: string[];
  sectors: string[];
  price: string;
  url: string;
  provider_name: string | null;
  provider_url: string | null;
}

export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  const { rows } = await sql<EventRow>`
    SELECT e.id, e.title_fr AS title, e.summary_fr AS summary, e.description_fr AS description, e.type, e.starts_at,
      e.ends_at, e.timezone, e.online, e.venue, e.city, e.country, e.countries, e.sectors, e.price, e.url,
      p.name AS provider_name, p.url AS provider_url
    FROM portal_events e LEFT JOIN portal_providers p ON p.id = e.provider_id
    WHERE e.id = ${id} AND e.status = 'published'`.execute(db);
  return rows[0];
}

export async function listNews(db: Db, limit: number): Promise<NewsItem[]> {
  const { rows } = await sql<NewsItem>`
    SELECT n.id, n.title_fr AS title, n.summary_fr AS summary, n.dated
    FROM portal_news n WHERE n.status = 'published' ORDER BY n.dated DESC, n.id LIMIT ${limit}`.execute(db);
  return rows;
}

export interface NewsRow extends NewsItem {
  body: string;
  updated_at: Date;
}

export async function findNews(db: Db, id: string): Promise<NewsRow | undefined> {
  const { rows } = await sql<NewsRow>`
    SELECT n.id, n.title_fr AS title, n.summary_fr AS summary, n.body_fr AS body, n.dated, n.updated_at
    FROM portal_news n WHERE n.id = ${id} AND n.status = 'published'`.execute(db);
  return rows[0];
}

export interface SitemapRow {
  kind: 'offer' | 'event' | 'news' | 'country' | 'step' | 'contacts';
  key: string;
  updated_at: Date | null;
}

/** Every published item with a page of its own, and the last change of the contacts (regions page). */
export async function sitemapRows(db: Db): Promise<SitemapRow[]> {
  const { rows } = await sql<SitemapRow>`
    SELECT 'offer' AS kind, id AS key, updated_at FROM portal_offers WHERE status = 'published'
    UNION ALL SELECT 'event', id, updated_at FROM portal_events WHERE status = 'published'
    UNION ALL SELECT 'news', id, updated_at FROM portal_news WHERE status = 'published'
    UNION ALL SELECT 'country', iso2, updated_at FROM portal_countries WHERE status = 'published'
    UNION ALL SELECT 'step', s.slug, (SELECT max(o.updated_at) FROM portal_offers o
      WHERE o.status = 'published' AND s.id = ANY (o.steps)) FROM portal_steps s
    UNION ALL SELECT 'contacts', '', max(updated_at) FROM portal_contacts WHERE status = 'published'`.execute(db);
  return rows;
}
