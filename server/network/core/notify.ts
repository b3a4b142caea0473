// Sending notifications: each recipient is checked against the object's label at send time (a recipient who
// cannot read the object gets nothing, and learns nothing), the actor never notifies themself. E-mails are sent
// later by the notifications feature, which checks again at mailing time.
import type { Kysely } from 'kysely';
import type { NotificationKind } from '../../../common/network-terms.ts';
import { loadCompartmentIdsForMany } from '../../access/membership.ts';
import { canRead } from '../../access/policy.ts';
import { effectiveAudience, type Viewer } from '../../access/viewer.ts';
import type { DB, NotificationObjectType, Role } from '../../db/schema.ts';

export interface NotificationObject {
  type: NotificationObjectType;
  id: string;
  level: number;
  compartmentId: string | null;
}

export interface Notification {
  recipients: readonly string[];
  kind: NotificationKind;
  actorId: string | null;
  object: NotificationObject;
}

/** Viewers for many users at once (their current account state and memberships). */
export async function loadViewers(db: Kysely<DB>, userIds: readonly string[], now = new Date()): Promise<Viewer[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'audience', 'roles', 'active', 'email_verified_at', 'partner_expires_at'])
    .where('id', 'in', [...userIds])
    .execute();
  const subjects = rows.map((row) => ({
    userId: row.id,
    organisationId: row.organisation_id,
    audience: effectiveAudience(row, now),
    roles: row.roles as Role[],
  }));
  const memberships = await loadCompartmentIdsForMany(db, subjects);
  return subjects.map((s, i) => ({
    ...s,
    userId: s.audience === 'visitor' ? null : s.userId,
    roles: s.audience === 'visitor' ? [] : s.roles,
    compartmentIds: memberships[i]!,
  }));
}

/** Inserts one notification per recipient who may read the object now; returns the user ids notified. */
export async function notify(db: Kysely<DB>, notification: Notification): Promise<string[]> {
  const ids = [...new Set(notification.recipients)].filter((id) => id !== notification.actorId);
  const viewers = await loadViewers(db, ids);
  const allowed = viewers
    .filter((viewer) => viewer.userId !== null && canRead(viewer, notification.object))
    .map((viewer) => viewer.userId!);
  if (allowed.length === 0) return [];
  await db
    .insertInto('net_notifications')
    .values(
      allowed.map((userId) => ({
        user_id: userId,
        kind: notification.kind,
        actor_id: notification.actorId,
        object_type: notification.object.type,
        object_id: notification.object.id,
        level: notification.object.level,
        compartment_id: notification.object.compartmentId,
      })),
    )
    .execute();
  return allowed;
}
