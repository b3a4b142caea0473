// Members, SQL only: directory rows (users + organisation + profile) filtered by the directory rule, search,
// autocomplete, the spaces a member is in, profiles, the search index, verification, activation, assignments.
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { sectorLabels } from '../../../common/network-terms.ts';
import { assignedAgentIds, listedMember, memberVisibleTo, messageableBy } from '../../access/directory.ts';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { Audience, DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

export interface MemberRow {
  id: string;
  name: string;
  audience: Audience;
  organisation_id: string;
  organisation: string;
  active: boolean;
  title: string | null;
  country: string | null;
  sectors: string[] | null;
  expertise: string[] | null;
  languages: string[] | null;
  bio: string | null;
  public_profile: boolean | null;
  verified_at: Date | null;
  listed: boolean;
  can_message: boolean;
  assigned: boolean;
}

/** "Linked by an assignment": for outsiders, an agent assigned to them; for agents, a member they are assigned to. */
function assignedColumn(viewer: Viewer): RawBuilder<boolean> {
  if (viewer.userId === null) return sql<boolean>`false`;
  if (viewer.audience === 'agent') {
    return sql<boolean>`EXISTS (SELECT 1 FROM net_assignments AS mine
      WHERE mine.member_id = u.id AND mine.agent_id = ${viewer.userId})`;
  }
  return sql<boolean>`(u.audience = 'agent' AND u.id IN ${assignedAgentIds(viewer.userId)})`;
}

/** Users the viewer may see in the directory, with their organisation, profile and what the viewer may do. */
function visibleMembers(db: Db, viewer: Viewer) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .where(memberVisibleTo(viewer, 'u'));
}

function memberColumns(viewer: Viewer) {
  return [
    'u.id',
    'u.name',
    'u.audience',
    'u.organisation_id',
    'o.name as organisation',
    'u.active',
    'p.title',
    'p.country',
    'p.sectors',
    'p.expertise',
    'p.languages',
    'p.bio',
    'p.public_profile',
    'p.verified_at',
    listedMember('u').as('listed'),
    messageableBy(viewer, 'u').as('can_message'),
    assignedColumn(viewer).as('assigned'),
  ] as const;
}

export interface DirectoryFilters {
  /** Words of the query, lower case, letters and digits only. */
  words: string[];
  /** The query as typed (for the name's substring and similarity match). */
  text: string | null;
  audience?: Audience;
  country?: string;
  sector?: string;
  organisationId?: string;
  verified?: boolean;
}

/** Escapes LIKE wildcards. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const folded = (expression: Expression<string> | RawBuilder<string>) =>
  sql<string>`immutable_unaccent(lower(${expression}::text))`;

/** Prefix query on every word, e.g. `energ:* & mali:*` (words hold letters and digits only). */
const prefixQuery = (words: readonly string[]) =>
  sql`to_tsquery('french_unaccent', ${words.map((w) => `${w}:*`).join(' & ')})`;

function searchCondition(filters: DirectoryFilters): RawBuilder<SqlBool> | null {
  if (filters.text === null) return null;
  const name = folded(sql.ref('u.name'));
  const needle = folded(sql.val(filters.text));
  const byName = sql<SqlBool>`(${name} LIKE '%' || ${folded(sql.val(likeEscape(filters.text)))} || '%'
    OR ${name} % ${needle})`;
  if (filters.words.length === 0) return byName;
  return sql<SqlBool>`(${byName} OR EXISTS (SELECT 1 FROM net_member_search AS s
    WHERE s.user_id = u.id AND s.search @@ ${prefixQuery(filters.words)}))`;
}

function filtered(db: Db, viewer: Viewer, filters: DirectoryFilters) {
  let query = visibleMembers(db, viewer);
  const search = searchCondition(filters);
  if (search) query = query.where(search);
  if (filters.audience) query = query.where('u.audience', '=', filters.audience);
  if (filters.country) query = query.where('p.country', '=', filters.country);
  if (filters.sector) query = query.where(sql<SqlBool>`p.sectors @> ARRAY[${filters.sector}]::text[]`);
  if (filters.organisationId) query = query.where('u.organisation_id', '=', filters.organisationId);
  if (filters.verified === true) query = query.where('p.verified_at', 'is not', null);
  if (filters.verified === false) query = query.where('p.verified_at', 'is', null);
  return query;
}

export async function listMembers(
  db: Db,
  viewer: Viewer,
  filters: DirectoryFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: MemberRow[]; total: number }> {
  const base = filtered(db, viewer, filters);
  let rows = base.select(memberColumns(viewer));
  if (filters.text !== null) {
    const rank =
      filters.words.length === 0
        ? sql<number>`0`
        : sql<number>`coalesce((SELECT ts_rank(s.search, ${prefixQuery(filters.words)})
            FROM net_member_search AS s WHERE s.user_id = u.id), 0)`;
    const closeness = sql<number>`similarity(${folded(sql.ref('u.name'))}, ${folded(sql.val(filters.text))})`;
    rows = rows.orderBy(sql`${rank} + ${closeness}`, 'desc');
  }
  const [items, count] = await Promise.all([
    rows.orderBy('u.name').orderBy('u.id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: items as MemberRow[], total: Number(count.total) };
}

export async function findVisibleMember(db: Db, viewer: Viewer, id: string): Promise<MemberRow | undefined> {
  const row = await visibleMembers(db, viewer).select(memberColumns(viewer)).where('u.id', '=', id).executeTakeFirst();
  return row as MemberRow | undefined;
}

/** Who may read a space: a community's level (1 every member, 2 agents), or a deal room's compartment members. */
export type SpaceReaders = { kind: 'level'; level: number } | { kind: 'compartment'; compartmentId: string };

function readersCondition(readers: SpaceReaders): RawBuilder<SqlBool> {
  if (readers.kind === 'level') {
    return readers.level >= 2 ? sql<SqlBool>`(u.audience = 'agent')` : sql<SqlBool>`true`;
  }
  return sql<SqlBool>`(u.id IN (SELECT named.user_id FROM compartment_members AS named
      WHERE named.compartment_id = ${readers.compartmentId} AND named.user_id IS NOT NULL)
    OR (u.audience = 'agent' AND u.organisation_id IN (SELECT team.organisation_id FROM compartment_members AS team
      WHERE team.compartment_id = ${readers.compartmentId} AND team.organisation_id IS NOT NULL)))`;
}

/**
 * Up to `limit` visible, listed members each of whose `words` starts a word of their name (letters and digits
 * only, e.g. ["jea", "dup"] finds "Jean Dupont").
 */
export async function autocomplete(
  db: Db,
  viewer: Viewer,
  words: readonly string[],
  readers: SpaceReaders | null,
  limit: number,
): Promise<MemberRow[]> {
  const name = folded(sql.ref('u.name'));
  const nameWords = sql<string>`(' ' || regexp_replace(${name}, '[^[:alnum:]]+', ' ', 'g'))`;
  const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
  let query = visibleMembers(db, viewer)
    .select(memberColumns(viewer))
    .where(listedMember('u'))
    // This condition can use the trigram index on the name; the next ones keep word beginnings only.
    .where(sql<SqlBool>`${name} LIKE '%' || ${folded(sql.val(longest))} || '%'`);
  for (const word of words) {
    query = query.where(sql<SqlBool>`${nameWords} LIKE '% ' || ${folded(sql.val(word))} || '%'`);
  }
  if (readers) query = query.where(readersCondition(readers));
  const rows = await query
    .orderBy(sql`(${name} LIKE ${folded(sql.val(words[0] ?? ''))} || '%')`, 'desc')
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(limit)
    .execute();
  return rows as MemberRow[];
}

/** The communities `userId` is a member of that the viewer may see (never deal rooms). */
export function memberSpaces(db: Db, viewer: Viewer, userId: string) {
  return db
    .selectFrom('net_space_members as m')
    .innerJoin('net_spaces as s', 's.id', 'm.space_id')
    .select(['s.id', 's.name', 's.kind', 's.level', 's.tlp'])
    .where('m.user_id', '=', userId)
    .where('m.state', '=', 'member')
    .where('s.kind', '<>', 'deal_room')
    .where('s.archived_at', 'is', null)
    .where(visibleTo(viewer, { level: 's.level', compartmentId: 's.compartment_id' }))
    .orderBy('s.name')
    .limit(200)
    .execute();
}

/** The agents assigned to `memberId` (rows and sponsor) that the viewer may see. */
export function assignedAgents(db: Db, viewer: Viewer, memberId: string) {
  return visibleMembers(db, viewer)
    .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
    .where('u.audience', '=', 'agent')
    .where(sql<SqlBool>`u.id IN ${assignedAgentIds(memberId)}`)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

export interface ProfileValues {
  title: string;
  country: string | null;
  sectors: string[];
  expertise: string[];
  languages: string[];
  bio: string;
  public_profile: boolean;
}

export function findProfile(db: Db, userId: string) {
  return db.selectFrom('net_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function saveProfile(db: Db, userId: string, values: ProfileValues): Promise<void> {
  const row = { ...values, updated_at: new Date() };
  await db
    .insertInto('net_profiles')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
}

/** Sector code -> "French label English label", for the search text. */
const SECTOR_WORDS = JSON.stringify(
  Object.fromEntries(Object.entries(sectorLabels).map(([code, label]) => [code, `${label.fr} ${label.en}`])),
);
const REFRESH_BATCH = 5000;

/**
 * Rebuilds the directory's search text of these users: name (A), organisation, post and expertise (B),
 * sector labels (C). Users without a profile get their name and organisation.
 */
export async function refreshMemberSearch(db: Db, userIds: readonly string[]): Promise<void> {
  const ids = [...new Set(userIds)];
  for (let start = 0; start < ids.length; start += REFRESH_BATCH) {
    const batch = ids.slice(start, start + REFRESH_BATCH);
    await sql`INSERT INTO net_member_search (user_id, search)
      SELECT u.id,
        setweight(to_tsvector('french_unaccent', u.name), 'A')
        || setweight(to_tsvector('french_unaccent', o.name || ' ' || coalesce(p.title, '') || ' '
             || array_to_string(coalesce(p.expertise, '{}'::text[]), ' ')), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce((SELECT string_agg(${SECTOR_WORDS}::jsonb ->> sector, ' ')
             FROM unnest(p.sectors) AS sector), '')), 'C')
      FROM users AS u
      JOIN organisations AS o ON o.id = u.organisation_id
      LEFT JOIN net_profiles AS p ON p.user_id = u.id
      WHERE u.id = ANY(${batch}::uuid[])
      ON CONFLICT (user_id) DO UPDATE SET search = EXCLUDED.search`.execute(db);
  }
}

/** Gives the badge (creating the profile with its defaults) or withdraws it; returns whether anything changed. */
export async function setVerified(db: Db, userId: string, by: string | null): Promise<boolean> {
  if (by === null) {
    const cleared = await db
      .updateTable('net_profiles')
      .set({ verified_at: null, verified_by: null })
      .where('user_id', '=', userId)
      .where('verified_at', 'is not', null)
      .returning('user_id')
      .executeTakeFirst();
    return cleared !== undefined;
  }
  const at = new Date();
  const given = await db
    .insertInto('net_profiles')
    .values({ user_id: userId, verified_at: at, verified_by: by })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ verified_at: at, verified_by: by })
        .where('net_profiles.verified_at', 'is', null),
    )
    .returning('user_id')
    .executeTakeFirst();
  return given !== undefined;
}

export async function setActive(db: Db, userId: string, active: boolean): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ active })
    .where('id', '=', userId)
    .where('active', '=', !active)
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/** A listed agent by id (for assignments). */
export function findListedAgent(db: Db, id: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id'])
    .where('u.id', '=', id)
    .where('u.audience', '=', 'agent')
    .where(listedMember('u'))
    .executeTakeFirst();
}

export async function insertAssignment(db: Db, memberId: string, agentId: string, by: string): Promise<boolean> {
  const result = await db
    .insertInto('net_assignments')
    .values({ member_id: memberId, agent_id: agentId, reason: 'manual', created_by: by })
    .onConflict((oc) => oc.columns(['member_id', 'agent_id']).doNothing())
    .returning('agent_id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function deleteAssignment(db: Db, memberId: string, agentId: string) {
  return db
    .deleteFrom('net_assignments')
    .where('member_id', '=', memberId)
    .where('agent_id', '=', agentId)
    .returning(['reason'])
    .executeTakeFirst();
}
