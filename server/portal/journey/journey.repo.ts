// SQL of the journey: the six steps with their published offer counts, the providers (partners) with theirs, and
// the published contacts to ask at a step.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Column of the request's language: the name is picked from a closed set, never from input. */
const col = (base: string, lang: Lang) => sql.ref(`${base}_${lang}`);

export interface StepRow {
  id: number;
  slug: string;
  name: string;
  summary: string;
  offer_count: number;
}

const stepColumns = (lang: Lang) => sql`s.id, s.slug, ${col('s.name', lang)} AS name,
  ${col('s.summary', lang)} AS summary,
  (SELECT count(*) FROM portal_offers o WHERE o.status = 'published' AND s.id = ANY(o.steps))::int AS offer_count`;

export async function listSteps(db: Executor, lang: Lang): Promise<StepRow[]> {
  const result = await sql<StepRow>`SELECT ${stepColumns(lang)} FROM portal_steps s ORDER BY s.id`.execute(db);
  return result.rows;
}

export async function findStepBySlug(db: Executor, slug: string, lang: Lang): Promise<StepRow | undefined> {
  const result = await sql<StepRow>`SELECT ${stepColumns(lang)} FROM portal_steps s WHERE s.slug = ${slug}`.execute(db);
  return result.rows[0];
}

export interface ProviderRow {
  id: string;
  name: string;
  short_name: string;
  kind: 'public' | 'private' | 'association';
  team_france_export: boolean;
  description: string;
  url: string;
  offer_count: number;
}

export async function listProviders(db: Executor, lang: Lang): Promise<ProviderRow[]> {
  const result = await sql<ProviderRow>`
    SELECT p.id, p.name, p.short_name, p.kind, p.team_france_export, ${col('p.description', lang)} AS description,
      p.url,
      (SELECT count(*) FROM portal_offers o WHERE o.status = 'published' AND o.provider_id = p.id)::int AS offer_count
    FROM portal_providers p
    ORDER BY p.position, p.name, p.id`.execute(db);
  return result.rows;
}

export interface ContactRow {
  id: string;
  kind: string;
  name: string;
  provider_id: string | null;
  provider_name: string | null;
  provider_short_name: string | null;
  role: string;
  region: string | null;
  region_name: string | null;
  country: string | null;
  city: string;
  address: string;
  email: string;
  phone: string;
  url: string;
  steps: number[];
}

/** Published contacts listing the step, in no particular order (the service sorts). */
export async function findStepContacts(db: Executor, step: number, lang: Lang): Promise<ContactRow[]> {
  const result = await sql<ContactRow>`
    SELECT c.id, c.kind, c.name, c.provider_id, p.name AS provider_name, p.short_name AS provider_short_name,
      ${col('c.role', lang)} AS role, c.region, r.name AS region_name, c.country, c.city, c.address, c.email, c.phone, c.url, c.steps
    FROM portal_contacts c
      LEFT JOIN portal_providers p ON p.id = c.provider_id
      LEFT JOIN portal_regions r ON r.code = c.region
    WHERE c.status = 'published' AND ${step}::smallint = ANY(c.steps)`.execute(db);
  return result.rows;
}
