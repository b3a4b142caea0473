// Reports: members report a post or comment they can read; moderators who can read it see the report in their
// queue (a moderator outside a deal room never learns of its reports) and resolve or dismiss it.
import type {
  ReportCreateBody,
  ReportCreated,
  ReportList,
  ReportsQuery,
  ReportView,
  ResolveBody,
} from '../../../common/schemas/network-moderation.ts';
import { appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertNotSuspended, assertUuid, isAgent, type NetworkDeps } from '../core/context.ts';
import { plainExcerpt } from '../core/markdown.ts';
import { notify } from '../core/notify.ts';
import { presentLabel } from '../core/present.ts';
import * as repo from './moderation.repo.ts';
import { loadModeratedTarget, loadReadableTarget } from './targets.ts';

export type ModerationDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip'>;

/** Files a report; one open report per reporter and item; the space's moderators who can read it are notified. */
export async function createReport(
  deps: ModerationDeps,
  viewer: Viewer & { userId: string },
  input: ReportCreateBody,
): Promise<ReportCreated> {
  await assertNotSuspended(deps.db, viewer, deps.lang);
  const target = await loadReadableTarget(deps.db, viewer, input.targetType, input.targetId);
  if (target.authorId === viewer.userId) throw new AppError('ERR_FORBIDDEN');
  const details = (input.details ?? '').trim();
  assertNoClassificationMarking(details);
  // One open report per reporter and item: the database's unique indexes decide, even under concurrency.
  const created = await repo
    .insertReport(deps.db, {
      type: input.targetType,
      targetId: target.id,
      spaceId: target.access.space.id,
      reporterId: viewer.userId,
      reason: input.reason,
      details,
    })
    .catch((error: unknown) => {
      if ((error as { code?: string } | null)?.code === '23505') throw new AppError('ERR_CONFLICT');
      throw error;
    });
  const moderators = await repo.selectSpaceModeratorIds(deps.db, target.access.space);
  await notify(deps.db, {
    recipients: moderators,
    kind: 'report',
    actorId: viewer.userId,
    object: { type: 'report', id: created.id, level: target.level, compartmentId: target.compartmentId },
  });
  return { id: created.id, status: created.status, createdAt: created.created_at.toISOString() };
}

/** Moderators (global, or of some space or room) see the reports of what they moderate and can read. */
function assertMayModerate(viewer: Viewer): void {
  if (!isAgent(viewer)) throw new AppError('ERR_FORBIDDEN');
}

export async function listReports(deps: ModerationDeps, viewer: Viewer, query: ReportsQuery): Promise<ReportList> {
  assertMayModerate(viewer);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const filters: repo.ReportFilters = {
    status: query.status ?? 'open',
    reason: query.reason,
    targetType: query.targetType,
  };
  const [total, rows] = await Promise.all([
    repo.countReports(deps.db, viewer, filters),
    repo.selectReports(deps.db, viewer, filters, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  const members = await repo.selectMemberRefs(
    deps.db,
    rows.flatMap((row) => [row.reporter_id, row.resolved_by, row.target_author_id]),
  );
  await recordRestrictedReads(
    deps.db,
    viewer,
    rows.map((row) => ({
      type: row.comment_id ? 'comment' : 'post',
      id: row.comment_id ?? row.target_post_id,
      level: row.target_level,
      compartmentId: row.target_compartment_id,
    })),
    deps.ip,
  );
  return { items: rows.map((row) => presentReport(deps, row, members)), total, page, pageSize };
}

function presentReport(deps: ModerationDeps, row: repo.ReportRow, members: Map<string, ReportView['reporter']>) {
  const member = (id: string | null) => (id === null ? null : (members.get(id) ?? null));
  const hidden = row.target_hidden_at;
  return {
    id: row.id,
    targetType: row.comment_id ? 'comment' : 'post',
    targetId: row.comment_id ?? row.target_post_id,
    postId: row.target_post_id,
    target: {
      excerpt: plainExcerpt(row.target_body, 280),
      label: presentLabel(row.target_level, row.target_tlp, deps.lang),
      author: member(row.target_author_id),
      hidden: hidden ? { at: new Date(hidden).toISOString(), reason: row.target_hidden_reason } : null,
    },
    space: { id: row.space_id, name: row.space_name, kind: row.space_kind },
    reporter: member(row.reporter_id),
    reason: row.reason,
    details: row.details,
    status: row.status,
    resolution: row.resolution,
    resolvedBy: member(row.resolved_by),
    resolvedAt: row.resolved_at ? row.resolved_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    abilities: { resolve: row.status === 'open', hide: hidden === null, restore: hidden !== null },
  } satisfies ReportView;
}

/** Resolves or dismisses an open report of an item the viewer moderates and can read (404 otherwise). */
export async function resolveReport(
  deps: ModerationDeps,
  viewer: Viewer & { userId: string },
  id: string,
  input: ResolveBody,
): Promise<void> {
  assertUuid(id);
  const report = await repo.selectReport(deps.db, id);
  if (!report) throw notFound();
  const type = report.comment_id ? 'comment' : 'post';
  const target = await loadModeratedTarget(deps.db, viewer, type, (report.comment_id ?? report.post_id) as string, {
    hideUnmoderated: true,
  });
  const resolution = input.resolution.trim();
  assertNoClassificationMarking(resolution);
  if (resolution === '') {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'resolution', message: 'required' }] });
  }
  await deps.db.transaction().execute(async (tx) => {
    const done = await repo.resolveReport(tx, id, { status: input.status, resolution, by: viewer.userId });
    if (!done) throw invalidTransition(deps, report.status);
    await appendAudit(tx, {
      action: input.status === 'resolved' ? 'report.resolved' : 'report.dismissed',
      actorId: viewer.userId,
      objectType: 'report',
      objectId: id,
      details: { resolution, target: { type, id: target.id }, spaceId: target.access.space.id },
      ip: deps.ip,
    });
  });
}

function invalidTransition(deps: ModerationDeps, status: string) {
  const closed =
    deps.lang === 'fr'
      ? `ce signalement est déjà ${status === 'dismissed' ? 'classé sans suite' : 'traité'}.`
      : `this report is already ${status === 'dismissed' ? 'dismissed' : 'resolved'}.`;
  return new AppError('ERR_INVALID_TRANSITION', { params: { detail: closed } });
}
