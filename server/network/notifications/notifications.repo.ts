// SQL of notifications. One resolution serves the list, the unread count and the e-mails: each notification is
// joined to its object's *current* row (post, comment, space, request, conversation, report) and kept only when the
// reader may read that row now (its label, its space's label, the hidden rule, compartment membership), so the list
// and the count always agree and a relabelled, hidden or left object drops out of both.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { memberVisibleTo } from '../../access/directory.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB, NotificationObjectType } from '../../db/schema.ts';
import { readableComment, readablePost, readableRow, readableSpace } from '../search/readable.ts';

export interface ResolvedNotification {
  id: number;
  kind: string;
  object_type: NotificationObjectType;
  object_id: string;
  created_at: Date;
  /** created_at to the microsecond (cursors). */
  created_exact: string;
  read_at: Date | null;
  /** The object's current label. */
  level: number;
  tlp: string;
  compartment_id: string | null;
  title: string | null;
  body: string | null;
  /** The post a comment or a report belongs to (for links). */
  post_id: string | null;
  space_kind: string | null;
  actor_id: string | null;
  /** Null when the directory rule hides the actor from the reader. */
  actor_name: string | null;
  actor_audience: 'company' | 'partner' | 'agent' | null;
  actor_organisation: string | null;
  actor_verified_at: Date | null;
}

/** The objects' rows, joined by type (every alias is null for the other types). */
const objectJoins = sql`
  LEFT JOIN net_posts AS p ON n.object_type = 'post' AND p.id = n.object_id
  LEFT JOIN net_comments AS c ON n.object_type = 'comment' AND c.id = n.object_id
  LEFT JOIN net_posts AS cp ON cp.id = c.post_id
  LEFT JOIN net_reports AS rr ON n.object_type = 'report' AND rr.id = n.object_id
  LEFT JOIN net_comments AS rc ON rc.id = rr.comment_id
  LEFT JOIN net_posts AS rp ON rp.id = COALESCE(rr.post_id, rc.post_id)
  LEFT JOIN net_spaces AS s ON s.id = (CASE n.object_type
    WHEN 'post' THEN p.space_id WHEN 'comment' THEN c.space_id WHEN 'report' THEN rp.space_id
    WHEN 'space' THEN n.object_id END)
  LEFT JOIN portal_support_requests AS r ON n.object_type = 'request' AND r.id = n.object_id
  LEFT JOIN (SELECT id, title, 3::smallint AS level, id AS compartment_id FROM net_conversations) AS cv
    ON n.object_type = 'conversation' AND cv.id = n.object_id`;

/** The reader may read the notification's object now. */
function readableObject(viewer: Viewer): RawBuilder<SqlBool> {
  return sql<SqlBool>`(
    (n.object_type = 'post' AND ${readablePost(viewer, 'p', 's')})
    OR (n.object_type = 'comment' AND ${readableComment(viewer, 'c', 'cp', 's')})
    OR (n.object_type = 'space' AND ${readableSpace(viewer, 's')})
    OR (n.object_type = 'request' AND ${readableRow(viewer, 'r')})
    OR (n.object_type = 'conversation' AND ${readableRow(viewer, 'cv')})
    OR (n.object_type = 'report' AND rr.id IS NOT NULL AND (
      (rr.comment_id IS NULL AND ${readablePost(viewer, 'rp', 's')})
      OR (rr.comment_id IS NOT NULL AND ${readableComment(viewer, 'rc', 'rp', 's')}))))`;
}

export interface ResolveOptions {
  unread?: boolean;
  /** Only notifications older than this one (newest first paging, keyset over the user's index). */
  before?: { at: string; id: number } | null;
  /** Only these notifications. */
  ids?: readonly number[];
  /** Only notifications not yet e-mailed. */
  unmailed?: boolean;
  limit?: number;
}

function conditions(viewer: Viewer, options: ResolveOptions): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [sql`n.user_id = ${viewer.userId}`, readableObject(viewer)];
  if (options.unread) parts.push(sql`n.read_at IS NULL`);
  if (options.unmailed) parts.push(sql`n.emailed_at IS NULL`);
  if (options.before) {
    parts.push(sql`(n.created_at, n.id) < (${options.before.at}::timestamptz, ${options.before.id})`);
  }
  if (options.ids) parts.push(sql`n.id = ANY(${options.ids.map(String)}::bigint[])`);
  return sql<SqlBool>`${sql.join(parts, sql` AND `)}`;
}

/** The reader's notifications they may still read, newest first. */
export async function selectReadable(
  db: Kysely<DB>,
  viewer: Viewer,
  options: ResolveOptions,
): Promise<ResolvedNotification[]> {
  if (viewer.userId === null) return [];
  const limit = options.limit === undefined ? sql`` : sql`LIMIT ${options.limit}`;
  const result = await sql<ResolvedNotification>`
    SELECT n.id, n.kind, n.object_type, n.object_id, n.created_at, n.read_at,
      to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_exact,
      CASE n.object_type WHEN 'post' THEN p.level WHEN 'comment' THEN c.level WHEN 'space' THEN s.level
        WHEN 'request' THEN r.level WHEN 'conversation' THEN cv.level
        WHEN 'report' THEN COALESCE(rc.level, rp.level) END AS level,
      CASE n.object_type WHEN 'post' THEN p.tlp WHEN 'comment' THEN c.tlp WHEN 'space' THEN s.tlp
        WHEN 'request' THEN r.tlp WHEN 'conversation' THEN 'RED'
        WHEN 'report' THEN COALESCE(rc.tlp, rp.tlp) END AS tlp,
      CASE n.object_type WHEN 'post' THEN p.compartment_id WHEN 'comment' THEN c.compartment_id
        WHEN 'space' THEN s.compartment_id WHEN 'request' THEN r.compartment_id WHEN 'conversation' THEN cv.id
        WHEN 'report' THEN COALESCE(rc.compartment_id, rp.compartment_id) END AS compartment_id,
      CASE n.object_type WHEN 'post' THEN p.title WHEN 'comment' THEN cp.title WHEN 'space' THEN s.name
        WHEN 'request' THEN r.reference WHEN 'conversation' THEN cv.title WHEN 'report' THEN rp.title END AS title,
      CASE n.object_type WHEN 'post' THEN p.body WHEN 'comment' THEN c.body WHEN 'space' THEN s.description
        WHEN 'request' THEN r.message WHEN 'report' THEN COALESCE(rc.body, rp.body) END AS body,
      CASE n.object_type WHEN 'post' THEN p.id WHEN 'comment' THEN c.post_id WHEN 'report' THEN rp.id END AS post_id,
      s.kind AS space_kind,
      n.actor_id, au.name AS actor_name, au.audience AS actor_audience, ao.name AS actor_organisation,
      apf.verified_at AS actor_verified_at
    FROM net_notifications AS n
    ${objectJoins}
    LEFT JOIN users AS au ON au.id = n.actor_id AND ${memberVisibleTo(viewer, 'au')}
    LEFT JOIN organisations AS ao ON ao.id = au.organisation_id
    LEFT JOIN net_profiles AS apf ON apf.user_id = au.id
    WHERE ${conditions(viewer, options)}
    ORDER BY n.created_at DESC, n.id DESC
    ${limit}`.execute(db);
  return result.rows.map((row) => ({ ...row, id: Number(row.id), level: Number(row.level) }));
}

/** How many unread notifications the reader may still read (the same resolution as the list). */
export async function countUnread(db: Kysely<DB>, viewer: Viewer): Promise<number> {
  if (viewer.userId === null) return 0;
  const result = await sql<{ unread: number | string }>`
    SELECT count(*) AS unread FROM net_notifications AS n
    ${objectJoins}
    WHERE ${conditions(viewer, { unread: true })}`.execute(db);
  return Number(result.rows[0]?.unread ?? 0);
}

/** Marks the reader's own notifications read (all, or the given ids); others' ids are ignored. */
export async function markRead(
  db: Kysely<DB>,
  userId: string,
  target: { all: true } | { ids: readonly number[] },
): Promise<void> {
  let query = db
    .updateTable('net_notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if ('ids' in target) {
    if (target.ids.length === 0) return;
    query = query.where('id', 'in', [...target.ids]);
  }
  await query.execute();
}

export interface SettingsRow {
  email: 'off' | 'immediate' | 'daily';
  digest_hour: number;
}

export const DEFAULT_SETTINGS: SettingsRow = { email: 'daily', digest_hour: 7 };

export async function selectSettings(db: Kysely<DB>, userId: string): Promise<SettingsRow> {
  const row = await db
    .selectFrom('net_notification_settings')
    .select(['email', 'digest_hour'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? DEFAULT_SETTINGS;
}

export async function upsertSettings(db: Kysely<DB>, userId: string, settings: SettingsRow): Promise<void> {
  await db
    .insertInto('net_notification_settings')
    .values({ user_id: userId, email: settings.email, digest_hour: settings.digest_hour })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        email: settings.email,
        digest_hour: settings.digest_hour,
        updated_at: new Date(),
      }),
    )
    .execute();
}
