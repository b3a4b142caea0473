// The journey's rules: the six steps with their published offer counts, a step's page (its offers and the
// contacts to ask, regional export advisers and partners' desks first), the partners in their set order.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { Contact, ProviderList, Step, StepList, StepPage } from '../../../common/schemas/portal.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { countryName, listOfferSummaries } from '../catalogue/catalogue.service.ts';
import { collators } from '../catalogue/facets.ts';
import * as repo from './journey.repo.ts';

export interface JourneyDeps {
  db: Kysely<DB>;
  lang: Lang;
}

const presentStep = (row: repo.StepRow): Step => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  summary: row.summary,
  offerCount: row.offer_count,
});

export function presentContact(row: repo.ContactRow): Contact {
  return {
    id: row.id,
    kind: row.kind as Contact['kind'],
    name: row.name,
    provider:
      row.provider_id && row.provider_name !== null && row.provider_short_name !== null
        ? { id: row.provider_id, name: row.provider_name, shortName: row.provider_short_name }
        : null,
    role: row.role,
    region: row.region,
    country: row.country,
    city: row.city,
    address: row.address,
    email: row.email,
    phone: row.phone,
    url: row.url,
    steps: [...row.steps].sort((a, b) => a - b),
  };
}

export async function listSteps(deps: JourneyDeps): Promise<StepList> {
  return { items: (await repo.listSteps(deps.db, deps.lang)).map(presentStep) };
}

/** Contacts a company asks first at a step: the regions' export advisers, then the partners' desks. */
const kindOrder: Record<string, number> = { regional_export: 0, provider_desk: 1 };

export async function getStepPage(deps: JourneyDeps, slug: string): Promise<StepPage> {
  const step = await repo.findStepBySlug(deps.db, slug, deps.lang);
  if (!step) throw new AppError('ERR_NOT_FOUND');
  const [offers, contacts] = await Promise.all([
    listOfferSummaries(deps.db, { step: step.id }, deps.lang),
    repo.findStepContacts(deps.db, step.id, deps.lang),
  ]);
  const collator = collators[deps.lang];
  const place = (c: repo.ContactRow) =>
    c.region_name ?? (c.country ? (countryName(c.country, deps.lang) ?? c.country) : '\uffff');
  contacts.sort(
    (a, b) =>
      (kindOrder[a.kind] ?? 2) - (kindOrder[b.kind] ?? 2) ||
      collator.compare(place(a), place(b)) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { step: presentStep(step), offers, contacts: contacts.map(presentContact) };
}

export async function listProviders(deps: JourneyDeps): Promise<ProviderList> {
  const rows = await repo.listProviders(deps.db, deps.lang);
  return {
    items: rows.map((p) => ({
      id: p.id,
      name: p.name,
      shortName: p.short_name,
      kind: p.kind,
      teamFranceExport: p.team_france_export,
      description: p.description,
      url: p.url,
      offerCount: p.offer_count,
    })),
  };
}
