// Hiding and restoring posts and comments (moderators of their space who can read them), and suspending members
// (global moderators). Every action is audited with its reason in the same transaction.
import type {
  ModerationResult,
  SuspensionBody,
  SuspensionList,
  SuspensionsQuery,
  SuspensionView,
} from '../../../common/schemas/network-moderation.ts';
import { appendAudit } from '../../access/audit.ts';
import { isAdmin } from '../../access/directory.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertUuid, isGlobalModerator } from '../core/context.ts';
import * as repo from './moderation.repo.ts';
import type { ModerationDeps } from './reports.service.ts';
import { loadModeratedTarget } from './targets.ts';

function cleanReason(reason: string, field = 'reason'): string {
  const text = reason.trim();
  if (text === '') throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message: 'required' }] });
  assertNoClassificationMarking(text);
  return text;
}

function transition(deps: ModerationDeps, fr: string, en: string) {
  return new AppError('ERR_INVALID_TRANSITION', { params: { detail: deps.lang === 'fr' ? fr : en } });
}

/** Hides (`hide`) or restores the item; hiding closes its open reports. */
export async function setHidden(
  deps: ModerationDeps,
  viewer: Viewer & { userId: string },
  type: repo.TargetType,
  id: string,
  hide: boolean,
  rawReason: string,
): Promise<ModerationResult> {
  const target = await loadModeratedTarget(deps.db, viewer, type, id);
  const reason = cleanReason(rawReason);
  return deps.db.transaction().execute(async (tx) => {
    const state = await repo.setHidden(tx, type, target.id, hide ? { by: viewer.userId, reason } : null);
    if (!state) {
      throw hide
        ? transition(deps, 'ce contenu est déjà masqué.', 'this item is already hidden.')
        : transition(deps, 'ce contenu n’est pas masqué.', 'this item is not hidden.');
    }
    const resolvedReports = hide
      ? await repo.resolveOpenReportsOf(tx, type, target.id, { resolution: reason, by: viewer.userId })
      : 0;
    await appendAudit(tx, {
      action: hide ? 'content.hidden' : 'content.restored',
      actorId: viewer.userId,
      objectType: type,
      objectId: target.id,
      details: {
        reason,
        spaceId: target.access.space.id,
        ...(type === 'comment' ? { postId: target.postId } : {}),
        ...(hide ? { resolvedReports } : {}),
      },
      ip: deps.ip,
    });
    return {
      targetType: type,
      id: target.id,
      hidden: state.hidden_at ? { at: state.hidden_at.toISOString(), reason: state.hidden_reason } : null,
      resolvedReports,
    };
  });
}

// ---- Suspensions

function assertGlobalModerator(viewer: Viewer): void {
  if (!isGlobalModerator(viewer)) throw new AppError('ERR_FORBIDDEN');
}

/** The member to suspend or reinstate: never oneself; another moderator or an admin only by an admin. */
async function loadSuspendable(deps: ModerationDeps, viewer: Viewer & { userId: string }, id: string) {
  assertGlobalModerator(viewer);
  assertUuid(id);
  const user = await repo.selectUserFacts(deps.db, id);
  if (!user) throw notFound();
  if (user.id === viewer.userId) throw new AppError('ERR_FORBIDDEN');
  const steward = user.roles.includes('moderator') || user.roles.includes('admin');
  if (steward && !isAdmin(viewer)) throw new AppError('ERR_FORBIDDEN');
  return user;
}

export async function suspendMember(
  deps: ModerationDeps,
  viewer: Viewer & { userId: string },
  id: string,
  input: SuspensionBody,
): Promise<SuspensionView> {
  const user = await loadSuspendable(deps, viewer, id);
  const reason = cleanReason(input.reason);
  const until = input.until ? new Date(input.until) : null;
  if (until !== null && (Number.isNaN(until.getTime()) || until.getTime() <= Date.now())) {
    const message = deps.lang === 'fr' ? 'La date de fin doit être à venir.' : 'The end date must be in the future.';
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'until', message }] });
  }
  const row = await deps.db.transaction().execute(async (tx) => {
    // A new suspension replaces the one in force (to change its reason or its end).
    const replaced = await repo.liftSuspensions(tx, user.id, viewer.userId);
    const inserted = await repo.insertSuspension(tx, { userId: user.id, reason, until, by: viewer.userId });
    await appendAudit(tx, {
      action: 'member.suspended',
      actorId: viewer.userId,
      objectType: 'user',
      objectId: user.id,
      details: { reason, until: until?.toISOString() ?? null, ...(replaced.length > 0 ? { replaced } : {}) },
      ip: deps.ip,
    });
    return inserted;
  });
  const [view] = await presentSuspensions(deps, [row]);
  return view as SuspensionView;
}

export async function liftSuspension(deps: ModerationDeps, viewer: Viewer & { userId: string }, id: string) {
  const user = await loadSuspendable(deps, viewer, id);
  await deps.db.transaction().execute(async (tx) => {
    const lifted = await repo.liftSuspensions(tx, user.id, viewer.userId);
    if (lifted.length === 0) throw notFound();
    await appendAudit(tx, {
      action: 'member.reinstated',
      actorId: viewer.userId,
      objectType: 'user',
      objectId: user.id,
      details: { lifted },
      ip: deps.ip,
    });
  });
}

export async function listSuspensions(
  deps: ModerationDeps,
  viewer: Viewer,
  query: SuspensionsQuery,
): Promise<SuspensionList> {
  assertGlobalModerator(viewer);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const activeOnly = query.active ?? true;
  const [total, rows] = await Promise.all([
    repo.countSuspensions(deps.db, activeOnly),
    repo.selectSuspensions(deps.db, activeOnly, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return { items: await presentSuspensions(deps, rows), total, page, pageSize };
}

async function presentSuspensions(
  deps: ModerationDeps,
  rows: readonly repo.SuspensionRow[],
): Promise<SuspensionView[]> {
  const members = await repo.selectMemberRefs(
    deps.db,
    rows.flatMap((row) => [row.user_id, row.created_by, row.lifted_by]),
  );
  const member = (id: string | null) => (id === null ? null : (members.get(id) ?? null));
  return rows.flatMap((row) => {
    const subject = member(row.user_id);
    if (!subject) return [];
    return [
      {
        id: row.id,
        member: subject,
        reason: row.reason,
        until: row.until ? row.until.toISOString() : null,
        createdAt: row.created_at.toISOString(),
        createdBy: member(row.created_by),
        liftedAt: row.lifted_at ? row.lifted_at.toISOString() : null,
        liftedBy: member(row.lifted_by),
      },
    ];
  });
}
