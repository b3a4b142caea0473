// Spaces, SQL only: communities filtered by their own label (`visibleTo`), with the viewer's membership and the
// counts lists show; the writes of spaces; a deal room's facts; raising the content of a space whose level rises.
// Membership rows and member lists: spaces.members.repo.ts.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB, SpaceMembership } from '../../db/schema.ts';
import type { SpaceRoleName } from '../core/context.ts';

type Db = Kysely<DB>;
export type MemberState = 'member' | 'requested' | 'invited';

export interface SpaceRow {
  id: string;
  kind: 'country' | 'sector' | 'theme' | 'deal_room';
  name: string;
  description: string;
  country: string | null;
  sector: string | null;
  level: number;
  tlp: string;
  compartment_id: string | null;
  default_level: number;
  default_tlp: string;
  membership: SpaceMembership;
  created_by: string | null;
  created_at: Date;
  archived_at: Date | null;
  role: SpaceRoleName | null;
  state: MemberState | null;
  member_count: number;
  owner_count: number;
}

const spaceLabel = { level: 's.level', compartmentId: 's.compartment_id' };

const countOf = (state: MemberState, role?: SpaceRoleName) =>
  sql<number>`(SELECT count(*)::int FROM net_space_members AS counted
    WHERE counted.space_id = s.id AND counted.state = ${state}${role ? sql` AND counted.role = ${role}` : sql``})`;

/** Communities (never deal rooms) the viewer may know of, with the viewer's own membership row joined. */
function visibleCommunities(db: Db, viewer: Viewer) {
  return db
    .selectFrom('net_spaces as s')
    .leftJoin('net_space_members as m', (join) =>
      join
        .onRef('m.space_id', '=', 's.id')
        .on('m.user_id', '=', viewer.userId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .where('s.kind', '<>', 'deal_room')
    .where(visibleTo(viewer, spaceLabel));
}

const spaceColumns = [
  's.id',
  's.kind',
  's.name',
  's.description',
  's.country',
  's.sector',
  's.level',
  's.tlp',
  's.compartment_id',
  's.default_level',
  's.default_tlp',
  's.membership',
  's.created_by',
  's.created_at',
  's.archived_at',
  'm.role',
  'm.state',
  countOf('member').as('member_count'),
  countOf('member', 'owner').as('owner_count'),
] as const;

export interface SpaceFilters {
  /** The query as typed (name prefix), and its words (French full text, prefixes). */
  text: string | null;
  words: string[];
  kind?: 'country' | 'sector' | 'theme';
  country?: string;
  sector?: string;
  mine?: boolean;
  state?: MemberState;
  archived?: boolean;
}

const folded = (value: RawBuilder<unknown>) => sql<string>`immutable_unaccent(lower(${value}::text))`;
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const prefixQuery = (words: readonly string[]) =>
  sql`to_tsquery('french_unaccent', ${words.map((w) => `${w}:*`).join(' & ')})`;

function searchCondition(filters: SpaceFilters): RawBuilder<SqlBool> | null {
  if (filters.text === null) return null;
  const name = folded(sql.ref('s.name'));
  const needle = folded(sql.val(likeEscape(filters.text)));
  // The name starts with the query, or one of its words does.
  const byName = sql<SqlBool>`(${name} LIKE ${needle} || '%' OR ${name} LIKE '% ' || ${needle} || '%')`;
  if (filters.words.length === 0) return byName;
  return sql<SqlBool>`(${byName} OR s.search @@ ${prefixQuery(filters.words)})`;
}

function filtered(db: Db, viewer: Viewer, filters: SpaceFilters) {
  let query = visibleCommunities(db, viewer);
  const search = searchCondition(filters);
  if (search) query = query.where(search);
  if (filters.kind) query = query.where('s.kind', '=', filters.kind);
  if (filters.country) query = query.where('s.country', '=', filters.country);
  if (filters.sector) query = query.where('s.sector', '=', filters.sector);
  if (filters.mine) query = query.where('m.state', '=', 'member');
  if (filters.state) query = query.where('m.state', '=', filters.state);
  if (filters.archived === true) query = query.where('s.archived_at', 'is not', null);
  if (filters.archived === false) query = query.where('s.archived_at', 'is', null);
  return query;
}

export async function listSpaces(
  db: Db,
  viewer: Viewer,
  filters: SpaceFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: SpaceRow[]; total: number }> {
  const base = filtered(db, viewer, filters);
  let rows = base.select(spaceColumns);
  if (filters.text !== null && filters.words.length > 0) {
    rows = rows.orderBy(sql`ts_rank(s.search, ${prefixQuery(filters.words)})`, 'desc');
  }
  const [items, count] = await Promise.all([
    rows.orderBy('s.name').orderBy('s.id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: items as SpaceRow[], total: Number(count.total) };
}

/** One space by id with the viewer's membership and counts (the caller has checked the viewer may see it). */
export async function selectSpace(db: Db, viewer: Viewer, id: string): Promise<SpaceRow | undefined> {
  const row = await db
    .selectFrom('net_spaces as s')
    .leftJoin('net_space_members as m', (join) =>
      join
        .onRef('m.space_id', '=', 's.id')
        .on('m.user_id', '=', viewer.userId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .select(spaceColumns)
    .where('s.id', '=', id)
    .where(visibleTo(viewer, spaceLabel))
    .executeTakeFirst();
  return row as SpaceRow | undefined;
}

/** Locks the space row for the rest of the transaction (membership changes count owners under it). */
export async function lockSpace(db: Db, id: string): Promise<void> {
  await db.selectFrom('net_spaces').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertSpace(
  db: Db,
  values: {
    kind: 'country' | 'sector' | 'theme';
    name: string;
    description: string;
    country: string | null;
    sector: string | null;
    level: number;
    tlp: string;
    defaultLevel: number;
    defaultTlp: string;
    membership: SpaceMembership;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('net_spaces')
    .values({
      kind: values.kind,
      name: values.name,
      description: values.description,
      country: values.country,
      sector: values.sector,
      level: values.level,
      tlp: values.tlp,
      compartment_id: null,
      default_level: values.defaultLevel,
      default_tlp: values.defaultTlp,
      membership: values.membership,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSpace(
  db: Db,
  id: string,
  values: {
    name?: string;
    description?: string;
    membership?: SpaceMembership;
    level?: number;
    tlp?: string;
    default_level?: number;
    default_tlp?: string;
    archived_at?: Date | null;
  },
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.updateTable('net_spaces').set(values).where('id', '=', id).execute();
}

/** A deal room's status and the number of its named members. */
export async function roomFacts(db: Db, roomId: string): Promise<{ open: boolean; memberCount: number }> {
  const [room, count] = await Promise.all([
    db.selectFrom('net_deal_rooms').select('status').where('id', '=', roomId).executeTakeFirst(),
    db
      .selectFrom('compartment_members')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('compartment_id', '=', roomId)
      .where('user_id', 'is not', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { open: room?.status !== 'closed', memberCount: Number(count.n) };
}

/**
 * A community's level rose: its posts and comments below the new level (and their attachments) rise with it, so
 * nothing in the space sits below the space. Returns the items raised, for the audit log.
 */
export async function raiseContentBelow(
  db: Db,
  spaceId: string,
  label: { level: number; tlp: string },
): Promise<{
  posts: { id: string; level: number; tlp: string }[];
  comments: { id: string; level: number; tlp: string }[];
}> {
  const posts = await raiseItemsBelow(db, 'net_posts', spaceId, label);
  const comments = await raiseItemsBelow(db, 'net_comments', spaceId, label);
  await db
    .updateTable('net_attachments')
    .set({ level: label.level, tlp: label.tlp })
    .where('space_id', '=', spaceId)
    .where('compartment_id', 'is', null)
    .where('level', '<', label.level)
    .where('attached_at', 'is not', null)
    .execute();
  return { posts, comments };
}

/** Raises a community's posts or comments below `label`, returning each with the label it had. */
async function raiseItemsBelow(
  db: Db,
  table: 'net_posts' | 'net_comments',
  spaceId: string,
  label: { level: number; tlp: string },
): Promise<{ id: string; level: number; tlp: string }[]> {
  const raised = await sql<{ id: string; level: number; tlp: string }>`
    UPDATE ${sql.table(table)} AS item SET level = ${label.level}, tlp = ${label.tlp}
    FROM (
      SELECT id, level, tlp FROM ${sql.table(table)}
      WHERE space_id = ${spaceId} AND compartment_id IS NULL AND level < ${label.level}
    ) AS old
    WHERE item.id = old.id
    RETURNING item.id, old.level, old.tlp`.execute(db);
  return raised.rows;
}
