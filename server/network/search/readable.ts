// SQL conditions for "the viewer may read this post / comment" as every network read path decides it: the space's
// own label, the item's label (`visibleTo`), and the hidden rule (a moderated item shows only to its author and to
// those who moderate its space). Used by search and by the notifications' resolution, so both agree with the
// posts pages.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { isAgent, isGlobalModerator } from '../core/context.ts';

const label = (alias: string) => ({ level: `${alias}.level`, compartmentId: `${alias}.compartment_id` });

/** The viewer moderates the space row `s`: global moderators; agents owning or moderating a community; agents of a room. */
export function moderates(viewer: Viewer, s: string): RawBuilder<SqlBool> {
  if (!isAgent(viewer) || viewer.userId === null) return sql<SqlBool>`false`;
  if (isGlobalModerator(viewer)) return sql<SqlBool>`true`;
  const rooms = [...viewer.compartmentIds];
  return sql<SqlBool>`((${sql.ref(`${s}.kind`)} = 'deal_room' AND ${sql.ref(`${s}.compartment_id`)} = ANY(${rooms}::uuid[]))
    OR EXISTS (SELECT 1 FROM net_space_members AS moderator
      WHERE moderator.space_id = ${sql.ref(`${s}.id`)} AND moderator.user_id = ${viewer.userId}
        AND moderator.state = 'member' AND moderator.role IN ('owner', 'moderator')))`;
}

/** Hidden rows (`alias`: a post or comment) show only to their author and to the moderators of space `s`. */
function notHiddenFrom(viewer: Viewer, alias: string, s: string): RawBuilder<SqlBool> {
  const author = viewer.userId === null ? sql`false` : sql`${sql.ref(`${alias}.author_id`)} = ${viewer.userId}`;
  return sql<SqlBool>`(${sql.ref(`${alias}.hidden_at`)} IS NULL OR ${author} OR ${moderates(viewer, s)})`;
}

/** The space row `s` exists and the viewer may know of it (its own label). */
export function readableSpace(viewer: Viewer, s: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${s}.id`)} IS NOT NULL AND ${visibleTo(viewer, label(s))})`;
}

/** The post row `p`, in the space row `s`, is readable by the viewer. */
export function readablePost(viewer: Viewer, p: string, s: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${p}.id`)} IS NOT NULL AND ${readableSpace(viewer, s)}
    AND ${visibleTo(viewer, label(p))} AND ${notHiddenFrom(viewer, p, s)})`;
}

/** The comment row `c`, on the post row `p` in the space row `s`, is readable by the viewer. */
export function readableComment(viewer: Viewer, c: string, p: string, s: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${c}.id`)} IS NOT NULL AND ${readablePost(viewer, p, s)}
    AND ${visibleTo(viewer, label(c))} AND ${notHiddenFrom(viewer, c, s)})`;
}

/** Any row `alias` with level and compartment_id columns (requests, attachments, messages). */
export function readableRow(viewer: Viewer, alias: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.id`)} IS NOT NULL AND ${visibleTo(viewer, label(alias))})`;
}
