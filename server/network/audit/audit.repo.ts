// SQL of the audit views: entries by filters (newest first), and what the administrator may read of the objects
// the entries name (any id they hold, in object_id or in details), decided by the same rules as every read path.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { memberVisibleTo } from '../../access/directory.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { readableComment, readablePost, readableRow, readableSpace } from '../search/readable.ts';

export interface AuditFilter {
  actorId?: string | undefined;
  /** Exact action, or a prefix when `actionPrefix`. */
  action?: string | undefined;
  actionPrefix?: boolean;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
  /** Keyset: only ids below. */
  beforeId?: number | undefined;
}

export interface AuditRow {
  id: number;
  at: Date;
  actor_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  actor_name: string | null;
  actor_audience: 'company' | 'partner' | 'agent' | null;
  actor_organisation: string | null;
  actor_verified_at: Date | null;
}

function where(filter: AuditFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.actorId) parts.push(sql`l.actor_id = ${filter.actorId}::uuid`);
  if (filter.action) {
    parts.push(filter.actionPrefix ? sql`starts_with(l.action, ${filter.action})` : sql`l.action = ${filter.action}`);
  }
  if (filter.objectType) parts.push(sql`l.object_type = ${filter.objectType}`);
  if (filter.objectId) parts.push(sql`l.object_id = ${filter.objectId}`);
  if (filter.from) parts.push(sql`l.at >= ${filter.from}`);
  if (filter.to) parts.push(sql`l.at < ${filter.to}`);
  if (filter.beforeId) parts.push(sql`l.id < ${filter.beforeId}`);
  return sql<SqlBool>`${sql.join(parts, sql` AND `)}`;
}

export async function selectEntries(
  db: Kysely<DB>,
  viewer: Viewer,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<AuditRow[]> {
  const result = await sql<AuditRow>`
    SELECT l.id, l.at, l.actor_id, l.action, l.object_type, l.object_id, l.details, l.ip,
      au.name AS actor_name, au.audience AS actor_audience, ao.name AS actor_organisation,
      apf.verified_at AS actor_verified_at
    FROM audit_log AS l
    LEFT JOIN users AS au ON au.id = l.actor_id AND ${memberVisibleTo(viewer, 'au')}
    LEFT JOIN organisations AS ao ON ao.id = au.organisation_id
    LEFT JOIN net_profiles AS apf ON apf.user_id = au.id
    WHERE ${where(filter)}
    ORDER BY l.id DESC
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    id: Number(row.id),
    details: typeof row.details === 'string' ? (JSON.parse(row.details) as Record<string, unknown>) : row.details,
  }));
}

export async function countEntries(db: Kysely<DB>, filter: AuditFilter): Promise<number> {
  const result = await sql<{ total: number | string }>`
    SELECT count(*) AS total FROM audit_log AS l WHERE ${where(filter)}`.execute(db);
  return Number(result.rows[0]?.total ?? 0);
}

export interface ObjectVerdict {
  id: string;
  visible: boolean;
  title: string | null;
}

/**
 * For each id that names a labelled object (space or deal room, post, comment, request, compartment, conversation,
 * attachment, message, report): may the viewer read it, and its title. Ids naming nothing labelled (users,
 * organisations, deleted rows) are absent from the answer.
 */
export async function judgeObjects(db: Kysely<DB>, viewer: Viewer, ids: readonly string[]): Promise<ObjectVerdict[]> {
  if (ids.length === 0) return [];
  const list = sql`${[...ids]}::uuid[]`;
  const result = await sql<{ id: string; visible: boolean; title: string | null }>`
    SELECT x.id::text AS id, bool_and(x.visible) AS visible,
      (array_agg(x.title ORDER BY x.priority) FILTER (WHERE x.title IS NOT NULL AND x.title <> ''))[1] AS title
    FROM (
      SELECT s.id, ${readableSpace(viewer, 's')} AS visible, s.name AS title, 1 AS priority
        FROM net_spaces AS s WHERE s.id = ANY(${list})
      UNION ALL SELECT p.id, ${readablePost(viewer, 'p', 's')}, COALESCE(NULLIF(p.title, ''), left(p.body, 200)), 1
        FROM net_posts AS p JOIN net_spaces AS s ON s.id = p.space_id WHERE p.id = ANY(${list})
      UNION ALL SELECT c.id, ${readableComment(viewer, 'c', 'p', 's')}, left(c.body, 200), 1
        FROM net_comments AS c JOIN net_posts AS p ON p.id = c.post_id JOIN net_spaces AS s ON s.id = c.space_id
        WHERE c.id = ANY(${list})
      UNION ALL SELECT r.id, ${readableRow(viewer, 'r')}, r.reference, 1
        FROM portal_support_requests AS r WHERE r.id = ANY(${list})
      UNION ALL SELECT cm.id, ${readableRow(viewer, 'cm')}, cm.name, 2
        FROM (SELECT id, name, 3::smallint AS level, id AS compartment_id FROM compartments) AS cm
        WHERE cm.id = ANY(${list})
      UNION ALL SELECT cv.id, true, cv.title, 1 FROM net_conversations AS cv WHERE cv.id = ANY(${list})
      UNION ALL SELECT a.id, ${readableRow(viewer, 'a')}, a.filename, 1
        FROM net_attachments AS a WHERE a.id = ANY(${list})
      UNION ALL SELECT m.id, ${readableRow(viewer, 'm')}, NULL, 1 FROM net_messages AS m WHERE m.id = ANY(${list})
      UNION ALL SELECT rr.id, CASE WHEN rr.comment_id IS NULL THEN ${readablePost(viewer, 'rp', 'rs')}
          ELSE ${readableComment(viewer, 'rc', 'rp', 'rs')} END, NULL, 1
        FROM net_reports AS rr LEFT JOIN net_comments AS rc ON rc.id = rr.comment_id
        LEFT JOIN net_posts AS rp ON rp.id = COALESCE(rr.post_id, rc.post_id)
        LEFT JOIN net_spaces AS rs ON rs.id = rp.space_id
        WHERE rr.id = ANY(${list})
    ) AS x
    GROUP BY x.id`.execute(db);
  return result.rows.map((row) => ({ id: row.id, visible: row.visible === true, title: row.title }));
}
