// SQL of the directories: the French regions and the published contacts (regional advisers, the State's
// networks abroad, partner desks), with their provider.
import { type Kysely, sql } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { DB } from '../../db/schema.ts';
import type { ContactRow } from '../index.ts';

export interface RegionRow {
  code: string;
  slug: string;
  name: string;
  export_site_url: string;
  latitude: number | null;
  longitude: number | null;
}

export async function listRegions(db: Kysely<DB>): Promise<RegionRow[]> {
  return db
    .selectFrom('portal_regions')
    .select(['code', 'slug', 'name', 'export_site_url', 'latitude', 'longitude'])
    .orderBy('code')
    .execute();
}

export interface ContactFilter {
  /** Contacts based in one of these regions (INSEE codes). */
  regions?: string[];
  /** Contacts for one of these countries (ISO2). */
  countries?: string[];
  kinds?: readonly string[];
}

/** Published contacts matching every given criterion, their role in the language asked (French when missing). */
export async function publishedContacts(db: Kysely<DB>, filter: ContactFilter, lang: Lang): Promise<ContactRow[]> {
  const where = [sql`c.status = 'published'`];
  if (filter.regions) where.push(sql`c.region = ANY(${filter.regions}::text[])`);
  if (filter.countries) where.push(sql`c.country = ANY(${filter.countries}::text[])`);
  if (filter.kinds) where.push(sql`c.kind = ANY(${[...filter.kinds]}::text[])`);
  const result = await sql<ContactRow>`
    SELECT c.id, c.kind, c.name, c.provider_id, p.name AS provider_name, p.short_name AS provider_short_name,
      CASE WHEN ${lang} = 'en' AND c.role_en <> '' THEN c.role_en ELSE c.role_fr END AS role,
      c.region, r.name AS region_name, c.country, c.city, c.address, c.email, c.phone, c.url, c.steps
    FROM portal_contacts c
      LEFT JOIN portal_providers p ON p.id = c.provider_id
      LEFT JOIN portal_regions r ON r.code = c.region
    WHERE ${sql.join(where, sql` AND `)}`.execute(db);
  return result.rows;
}

/** The countries for which the directory has at least one published contact of the given kinds. */
export async function countriesWithContacts(db: Kysely<DB>, kinds: readonly string[]): Promise<Set<string>> {
  const result = await sql<{ country: string }>`
    SELECT DISTINCT country FROM portal_contacts
    WHERE status = 'published' AND country IS NOT NULL AND kind = ANY(${[...kinds]}::text[])`.execute(db);
  return new Set(result.rows.map((r) => r.country));
}
