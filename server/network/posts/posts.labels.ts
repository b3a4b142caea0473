// The labels of posts and comments: what a new item gets (the space's default, never below the space; level 3 in
// a deal room), how two labels compare, and lowering by the author *or a moderator* (the access module's
// assertCanLower covers owners only): an explicit action with a reason, audited.

import type { AuditEntry } from '../../access/audit.ts';
import { defaultTlp, isLevel, type Label, validateLabel } from '../../access/labels.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError } from '../../errors.ts';
import type { SpaceAccess } from '../core/context.ts';

export interface LabelRequest {
  level?: number;
  tlp?: string | undefined;
}

const TLP_RANK: Readonly<Record<string, number>> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 };

/** Negative when `a` is below `b`, 0 when equal, positive above (level first, then the marking). */
export function compareLabels(a: { level: number; tlp: string }, b: { level: number; tlp: string }): number {
  if (a.level !== b.level) return a.level - b.level;
  return (TLP_RANK[a.tlp] ?? 0) - (TLP_RANK[b.tlp] ?? 0);
}

function roomOnly(): AppError {
  return new AppError('ERR_INVALID_LABEL', {
    params: {
      reason:
        'dans une salle de projet, tout est au niveau 3 (TLP:AMBER ou TLP:RED) / ' +
        'in a deal room everything is level 3 (TLP:AMBER or TLP:RED)',
    },
  });
}

/** The label of a post in `space`: the request's, or the space's default; validated, never below the space. */
export function postLabelIn(space: SpaceAccess['space'], input: LabelRequest | undefined): Label {
  if (space.kind === 'deal_room') {
    if (input?.level !== undefined && input.level !== 3) throw roomOnly();
    return validateLabel({ level: 3, tlp: input?.tlp ?? space.default_tlp, compartmentId: space.compartment_id });
  }
  const level = input?.level ?? space.default_level;
  if (isLevel(level) && level < space.level) {
    throw new AppError('ERR_LABEL_BELOW_SPACE', { params: { level: space.level } });
  }
  const tlp =
    input?.tlp ?? (level === space.default_level ? space.default_tlp : isLevel(level) ? defaultTlp(level) : '');
  return validateLabel({ level, tlp, compartmentId: null });
}

/** The label of a comment under `post`: the request's, or the post's own. Write-down is checked by the caller. */
export function commentLabelUnder(
  post: { level: number; tlp: string; compartment_id: string | null },
  input: LabelRequest | undefined,
): Label {
  if (post.compartment_id !== null) {
    if (input?.level !== undefined && input.level !== 3) throw roomOnly();
    return validateLabel({ level: 3, tlp: input?.tlp ?? post.tlp, compartmentId: post.compartment_id });
  }
  const level = input?.level ?? post.level;
  const tlp = input?.tlp ?? (level === post.level ? post.tlp : isLevel(level) ? defaultTlp(level) : '');
  return validateLabel({ level, tlp, compartmentId: null });
}

/**
 * Lowering a post's or comment's label: by its author or a moderator of its space, with a reason (checked for
 * markings), to a label the actor still reads. Returns the audit entry to append in the same transaction.
 */
export function assertCanLowerItem(
  viewer: Viewer,
  item: { type: 'post' | 'comment'; id: string; level: number; tlp: string; compartmentId: string | null },
  next: Label,
  options: { isAuthor: boolean; canModerate: boolean; reason: string | undefined; ip: string | null },
): AuditEntry {
  if (!options.isAuthor && !options.canModerate) throw new AppError('ERR_FORBIDDEN');
  const reason = options.reason?.trim() ?? '';
  if (reason === '') {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'reason', message: 'a reason is required to lower a label' }],
    });
  }
  assertNoClassificationMarking(reason);
  if (!canRead(viewer, next)) throw new AppError('ERR_FORBIDDEN');
  return {
    action: 'label.lowered',
    actorId: viewer.userId,
    objectType: item.type,
    objectId: item.id,
    details: {
      from: { level: item.level, tlp: item.tlp, compartmentId: item.compartmentId },
      to: next,
      reason,
      by: options.isAuthor ? 'author' : 'moderator',
    },
    ip: options.ip,
  };
}

/** Raising: the author or a moderator, to a label they can read themselves (audited too: every change of level). */
export function assertCanRaiseItem(
  viewer: Viewer,
  item: { type: 'post' | 'comment'; id: string; level: number; tlp: string; compartmentId: string | null },
  next: Label,
  options: { isAuthor: boolean; canModerate: boolean; reason: string | undefined; ip: string | null },
): AuditEntry {
  if (!options.isAuthor && !options.canModerate) throw new AppError('ERR_FORBIDDEN');
  const reason = options.reason?.trim() ?? '';
  if (reason) assertNoClassificationMarking(reason);
  if (!canRead(viewer, next)) throw new AppError('ERR_FORBIDDEN');
  return {
    action: 'label.raised',
    actorId: viewer.userId,
    objectType: item.type,
    objectId: item.id,
    details: {
      from: { level: item.level, tlp: item.tlp, compartmentId: item.compartmentId },
      to: next,
      ...(reason ? { reason } : {}),
      by: options.isAuthor ? 'author' : 'moderator',
    },
    ip: options.ip,
  };
}
