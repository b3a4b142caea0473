// The front office, SQL only: requests as company files (the request row is level 3 in its compartment), their
// queue, named members and teams, the timeline (net_request_events), and the names the views show. Callers check
// access first; every list is filtered with the access policy's `visibleTo`.
import { type Kysely, type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import { FRONT_OFFICE_TARGETS, ROUTABLE_ORGANISATION_KINDS } from '../../../common/network-terms.ts';
import { listedMember } from '../../access/directory.ts';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB, PortalSupportRequestsTable, RequestEventKind, RequestStatus } from '../../db/schema.ts';

type Db = Kysely<DB>;

const requestColumns = [
  'r.id',
  'r.reference',
  'r.company_name',
  'r.siren',
  'r.region',
  'r.countries',
  'r.sector',
  'r.step',
  'r.need',
  'r.message',
  'r.contact_name',
  'r.email',
  'r.phone',
  'r.user_id',
  'r.organisation_id',
  'r.status',
  'r.created_at',
  'r.level',
  'r.tlp',
  'r.compartment_id',
  'r.queue_id',
  'r.assignee_id',
  'r.routed_to_id',
  'r.routed_contact_id',
  'r.deal_room_id',
  'r.amount_eur',
  'r.triaged_at',
  'r.closed_at',
  'r.updated_at',
] as const;

type Unqualified<C> = C extends `r.${infer Column}` ? Column : never;

/** A request with every column the front office reads; `amount_eur` (bigint) is a number once normalised. */
export type RequestRow = Pick<Selectable<PortalSupportRequestsTable>, Unqualified<(typeof requestColumns)[number]>>;

// `amount_eur` is a bigint: pg returns it as a string.
const normalise = <T extends { amount_eur: number | string | null }>(row: T) => ({
  ...row,
  amount_eur: row.amount_eur === null ? null : Number(row.amount_eur),
});

/** One request by id or reference, whoever asks (callers check `canRead`); locked for update in a transaction. */
export async function findRequest(
  db: Db,
  key: { id: string } | { reference: string },
  options: { lock?: boolean } = {},
): Promise<RequestRow | undefined> {
  let query = db.selectFrom('portal_support_requests as r').select(requestColumns);
  query = 'id' in key ? query.where('r.id', '=', key.id) : query.where('r.reference', '=', key.reference);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? normalise(row) : undefined;
}

// --- Intake ---------------------------------------------------------------------------------------------------

/** The embassy for a country (the oldest if several); else the central front office (the oldest ministry). */
export async function findQueue(db: Db, country: string | null): Promise<{ id: string } | undefined> {
  if (country) {
    const embassy = await db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'diplomatic_post')
      .where('country', '=', country)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
    if (embassy) return embassy;
  }
  return db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'ministry')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

export async function insertCompartment(db: Db, name: string, createdBy: string | null): Promise<string> {
  const row = await db
    .insertInto('compartments')
    .values({ kind: 'company_file', name, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a named member; false when already there. */
export async function addNamedMember(db: Db, compartmentId: string, userId: string): Promise<boolean> {
  const row = await db
    .insertInto('compartment_members')
    .values({ compartment_id: compartmentId, user_id: userId, organisation_id: null })
    .onConflict((oc) => oc.column('compartment_id').column('user_id').where('user_id', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds an agent team; false when already there. */
export async function addTeam(db: Db, compartmentId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .insertInto('compartment_members')
    .values({ compartment_id: compartmentId, user_id: null, organisation_id: organisationId })
    .onConflict((oc) =>
      oc.column('compartment_id').column('organisation_id').where('organisation_id', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateRequest(
  db: Db,
  id: string,
  values: Partial<{
    compartment_id: string;
    queue_id: string | null;
    assignee_id: string | null;
    routed_to_id: string | null;
    routed_contact_id: string | null;
    deal_room_id: string | null;
    status: RequestStatus;
    triaged_at: Date | null;
    closed_at: Date | null;
  }>,
): Promise<void> {
  await db
    .updateTable('portal_support_requests')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export interface NewEvent {
  requestId: string;
  actorId: string | null;
  kind: RequestEventKind;
  status?: RequestStatus | null;
  details?: Record<string, unknown>;
  body?: string | null;
  /** 3: the whole file, the company included; 2: the agents of the file only. */
  level: 2 | 3;
  compartmentId: string;
}

export async function insertEvent(db: Db, event: NewEvent): Promise<number> {
  const row = await db
    .insertInto('net_request_events')
    .values({
      request_id: event.requestId,
      actor_id: event.actorId,
      kind: event.kind,
      status: event.status ?? null,
      details: JSON.stringify(event.details ?? {}),
      body: event.body ?? null,
      level: event.level,
      tlp: event.level === 3 ? 'AMBER' : 'AMBER+STRICT',
      compartment_id: event.compartmentId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The requester gets the assignee as an assigned agent (reason 'request'); an existing row is kept. */
export async function insertAssignment(db: Db, memberId: string, agentId: string, createdBy: string): Promise<void> {
  await db
    .insertInto('net_assignments')
    .values({ member_id: memberId, agent_id: agentId, reason: 'request', created_by: createdBy })
    .onConflict((oc) => oc.columns(['member_id', 'agent_id']).doNothing())
    .execute();
}

/** The active agents of an organisation (a queue's or a partner's team), for notifications. */
export async function agentIdsOf(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.organisation_id', '=', organisationId)
    .where('u.audience', '=', 'agent')
    .where(listedMember('u'))
    .execute();
  return rows.map((r) => r.id);
}

/** Above this many agents, an organisation is not one team: its queue's new requests are not announced to all. */
export const FRONT_OFFICE_TEAM_MAX = 50;
/** How far back handling a queue's requests makes an agent one of those who hear of the new ones. */
const HANDLED_WITHIN = '180 days';

/**
 * Who hears of a new request in a queue: the organisation's agents when they are a team (an embassy's service, up
 * to FRONT_OFFICE_TEAM_MAX); in a larger one (the ministry: thousands of agents), only the agents who handled its
 * requests lately (assigned to one updated in the last HANDLED_WITHIN). The request waits in the queue either way.
 */
export async function queueWatcherIds(db: Db, queueId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH team AS (
      SELECT u.id FROM users AS u
      WHERE u.organisation_id = ${queueId} AND u.audience = 'agent' AND ${listedMember('u')}
      LIMIT ${FRONT_OFFICE_TEAM_MAX + 1})
    SELECT id FROM team WHERE (SELECT count(*) FROM team) <= ${FRONT_OFFICE_TEAM_MAX}
    UNION
    SELECT DISTINCT u.id FROM portal_support_requests AS r JOIN users AS u ON u.id = r.assignee_id
    WHERE r.queue_id = ${queueId} AND r.updated_at > now() - ${HANDLED_WITHIN}::interval
      AND u.organisation_id = ${queueId} AND u.audience = 'agent' AND ${listedMember('u')}
      AND (SELECT count(*) FROM team) > ${FRONT_OFFICE_TEAM_MAX}`.execute(db);
  return result.rows.map((row) => row.id);
}

// --- Lists ----------------------------------------------------------------------------------------------------

const hours = (n: number) => sql`(now() - ${sql.lit(n)} * interval '1 hour')`;

/** SQL: the request `r` is past its target (triage while new, routing while new or triaged). */
export function overdueCondition(): RawBuilder<SqlBool> {
  return sql<SqlBool>`((r.status = 'new' AND r.created_at < ${hours(FRONT_OFFICE_TARGETS.triageHours)})
    OR (r.status IN ('new', 'triaged') AND r.created_at < ${hours(FRONT_OFFICE_TARGETS.routeHours)}))`;
}

export interface ListFilter {
  status?: RequestStatus | undefined;
  queueId?: string | undefined;
  assigneeId?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  sort: 'waiting' | 'recent';
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function visibleRequests(db: Db, viewer: Viewer, filter: ListFilter) {
  let query = db
    .selectFrom('portal_support_requests as r')
    .where('r.compartment_id', 'is not', null)
    .where(visibleTo(viewer, { level: 'r.level', compartmentId: 'r.compartment_id' }));
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.queueId) query = query.where('r.queue_id', '=', filter.queueId);
  if (filter.assigneeId) query = query.where('r.assignee_id', '=', filter.assigneeId);
  if (filter.overdue === true) query = query.where(overdueCondition());
  if (filter.overdue === false) query = query.where(sql<SqlBool>`NOT ${overdueCondition()}`);
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${likeEscape(q.toLowerCase())}%`;
    query = query.where(
      sql<SqlBool>`(lower(r.reference) LIKE ${pattern}
        OR immutable_unaccent(lower(r.company_name)) LIKE immutable_unaccent(${pattern}))`,
    );
  }
  return query;
}

/** The requests the viewer may read, filtered; longest waiting first, or newest first. Never ordered by amount. */
export async function listVisibleRequests(
  db: Db,
  viewer: Viewer,
  filter: ListFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: RequestRow[]; total: number }> {
  const base = visibleRequests(db, viewer, filter);
  const direction = filter.sort === 'waiting' ? 'asc' : 'desc';
  const [rows, count] = await Promise.all([
    base
      .select(requestColumns)
      .orderBy('r.created_at', direction)
      .orderBy('r.reference', direction)
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(normalise), total: Number(count.n) };
}

/** Counts by queue and status of the requests the viewer may read, with the overdue ones. */
export async function queueCounts(
  db: Db,
  viewer: Viewer,
): Promise<{ queue_id: string; name: string; kind: string; status: RequestStatus; n: number; overdue: number }[]> {
  const rows = await db
    .selectFrom('portal_support_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.queue_id')
    .where('r.compartment_id', 'is not', null)
    .where(visibleTo(viewer, { level: 'r.level', compartmentId: 'r.compartment_id' }))
    .select([
      'r.queue_id',
      'o.name',
      'o.kind',
      'r.status',
      sql<number>`count(*)`.as('n'),
      sql<number>`count(*) FILTER (WHERE ${overdueCondition()})`.as('overdue'),
    ])
    .groupBy(['r.queue_id', 'o.name', 'o.kind', 'r.status'])
    .execute();
  return rows.map((r) => ({ ...r, queue_id: r.queue_id!, n: Number(r.n), overdue: Number(r.overdue) }));
}

export async function findOrganisation(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; kind: string; country: string | null } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'country'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Organisations a request may be routed to, by name. */
export async function routableOrganisations(
  db: Db,
  q: string | undefined,
  limit: number,
): Promise<{ id: string; name: string; kind: string; country: string | null }[]> {
  let query = db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name', 'o.kind', 'o.country'])
    .where('o.kind', 'in', [...ROUTABLE_ORGANISATION_KINDS]);
  const text = q?.trim();
  if (text) {
    const pattern = `%${likeEscape(text.toLowerCase())}%`;
    query = query.where(sql<SqlBool>`immutable_unaccent(lower(o.name)) LIKE immutable_unaccent(${pattern})`);
  }
  return query.orderBy('o.name').orderBy('o.id').limit(limit).execute();
}

export * from './front-office.names.repo.ts';
