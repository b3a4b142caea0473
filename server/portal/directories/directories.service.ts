// The regional directory: the 18 French regions, each with its published export contacts.
import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { Contact, RegionList } from '../../../common/schemas/portal.ts';
import type { DB } from '../../db/schema.ts';
import { type ContactRow, presentContact } from '../index.ts';
import * as repo from './directories.repo.ts';

export interface DirectoriesDeps {
  db: Kysely<DB>;
  lang: Lang;
}

const collator = new Intl.Collator('fr');

/** Contacts by name in French collation (the database's collation varies between engines). */
export const byContactName = (a: Contact, b: Contact) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

export async function listRegions(deps: DirectoriesDeps): Promise<Static<typeof RegionList>> {
  const regions = await repo.listRegions(deps.db);
  const contacts = await repo.publishedContacts(deps.db, { regions: regions.map((r) => r.code) }, deps.lang);
  const byRegion = new Map<string | null, ContactRow[]>();
  for (const c of contacts) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
  const items = regions.map((r) => ({
    code: r.code,
    slug: r.slug,
    name: r.name,
    exportSiteUrl: r.export_site_url,
    latitude: r.latitude,
    longitude: r.longitude,
    contacts: (byRegion.get(r.code) ?? []).map(presentContact).sort(byContactName),
  }));
  items.sort((a, b) => collator.compare(a.name, b.name));
  return { items };
}
