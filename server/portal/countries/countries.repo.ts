// SQL of the country pages: the published editorial part of a page.
import type { Kysely } from 'kysely';
import type { DB, PortalCountrySource } from '../../db/schema.ts';

export interface CountryPageRow {
  iso2: string;
  intro_fr: string;
  intro_en: string;
  sectors: string[];
  sources: PortalCountrySource[];
}

export async function findPublishedCountryPage(db: Kysely<DB>, iso2: string): Promise<CountryPageRow | undefined> {
  return db
    .selectFrom('portal_countries')
    .select(['iso2', 'intro_fr', 'intro_en', 'sectors', 'sources'])
    .where('iso2', '=', iso2)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

export async function publishedCountryPages(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('portal_countries').select('iso2').where('status', '=', 'published').execute();
  return new Set(rows.map((r) => r.iso2));
}
