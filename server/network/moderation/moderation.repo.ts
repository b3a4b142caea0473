// SQL of moderation: reports (with their target, read through the same rules as the posts pages), hiding and
// restoring, suspensions, and the member references shown with them.
import { sql } from 'kysely';
import type { Viewer } from '../../access/viewer.ts';
import type { ReportReason } from '../../db/schema.ts';
import type { Executor } from '../core/context.ts';
import { moderates, readableComment, readablePost } from '../search/readable.ts';

export type TargetType = 'post' | 'comment';
export type ReportStatusName = 'open' | 'resolved' | 'dismissed';

// Member references: the posts' own query (one definition of what a reference shows).
export { selectMemberRefs } from '../posts/posts.repo.ts';

// ---- Reports

const targetColumn = (type: TargetType) => (type === 'post' ? 'post_id' : 'comment_id');

export function insertReport(
  db: Executor,
  values: {
    type: TargetType;
    targetId: string;
    spaceId: string;
    reporterId: string;
    reason: ReportReason;
    details: string;
  },
) {
  return db
    .insertInto('net_reports')
    .values({
      post_id: values.type === 'post' ? values.targetId : null,
      comment_id: values.type === 'comment' ? values.targetId : null,
      space_id: values.spaceId,
      reporter_id: values.reporterId,
      reason: values.reason,
      details: values.details,
    })
    .returning(['id', 'status', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** Moderators of a space: agents owning or moderating a community; the named agents of a deal room. */
export async function selectSpaceModeratorIds(
  db: Executor,
  space: { id: string; kind: string; compartment_id: string | null },
): Promise<string[]> {
  if (space.kind === 'deal_room' && space.compartment_id !== null) {
    const rows = await db
      .selectFrom('compartment_members as cm')
      .innerJoin('users as u', 'u.id', 'cm.user_id')
      .select('u.id')
      .where('cm.compartment_id', '=', space.compartment_id)
      .where('u.audience', '=', 'agent')
      .execute();
    return rows.map((row) => row.id);
  }
  const rows = await db
    .selectFrom('net_space_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.space_id', '=', space.id)
    .where('m.state', '=', 'member')
    .where('m.role', 'in', ['owner', 'moderator'])
    .where('u.audience', '=', 'agent')
    .execute();
  return rows.map((row) => row.id);
}

export interface ReportFilters {
  status: ReportStatusName | 'all';
  reason?: ReportReason | undefined;
  targetType?: TargetType | undefined;
}

/** Reports the viewer moderates and whose target they may read (its space, its label, the hidden rule). */
function reportsQuery(db: Executor, viewer: Viewer, filters: ReportFilters) {
  let query = db
    .selectFrom('net_reports as r')
    .leftJoin('net_comments as c', 'c.id', 'r.comment_id')
    .innerJoin('net_posts as p', (join) => join.on(sql<boolean>`p.id = COALESCE(r.post_id, c.post_id)`))
    .innerJoin('net_spaces as s', 's.id', 'p.space_id')
    .where(
      sql<boolean>`((r.comment_id IS NULL AND ${readablePost(viewer, 'p', 's')})
        OR (r.comment_id IS NOT NULL AND ${readableComment(viewer, 'c', 'p', 's')}))`,
    )
    .where(moderates(viewer, 's'));
  if (filters.status !== 'all') query = query.where('r.status', '=', filters.status);
  if (filters.reason) query = query.where('r.reason', '=', filters.reason);
  if (filters.targetType === 'post') query = query.where('r.comment_id', 'is', null);
  if (filters.targetType === 'comment') query = query.where('r.comment_id', 'is not', null);
  return query;
}

export async function countReports(db: Executor, viewer: Viewer, filters: ReportFilters): Promise<number> {
  const row = await reportsQuery(db, viewer, filters)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function selectReports(
  db: Executor,
  viewer: Viewer,
  filters: ReportFilters,
  page: { limit: number; offset: number },
) {
  return reportsQuery(db, viewer, filters)
    .select([
      'r.id',
      'r.post_id',
      'r.comment_id',
      'r.reporter_id',
      'r.reason',
      'r.details',
      'r.status',
      'r.resolution',
      'r.resolved_by',
      'r.resolved_at',
      'r.created_at',
      'p.id as target_post_id',
      's.id as space_id',
      's.name as space_name',
      's.kind as space_kind',
      sql<string>`COALESCE(c.body, CASE WHEN p.title <> '' THEN p.title || ' — ' || p.body ELSE p.body END)`.as(
        'target_body',
      ),
      sql<number>`COALESCE(c.level, p.level)`.as('target_level'),
      sql<string>`COALESCE(c.tlp, p.tlp)`.as('target_tlp'),
      sql<string | null>`CASE WHEN c.id IS NULL THEN p.compartment_id ELSE c.compartment_id END`.as(
        'target_compartment_id',
      ),
      sql<string | null>`CASE WHEN c.id IS NULL THEN p.author_id ELSE c.author_id END`.as('target_author_id'),
      sql<Date | null>`CASE WHEN c.id IS NULL THEN p.hidden_at ELSE c.hidden_at END`.as('target_hidden_at'),
      sql<string | null>`CASE WHEN c.id IS NULL THEN p.hidden_reason ELSE c.hidden_reason END`.as(
        'target_hidden_reason',
      ),
    ])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export type ReportRow = Awaited<ReturnType<typeof selectReports>>[number];

/** One report, whoever asks (the service checks the target). */
export function selectReport(db: Executor, id: string) {
  return db
    .selectFrom('net_reports')
    .select(['id', 'post_id', 'comment_id', 'space_id', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function resolveReport(
  db: Executor,
  id: string,
  values: { status: 'resolved' | 'dismissed'; resolution: string; by: string },
): Promise<boolean> {
  const rows = await db
    .updateTable('net_reports')
    .set({ status: values.status, resolution: values.resolution, resolved_by: values.by, resolved_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Closes the open reports of one item (when a moderator hides it); returns how many. */
export async function resolveOpenReportsOf(
  db: Executor,
  type: TargetType,
  targetId: string,
  values: { resolution: string; by: string },
): Promise<number> {
  const rows = await db
    .updateTable('net_reports')
    .set({ status: 'resolved', resolution: values.resolution, resolved_by: values.by, resolved_at: new Date() })
    .where(targetColumn(type), '=', targetId)
    .where('status', '=', 'open')
    .returning('id')
    .execute();
  return rows.length;
}

// ---- Hiding

const tableOf = (type: TargetType) => (type === 'post' ? 'net_posts' : 'net_comments');

/** Sets or clears the hidden columns, only when the item is in the other state; returns the new state or null. */
export async function setHidden(
  db: Executor,
  type: TargetType,
  id: string,
  hidden: { by: string; reason: string } | null,
): Promise<{ hidden_at: Date | null; hidden_reason: string | null } | null> {
  const row = await db
    .updateTable(tableOf(type))
    .set(
      hidden
        ? { hidden_at: new Date(), hidden_by: hidden.by, hidden_reason: hidden.reason }
        : { hidden_at: null, hidden_by: null, hidden_reason: null },
    )
    .where('id', '=', id)
    .where('hidden_at', hidden ? 'is' : 'is not', null)
    .returning(['hidden_at', 'hidden_reason'])
    .executeTakeFirst();
  return row ?? null;
}

// ---- Suspensions

export function selectUserFacts(db: Executor, id: string) {
  return db.selectFrom('users').select(['id', 'audience', 'roles']).where('id', '=', id).executeTakeFirst();
}

const inForce = sql<boolean>`(lifted_at IS NULL AND (until IS NULL OR until > now()))`;

/** Lifts the suspensions of `userId` in force; returns their ids. */
export async function liftSuspensions(db: Executor, userId: string, by: string): Promise<number[]> {
  const rows = await db
    .updateTable('net_suspensions')
    .set({ lifted_at: new Date(), lifted_by: by })
    .where('user_id', '=', userId)
    .where(inForce)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export function insertSuspension(
  db: Executor,
  values: { userId: string; reason: string; until: Date | null; by: string },
) {
  return db
    .insertInto('net_suspensions')
    .values({ user_id: values.userId, reason: values.reason, until: values.until, created_by: values.by })
    .returning(['id', 'user_id', 'reason', 'until', 'created_at', 'created_by', 'lifted_at', 'lifted_by'])
    .executeTakeFirstOrThrow();
}

function suspensionsQuery(db: Executor, activeOnly: boolean) {
  const query = db.selectFrom('net_suspensions');
  return activeOnly ? query.where(inForce) : query;
}

export async function countSuspensions(db: Executor, activeOnly: boolean): Promise<number> {
  const row = await suspensionsQuery(db, activeOnly)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function selectSuspensions(db: Executor, activeOnly: boolean, page: { limit: number; offset: number }) {
  return suspensionsQuery(db, activeOnly)
    .select(['id', 'user_id', 'reason', 'until', 'created_at', 'created_by', 'lifted_at', 'lifted_by'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export type SuspensionRow = Awaited<ReturnType<typeof selectSuspensions>>[number];
