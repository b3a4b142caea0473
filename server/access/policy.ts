// The read rule, twice: `canRead` for one item in memory, `visibleTo` as a SQL condition for any content
// table. The property test keeps the two in agreement; change them together.
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { viewerLevel } from './labels.ts';
import type { Viewer } from './viewer.ts';

/** What the read rule looks at. `level` is a number so rows from the database can be checked as they come. */
export interface LabelledItem {
  level: number;
  compartmentId: string | null;
}

/** Member of a compartment, by name or agent team; visitors (including lapsed accounts) never are. */
function isMember(viewer: Viewer, compartmentId: string): boolean {
  return viewer.audience !== 'visitor' && viewer.userId !== null && viewer.compartmentIds.has(compartmentId);
}

/**
 * Read iff level(viewer) >= item.level, and, in a compartment, the viewer is a member.
 * Level 3 is read by members only, and by nobody outside a compartment. Roles grant nothing.
 */
export function canRead(viewer: Viewer, item: LabelledItem): boolean {
  const { level, compartmentId } = item;
  if (!Number.isInteger(level) || level < 0 || level > 3) return false;
  const withinLevel = level <= viewerLevel(viewer.audience);
  if (compartmentId === null) return withinLevel;
  if (typeof compartmentId !== 'string' || !isMember(viewer, compartmentId)) return false;
  return level === 3 || withinLevel;
}

/** Column references of a content table, as `table.column` (or an alias). */
export interface LabelColumns {
  /** A `smallint NOT NULL` column holding the level. */
  level: string;
  /** A `uuid` column, null outside compartments. */
  compartmentId: string;
}

/**
 * The read rule as a SQL boolean for a WHERE (or JOIN ... ON) clause of any query:
 * `.where(visibleTo(viewer, { level: 'posts.level', compartmentId: 'posts.compartment_id' }))`.
 * Membership is checked against compartment_members at query time, so it is always current.
 */
export function visibleTo(viewer: Viewer, columns: LabelColumns): RawBuilder<SqlBool> {
  const level = sql.ref(columns.level);
  const compartmentId = sql.ref(columns.compartmentId);
  // A literal, not a parameter: it comes from the code (0-2), and lets the planner use partial indexes.
  const max = sql.lit(viewerLevel(viewer.audience));
  const open = sql`(${compartmentId} IS NULL AND ${level} BETWEEN 0 AND ${max})`;
  const member = membership(viewer, compartmentId);
  if (member === null) return sql<SqlBool>`${open}`;
  return sql<SqlBool>`(${open} OR (${compartmentId} IS NOT NULL AND (${level} = 3 OR ${level} BETWEEN 0 AND ${max}) AND ${member}))`;
}

function membership(viewer: Viewer, compartmentId: Expression<unknown>): RawBuilder<SqlBool> | null {
  if (viewer.audience === 'visitor' || viewer.userId === null) return null;
  const team = viewer.audience === 'agent' ? viewer.organisationId : null;
  const who =
    team === null
      ? sql`access_member.user_id = ${viewer.userId}`
      : sql`(access_member.user_id = ${viewer.userId} OR access_member.organisation_id = ${team})`;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM compartment_members AS access_member
    WHERE access_member.compartment_id = ${compartmentId} AND ${who})`;
}
