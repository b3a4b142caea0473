// SQL of the export hotline: support requests (numbering, insert, lists) and the reference rows a request names.
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { DB, PortalSupportRequestsTable, RequestStatus } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface SupportRequestValues {
  reference: string;
  company_name: string;
  siren: string | null;
  region: string | null;
  countries: string[];
  sector: string;
  step: number | null;
  need: string;
  message: string;
  contact_name: string;
  email: string;
  phone: string;
  lang: 'fr' | 'en';
  user_id: string | null;
  organisation_id: string | null;
  amount_eur: number | null;
  consent_at: Date;
}

const columns = [
  'id',
  'reference',
  'company_name',
  'siren',
  'region',
  'countries',
  'sector',
  'step',
  'need',
  'message',
  'contact_name',
  'email',
  'phone',
  'lang',
  'user_id',
  'organisation_id',
  'status',
  'consent_at',
  'created_at',
] as const;

export type SupportRequestRow = Pick<Selectable<PortalSupportRequestsTable>, (typeof columns)[number]>;

/** The next request number and the current year in France, for the reference DEM-<year>-<number>. */
export async function nextRequestNumber(db: Executor): Promise<{ number: number; year: string }> {
  const result = await sql<{ number: number; year: string }>`
    SELECT nextval('portal_support_request_number')::int AS number,
           to_char(now() AT TIME ZONE 'Europe/Paris', 'YYYY') AS year`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('nextval returned no row');
  return { number: Number(row.number), year: row.year };
}

export async function insertSupportRequest(
  db: Executor,
  values: SupportRequestValues,
): Promise<{ id: string; reference: string; created_at: Date }> {
  return db
    .insertInto('portal_support_requests')
    .values(values)
    .returning(['id', 'reference', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function findRegion(db: Executor, code: string): Promise<{ code: string; name: string } | undefined> {
  return db.selectFrom('portal_regions').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function findStep(
  db: Executor,
  id: number,
): Promise<{ id: number; name_fr: string; name_en: string } | undefined> {
  return db.selectFrom('portal_steps').select(['id', 'name_fr', 'name_en']).where('id', '=', id).executeTakeFirst();
}

export interface SupportRequestFilter {
  userId?: string | undefined;
  organisationId?: string | undefined;
  status?: RequestStatus | undefined;
}

/** Newest first; `limit` rows from `offset`. */
export async function listSupportRequests(
  db: Executor,
  filter: SupportRequestFilter,
  page: { limit: number; offset: number },
): Promise<SupportRequestRow[]> {
  let query = db.selectFrom('portal_support_requests').select(columns);
  if (filter.userId) query = query.where('user_id', '=', filter.userId);
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query
    .orderBy('created_at', 'desc')
    .orderBy('reference', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function findSupportRequest(db: Executor, reference: string): Promise<SupportRequestRow | undefined> {
  return db.selectFrom('portal_support_requests').select(columns).where('reference', '=', reference).executeTakeFirst();
}
