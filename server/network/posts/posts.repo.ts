// SQL of posts, reactions and what decorates a post in a list (authors, spaces, counts). Every read of labelled
// rows filters with the access policy's `visibleTo`; hidden rows only for their author and moderators.
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { MemberRef } from '../../../common/schemas/network.ts';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { type Jsonified, reviveDate } from '../../db/json-sets.ts';
import type { DB, ReactionKind } from '../../db/schema.ts';
import { type MemberRefRow, presentMemberRef } from '../core/present.ts';

export type Db = Kysely<DB>;

export const postColumns = [
  'p.id',
  'p.space_id',
  'p.author_id',
  'p.title',
  'p.body',
  'p.body_html',
  'p.level',
  'p.tlp',
  'p.compartment_id',
  'p.created_at',
  'p.edited_at',
  'p.hidden_at',
  'p.hidden_reason',
] as const;

/** The same columns, unprefixed (INSERT ... RETURNING takes no alias). */
const postFields = [
  'id',
  'space_id',
  'author_id',
  'title',
  'body',
  'body_html',
  'level',
  'tlp',
  'compartment_id',
  'created_at',
  'edited_at',
  'hidden_at',
  'hidden_reason',
] as const;

export interface PostRow {
  id: string;
  space_id: string;
  author_id: string | null;
  title: string;
  body: string;
  body_html: string;
  level: number;
  tlp: string;
  compartment_id: string | null;
  created_at: Date;
  edited_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
}

export interface Cursor {
  at: Date;
  id: string;
}

/**
 * Keyset condition "strictly after `cursor` in (created_at, id) order". Cursors carry milliseconds while rows keep
 * microseconds: the cursor row's exact time is looked up by id, but only within the cursor's own millisecond, so a
 * forged cursor learns nothing about rows it could not read.
 */
export function keyset(
  table: 'net_posts' | 'net_comments',
  alias: string,
  cursor: Cursor,
  direction: 'older' | 'newer',
): RawBuilder<SqlBool> {
  const exact = sql`COALESCE((SELECT cursor_row.created_at FROM ${sql.table(table)} AS cursor_row
      WHERE cursor_row.id = ${cursor.id} AND cursor_row.created_at >= ${cursor.at}
        AND cursor_row.created_at < ${cursor.at}::timestamptz + interval '1 millisecond'), ${cursor.at}::timestamptz)`;
  const row = sql`(${sql.ref(`${alias}.created_at`)}, ${sql.ref(`${alias}.id`)})`;
  return direction === 'older'
    ? sql<SqlBool>`${row} < (${exact}, ${cursor.id}::uuid)`
    : sql<SqlBool>`${row} > (${exact}, ${cursor.id}::uuid)`;
}

/** Hidden rows show only to their author and to moderators (`moderated`: the space ids the viewer moderates). */
export function hiddenRule(viewer: Viewer, alias: string, moderated: boolean | readonly string[]): Expression<SqlBool> {
  if (moderated === true) return sql<SqlBool>`true`;
  const hiddenAt = sql.ref(`${alias}.hidden_at`);
  const author = sql.ref(`${alias}.author_id`);
  const spaces =
    Array.isArray(moderated) && moderated.length > 0
      ? sql` OR ${sql.ref(`${alias}.space_id`)} IN (${sql.join(moderated)})`
      : sql``;
  return sql<SqlBool>`(${hiddenAt} IS NULL OR ${author} = ${viewer.userId}${spaces})`;
}

export async function selectSpacePosts(
  db: Db,
  viewer: Viewer,
  spaceId: string,
  options: { before: Cursor | null; limit: number; canModerate: boolean },
): Promise<PostRow[]> {
  let query = db
    .selectFrom('net_posts as p')
    .select(postColumns)
    .where('p.space_id', '=', spaceId)
    .where(visibleTo(viewer, { level: 'p.level', compartmentId: 'p.compartment_id' }))
    .where(hiddenRule(viewer, 'p', options.canModerate));
  if (options.before) query = query.where(keyset('net_posts', 'p', options.before, 'older'));
  return query.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(options.limit).execute();
}

/** One post by id, unfiltered: the service decides with the space's access and `canRead`. */
export async function selectPost(db: Db, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('net_posts as p').select(postColumns).where('p.id', '=', id).executeTakeFirst();
}

export async function insertPost(
  db: Db,
  values: {
    spaceId: string;
    authorId: string;
    title: string;
    body: string;
    bodyHtml: string;
    level: number;
    tlp: string;
    compartmentId: string | null;
  },
): Promise<PostRow> {
  return db
    .insertInto('net_posts')
    .values({
      space_id: values.spaceId,
      author_id: values.authorId,
      title: values.title,
      body: values.body,
      body_html: values.bodyHtml,
      level: values.level,
      tlp: values.tlp,
      compartment_id: values.compartmentId,
    })
    .returning(postFields)
    .executeTakeFirstOrThrow();
}

export async function updatePostText(
  db: Db,
  id: string,
  values: { title: string; body: string; bodyHtml: string },
): Promise<PostRow> {
  return db
    .updateTable('net_posts as p')
    .set({ title: values.title, body: values.body, body_html: values.bodyHtml, edited_at: new Date() })
    .where('p.id', '=', id)
    .returning(postColumns)
    .executeTakeFirstOrThrow();
}

export async function updatePostLabel(
  db: Db,
  id: string,
  label: { level: number; tlp: string; compartmentId: string | null },
): Promise<PostRow> {
  return db
    .updateTable('net_posts as p')
    .set({ level: label.level, tlp: label.tlp, compartment_id: label.compartmentId })
    .where('p.id', '=', id)
    .returning(postColumns)
    .executeTakeFirstOrThrow();
}

export async function deletePost(db: Db, id: string): Promise<void> {
  await db.deleteFrom('net_posts').where('id', '=', id).execute();
}

const uuids = (ids: readonly (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

/** Authors as member references (name, audience, organisation, verification badge): the query. */
export function memberRefsQuery(db: Db, ids: readonly (string | null)[]) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as np', 'np.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'np.verified_at'])
    .where(sql<SqlBool>`u.id = ANY(${uuids(ids)}::uuid[])`);
}

/** Its rows (as read, or as JSON from selectSets) keyed by id. */
export function memberRefsOf(rows: readonly (MemberRefRow | Jsonified<MemberRefRow>)[]): Map<string, MemberRef> {
  return new Map(rows.map((row) => [row.id, presentMemberRef({ ...row, verified_at: reviveDate(row.verified_at) })]));
}

export async function selectMemberRefs(db: Db, ids: readonly (string | null)[]): Promise<Map<string, MemberRef>> {
  if (uuids(ids).length === 0) return new Map();
  return memberRefsOf(await memberRefsQuery(db, ids).execute());
}

export interface SpaceFacts {
  id: string;
  name: string;
  kind: 'country' | 'sector' | 'theme' | 'deal_room';
  level: number;
  archived_at: Date | null;
}

export function spaceFactsQuery(db: Db, ids: readonly string[]) {
  return db
    .selectFrom('net_spaces')
    .select(['id', 'name', 'kind', 'level', 'archived_at'])
    .where(sql<SqlBool>`id = ANY(${uuids(ids)}::uuid[])`);
}

export function spaceFactsOf(rows: readonly (SpaceFacts | Jsonified<SpaceFacts>)[]): Map<string, SpaceFacts> {
  return new Map(rows.map((row) => [row.id, { ...row, archived_at: reviveDate(row.archived_at) }]));
}

export interface ReactionCounts {
  counts: Record<ReactionKind, number>;
  mine: ReactionKind[];
}

export const emptyReactions = (): ReactionCounts => ({
  counts: { like: 0, thanks: 0, insightful: 0, support: 0 },
  mine: [],
});

/** Reactions per post and kind, with whether the viewer is among them. */
export function reactionsQuery(db: Db, viewerId: string | null, postIds: readonly string[]) {
  return db
    .selectFrom('net_reactions')
    .select([
      'post_id',
      'kind',
      sql<number>`count(*)::int`.as('n'),
      sql<boolean>`coalesce(bool_or(user_id = ${viewerId}), false)`.as('mine'),
    ])
    .where(sql<SqlBool>`post_id = ANY(${[...postIds]}::uuid[])`)
    .groupBy(['post_id', 'kind']);
}

export function reactionsOf(
  rows: readonly { post_id: string; kind: ReactionKind; n: number; mine: boolean }[],
): Map<string, ReactionCounts> {
  const result = new Map<string, ReactionCounts>();
  for (const row of rows) {
    const entry = result.get(row.post_id) ?? emptyReactions();
    entry.counts[row.kind] = Number(row.n);
    if (row.mine) entry.mine.push(row.kind);
    result.set(row.post_id, entry);
  }
  return result;
}

export async function selectReactions(
  db: Db,
  viewerId: string | null,
  postIds: readonly string[],
): Promise<Map<string, ReactionCounts>> {
  if (postIds.length === 0) return new Map();
  return reactionsOf(await reactionsQuery(db, viewerId, postIds).execute());
}

/** Comments per post that the viewer may read (their label, and hidden ones only for author and moderators). */
export function commentCountsQuery(
  db: Db,
  viewer: Viewer,
  postIds: readonly string[],
  moderated: boolean | readonly string[],
) {
  return db
    .selectFrom('net_comments as c')
    .select(['c.post_id', sql<number>`count(*)::int`.as('n')])
    .where(sql<SqlBool>`c.post_id = ANY(${[...postIds]}::uuid[])`)
    .where(visibleTo(viewer, { level: 'c.level', compartmentId: 'c.compartment_id' }))
    .where(hiddenRule(viewer, 'c', moderated))
    .groupBy('c.post_id');
}

export const commentCountsOf = (rows: readonly { post_id: string; n: number }[]): Map<string, number> =>
  new Map(rows.map((row) => [row.post_id, Number(row.n)]));

/** Adds a reaction; false when it was already there (idempotent). */
export async function insertReaction(
  db: Db,
  values: { postId: string; userId: string; kind: ReactionKind; spaceId: string },
): Promise<boolean> {
  const rows = await db
    .insertInto('net_reactions')
    .values({ post_id: values.postId, user_id: values.userId, kind: values.kind, space_id: values.spaceId })
    .onConflict((oc) => oc.columns(['post_id', 'user_id', 'kind']).doNothing())
    .returning('post_id')
    .execute();
  return rows.length > 0;
}

export async function deleteReaction(db: Db, postId: string, userId: string, kind: ReactionKind): Promise<void> {
  await db
    .deleteFrom('net_reactions')
    .where('post_id', '=', postId)
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute();
}

/** Whether `actorId` already notified `recipientId` of a reaction to this post (at most one each). */
export async function reactionNotified(db: Db, recipientId: string, actorId: string, postId: string): Promise<boolean> {
  const row = await db
    .selectFrom('net_notifications')
    .select('id')
    .where('user_id', '=', recipientId)
    .where('actor_id', '=', actorId)
    .where('kind', '=', 'reaction')
    .where('object_id', '=', postId)
    .executeTakeFirst();
  return row !== undefined;
}
