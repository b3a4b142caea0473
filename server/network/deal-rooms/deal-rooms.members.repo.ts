// Deal room members, SQL only: named users and agent teams (compartment_members), the facts their checks need,
// assignments between a room's outside members and its agents, and the people an agent may name.
import { type Kysely, sql } from 'kysely';
import { listedMember } from '../../access/directory.ts';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** Adds named users and teams; returns those actually added (already present ones are skipped). */
export async function insertMembers(
  db: Db,
  roomId: string,
  members: { userIds?: readonly string[]; organisationIds?: readonly string[] },
): Promise<{ userIds: string[]; organisationIds: string[] }> {
  const userIds: string[] = [];
  const organisationIds: string[] = [];
  for (const user_id of new Set(members.userIds ?? [])) {
    const row = await db
      .insertInto('compartment_members')
      .values({ compartment_id: roomId, user_id, organisation_id: null })
      .onConflict((oc) => oc.column('compartment_id').column('user_id').where('user_id', 'is not', null).doNothing())
      .returning('user_id')
      .executeTakeFirst();
    if (row) userIds.push(user_id);
  }
  for (const organisation_id of new Set(members.organisationIds ?? [])) {
    const row = await db
      .insertInto('compartment_members')
      .values({ compartment_id: roomId, user_id: null, organisation_id })
      .onConflict((oc) =>
        oc.column('compartment_id').column('organisation_id').where('organisation_id', 'is not', null).doNothing(),
      )
      .returning('organisation_id')
      .executeTakeFirst();
    if (row) organisationIds.push(organisation_id);
  }
  return { userIds, organisationIds };
}

/** Each outside member gets each agent as assigned (they see and may write to them); existing rows are kept. */
export async function insertAssignments(
  db: Db,
  memberIds: readonly string[],
  agentIds: readonly string[],
  createdBy: string,
): Promise<void> {
  const rows = memberIds.flatMap((member_id) =>
    agentIds
      .filter((agent_id) => agent_id !== member_id)
      .map((agent_id) => ({ member_id, agent_id, reason: 'deal_room' as const, created_by: createdBy })),
  );
  if (rows.length === 0) return;
  await db
    .insertInto('net_assignments')
    .values(rows)
    .onConflict((oc) => oc.columns(['member_id', 'agent_id']).doNothing())
    .execute();
}

export interface UserFacts {
  id: string;
  name: string;
  audience: 'company' | 'partner' | 'agent';
  organisation_id: string;
  organisation: string;
  organisation_kind: string;
  listed: boolean;
}

export async function findUsers(db: Db, ids: readonly string[]): Promise<UserFacts[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'u.audience',
      'u.organisation_id',
      'o.name as organisation',
      'o.kind as organisation_kind',
      sql<boolean>`${listedMember('u')}`.as('listed'),
    ])
    .where('u.id', 'in', [...ids])
    .execute();
}

export interface OrganisationFacts {
  id: string;
  name: string;
  kind: string;
  has_agents: boolean;
}

export async function findOrganisations(db: Db, ids: readonly string[]): Promise<OrganisationFacts[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations as o')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      sql<boolean>`EXISTS (SELECT 1 FROM users AS a WHERE a.organisation_id = o.id AND a.audience = 'agent')`.as(
        'has_agents',
      ),
    ])
    .where('o.id', 'in', [...ids])
    .execute();
}

/** Named members with what MemberRef needs, and the teams. */
export async function roomMembers(db: Db, roomId: string) {
  const users = await db
    .selectFrom('compartment_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.name',
      'u.audience',
      'u.organisation_id',
      'o.name as organisation',
      'p.verified_at',
      'm.added_at',
    ])
    .where('m.compartment_id', '=', roomId)
    .orderBy('u.audience')
    .orderBy('u.name')
    .execute();
  const teams = await db
    .selectFrom('compartment_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'm.added_at'])
    .where('m.compartment_id', '=', roomId)
    .orderBy('o.name')
    .execute();
  return { users, teams };
}

export async function deleteMember(db: Db, roomId: string, memberId: string): Promise<'user' | 'team' | null> {
  const removed = (column: 'user_id' | 'organisation_id') =>
    db
      .deleteFrom('compartment_members')
      .where('compartment_id', '=', roomId)
      .where(column, '=', memberId)
      .returning('id')
      .executeTakeFirst();
  if (await removed('user_id')) return 'user';
  return (await removed('organisation_id')) ? 'team' : null;
}

/**
 * How many agents would remain in the room without `memberId` (named agents, and agents of member teams).
 * Locks the room's member rows so two concurrent removals cannot both pass.
 */
export async function agentsLeftWithout(db: Db, roomId: string, memberId: string): Promise<number> {
  await sql`SELECT 1 FROM net_deal_rooms WHERE id = ${roomId} FOR UPDATE`.execute(db);
  const row = await sql<{ n: string }>`
    SELECT count(DISTINCT a.id) AS n FROM compartment_members AS m
    JOIN users AS a ON a.audience = 'agent' AND a.active
      AND (a.id = m.user_id OR a.organisation_id = m.organisation_id)
    WHERE m.compartment_id = ${roomId}
      AND m.user_id IS DISTINCT FROM ${memberId}::uuid AND m.organisation_id IS DISTINCT FROM ${memberId}::uuid`.execute(
    db,
  );
  return Number(row.rows[0]?.n ?? 0);
}

/** The named agents of the room. */
export const roomNamedAgentIds = (db: Db, roomId: string) => namedMemberIds(db, roomId, 'agents');

/** The named outside members (companies and partners) of the room. */
export const roomOutsiderIds = (db: Db, roomId: string) => namedMemberIds(db, roomId, 'outsiders');

async function namedMemberIds(db: Db, roomId: string, who: 'agents' | 'outsiders'): Promise<string[]> {
  const rows = await db
    .selectFrom('compartment_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.compartment_id', '=', roomId)
    .where('u.audience', who === 'agents' ? '=' : '<>', 'agent')
    .execute();
  return rows.map((r) => r.id);
}

/** Who may be named in a room: listed agents and partners, and the listed users of the given companies. */
export async function findCandidates(
  db: Db,
  options: { q: string; companyIds: readonly string[]; excludeRoomId: string | null; limit: number },
) {
  let query = db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
    .where(listedMember('u'))
    .where((eb) =>
      options.companyIds.length === 0
        ? eb('u.audience', 'in', ['agent', 'partner'])
        : eb.or([eb('u.audience', 'in', ['agent', 'partner']), eb('u.organisation_id', 'in', [...options.companyIds])]),
    );
  const q = options.q.trim().toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => {
      const matches = (name: 'u.name' | 'o.name') =>
        eb(
          eb.fn('immutable_unaccent', [eb.fn('lower', [name])]),
          'like',
          eb.fn('immutable_unaccent', [eb.val(pattern)]),
        );
      return eb.or([matches('u.name'), matches('o.name')]);
    });
  }
  if (options.excludeRoomId) {
    const roomId = options.excludeRoomId;
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('compartment_members as m')
            .select('m.id')
            .where('m.compartment_id', '=', roomId)
            .whereRef('m.user_id', '=', 'u.id'),
        ),
      ),
    );
  }
  // The company's own people first, then by name.
  return query
    .orderBy(sql`CASE WHEN u.audience = 'company' THEN 0 ELSE 1 END`)
    .orderBy('u.name')
    .limit(options.limit)
    .execute();
}
