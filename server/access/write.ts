// Write rules: a writer only creates what they could read, a reply never sits below its thread
// ("no write-down"), and lowering a label is an explicit, audited action of the owner.
import { AppError, notFound } from '../errors.ts';
import type { AuditEntry } from './audit.ts';
import { isLevel, type Label, type Level, labelAt, type Tlp, validateLabel } from './labels.ts';
import { canRead, type LabelledItem } from './policy.ts';
import type { Viewer } from './viewer.ts';

// Only level 3 offers a choice (AMBER or RED); RED is the stricter one.
const TLP_RANK: Readonly<Record<Tlp, number>> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 };

/** A reply may raise the level (or, at level 3, the marking) of its thread, never lower it, and stays in its compartment. */
export function canWriteChild(parent: Label, child: Label): boolean {
  if (child.compartmentId !== parent.compartmentId) return false;
  if (child.level !== parent.level) return child.level > parent.level;
  return TLP_RANK[child.tlp] >= TLP_RANK[parent.tlp];
}

function assertSignedIn(viewer: Viewer): void {
  if (viewer.userId === null) throw new AppError('ERR_UNAUTHENTICATED');
  if (viewer.audience === 'visitor') throw new AppError('ERR_FORBIDDEN');
}

/**
 * Checks that `viewer` may create an item labelled `label` (optionally as a reply under `parent`) and
 * returns the validated label. Compartments the viewer is not in answer "not found", like reads.
 */
export function assertCanCreate(
  viewer: Viewer,
  label: { level: unknown; tlp: unknown; compartmentId?: unknown },
  parent?: Label,
): Label {
  assertSignedIn(viewer);
  const child = validateLabel(label);
  if (parent) {
    if (!canRead(viewer, parent)) throw notFound();
    if (!canWriteChild(parent, child)) throw new AppError('ERR_LEVEL_WRITE_DOWN');
  }
  if (!canRead(viewer, child)) {
    if (child.compartmentId !== null) throw notFound();
    throw new AppError('ERR_FORBIDDEN');
  }
  return child;
}

export interface OwnedItem extends LabelledItem {
  type: string;
  id: string | number;
  ownerId: string | null;
  tlp?: Tlp;
}

/**
 * Lowering a level: only the item's owner, only downwards, and only to a label the owner still reads.
 * Below level 3 an item leaves its compartment. Returns the new label and the audit entry to append
 * in the same transaction as the update.
 */
export function assertCanLower(
  viewer: Viewer,
  item: OwnedItem,
  newLevel: Level,
  options: { reason?: string; ip?: string | null } = {},
): { label: Label; audit: AuditEntry } {
  if (!canRead(viewer, item)) throw notFound();
  assertSignedIn(viewer);
  if (item.ownerId === null || item.ownerId !== viewer.userId) throw new AppError('ERR_FORBIDDEN');
  if (!isLevel(newLevel) || newLevel >= item.level) {
    throw new AppError('ERR_INVALID_LABEL', {
      params: { reason: `le niveau ${String(newLevel)} n’est pas inférieur / level ${String(newLevel)} is not lower` },
    });
  }
  const label = labelAt(newLevel, item.compartmentId);
  if (!canRead(viewer, label)) throw new AppError('ERR_FORBIDDEN');
  return {
    label,
    audit: {
      action: 'label.lowered',
      actorId: viewer.userId,
      objectType: item.type,
      objectId: String(item.id),
      details: {
        from: { level: item.level, tlp: item.tlp ?? null, compartmentId: item.compartmentId },
        to: label,
        ...(options.reason ? { reason: options.reason } : {}),
      },
      ip: options.ip ?? null,
    },
  };
}

/** Only agents open deal rooms and company files. */
export function canCreateCompartment(viewer: Viewer): boolean {
  return viewer.audience === 'agent' && viewer.userId !== null;
}
