// SQL of the home feed: the viewer's spaces (communities they are a member of, deal rooms they are in), then the
// newest posts across them as a top-N per space over (space_id, created_at DESC, id DESC) merged by time — a few
// short index scans instead of sorting every post of every space. The access filter runs inside each scan; the
// spaces are found in the same statement, and each post says whether the viewer moderates its space.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { type Cursor, keyset, type PostRow } from '../posts/posts.repo.ts';
import { moderates } from '../search/readable.ts';

const spaceLabel = { level: 's.level', compartmentId: 's.compartment_id' };

/** The spaces the feed draws from: communities the viewer is a member of and deal rooms they are in, both visible. */
function feedSpacesQuery(db: Kysely<DB>, viewer: Viewer & { userId: string }) {
  const rooms = [...viewer.compartmentIds];
  return db
    .selectFrom('net_space_members as m')
    .innerJoin('net_spaces as s', 's.id', 'm.space_id')
    .select('s.id')
    .where('m.user_id', '=', viewer.userId)
    .where('m.state', '=', 'member')
    .where('s.kind', '<>', 'deal_room')
    .where(visibleTo(viewer, spaceLabel))
    .unionAll(
      db
        .selectFrom('net_spaces as s')
        .select('s.id')
        .where('s.kind', '=', 'deal_room')
        .where(sql<boolean>`s.id = ANY(${rooms}::uuid[])`)
        .where(visibleTo(viewer, spaceLabel)),
    );
}

const signedIn = (viewer: Viewer): viewer is Viewer & { userId: string } =>
  viewer.userId !== null && viewer.audience !== 'visitor';

export async function feedSpaceIds(db: Kysely<DB>, viewer: Viewer): Promise<string[]> {
  if (!signedIn(viewer)) return [];
  const rows = await feedSpacesQuery(db, viewer).execute();
  return rows.map((row) => row.id);
}

/** A feed row: the post, and whether the viewer moderates its space (hidden comments, moderation actions). */
export type FeedRow = PostRow & { moderated: boolean };

/**
 * The newest posts the viewer may read, not hidden, strictly older than `before`, at most `limit`, from `spaceIds`
 * or, when null, from the viewer's own feed spaces (found in the same statement). `withoutAccessFilter` drops only
 * the access and hidden filters (the benchmark's baseline).
 */
export async function selectFeedPosts(
  db: Kysely<DB>,
  viewer: Viewer,
  spaceIds: readonly string[] | null,
  options: { before: Cursor | null; limit: number; withoutAccessFilter?: boolean },
): Promise<FeedRow[]> {
  if (!signedIn(viewer) || spaceIds?.length === 0 || options.limit <= 0) return [];
  const conditions = [sql`p.space_id = feed_space.id`];
  if (options.before) conditions.push(keyset('net_posts', 'p', options.before, 'older'));
  if (!options.withoutAccessFilter) {
    conditions.push(visibleTo(viewer, { level: 'p.level', compartmentId: 'p.compartment_id' }));
    conditions.push(sql`p.hidden_at IS NULL`);
  }
  const spaces: RawBuilder<unknown> =
    spaceIds === null
      ? sql`(${feedSpacesQuery(db, viewer)}) AS feed_space`
      : sql`unnest(${[...spaceIds]}::uuid[]) AS feed_space (id)`;
  const result = await sql<FeedRow>`
    SELECT top.*, ${moderates(viewer, 's')} AS moderated FROM ${spaces}
    CROSS JOIN LATERAL (
      SELECT p.id, p.space_id, p.author_id, p.title, p.body, p.body_html, p.level, p.tlp, p.compartment_id,
        p.created_at, p.edited_at, p.hidden_at, p.hidden_reason
      FROM net_posts AS p
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT ${options.limit}
    ) AS top
    JOIN net_spaces AS s ON s.id = top.space_id
    ORDER BY top.created_at DESC, top.id DESC
    LIMIT ${options.limit}`.execute(db);
  return result.rows;
}
