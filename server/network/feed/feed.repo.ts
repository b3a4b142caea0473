// SQL of the home feed: the viewer's spaces (communities they are a member of, deal rooms they are in), then the
// newest posts across them as a top-N per space over (space_id, created_at DESC, id DESC) merged by time — a few
// short index scans instead of sorting every post of every space. The access filter runs inside each scan.
import { type Kysely, sql } from 'kysely';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { type Cursor, keyset, type PostRow } from '../posts/posts.repo.ts';

/** The spaces the feed draws from: communities the viewer is a member of and deal rooms they are in, both visible. */
export async function feedSpaceIds(db: Kysely<DB>, viewer: Viewer): Promise<string[]> {
  if (viewer.userId === null || viewer.audience === 'visitor') return [];
  const rooms = [...viewer.compartmentIds];
  const spaceLabel = { level: 's.level', compartmentId: 's.compartment_id' };
  let query = db
    .selectFrom('net_space_members as m')
    .innerJoin('net_spaces as s', 's.id', 'm.space_id')
    .select('s.id')
    .where('m.user_id', '=', viewer.userId)
    .where('m.state', '=', 'member')
    .where('s.kind', '<>', 'deal_room')
    .where(visibleTo(viewer, spaceLabel));
  if (rooms.length > 0) {
    query = query.unionAll(
      db
        .selectFrom('net_spaces as s')
        .select('s.id')
        .where('s.kind', '=', 'deal_room')
        .where(sql<boolean>`s.id = ANY(${rooms}::uuid[])`)
        .where(visibleTo(viewer, spaceLabel)),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => row.id);
}

/**
 * The newest posts of `spaceIds` the viewer may read, not hidden, strictly older than `before`, at most `limit`.
 * `withoutAccessFilter` drops only the access and hidden filters (the benchmark's baseline).
 */
export async function selectFeedPosts(
  db: Kysely<DB>,
  viewer: Viewer,
  spaceIds: readonly string[],
  options: { before: Cursor | null; limit: number; withoutAccessFilter?: boolean },
): Promise<PostRow[]> {
  if (spaceIds.length === 0 || options.limit <= 0) return [];
  const conditions = [sql`p.space_id = feed_space.id`];
  if (options.before) conditions.push(keyset('net_posts', 'p', options.before, 'older'));
  if (!options.withoutAccessFilter) {
    conditions.push(visibleTo(viewer, { level: 'p.level', compartmentId: 'p.compartment_id' }));
    conditions.push(sql`p.hidden_at IS NULL`);
  }
  const result = await sql<PostRow>`
    SELECT top.* FROM unnest(${[...spaceIds]}::uuid[]) AS feed_space (id)
    CROSS JOIN LATERAL (
      SELECT p.id, p.space_id, p.author_id, p.title, p.body, p.body_html, p.level, p.tlp, p.compartment_id,
        p.created_at, p.edited_at, p.hidden_at, p.hidden_reason
      FROM net_posts AS p
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT ${options.limit}
    ) AS top
    ORDER BY top.created_at DESC, top.id DESC
    LIMIT ${options.limit}`.execute(db);
  return result.rows;
}
