// Notifications in the app: the reader's list (newest first, keyset pages), the unread count, marking read and the
// e-mail settings. Every read resolves each notification's object as it is now; level-3 objects shown are audited.
import type {
  NotificationCount,
  NotificationList,
  NotificationListQuery,
  NotificationReadBody,
  NotificationSettings,
  NotificationSettingsBody,
} from '../../../common/schemas/network-notifications.ts';
import { recordRestrictedReads } from '../../access/audit.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError } from '../../errors.ts';
import type { NetworkDeps } from '../core/context.ts';
import { auditType, presentNotification } from './notifications.present.ts';
import * as repo from './notifications.repo.ts';

type Reader = Viewer & { userId: string };

/** The cursor of the next page: the last notification shown (time and id), opaque to clients. */
const encodeCursor = (row: { created_exact: string; id: number }) =>
  Buffer.from(`${row.created_exact}|${row.id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string | undefined): { at: string; id: number } | null {
  if (cursor === undefined || cursor === '') return null;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([1-9][0-9]{0,15})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  const at = match ? new Date(match[1]!) : null;
  // The date must be a real one (PostgreSQL would refuse 30 February with a 500).
  if (!match || !at || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 19) !== match[1]!.slice(0, 19)) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'before', message: 'invalid cursor' }] });
  }
  return { at: match[1]!, id: Number(match[2]) };
}

export async function listNotifications(
  deps: NetworkDeps,
  viewer: Reader,
  query: NotificationListQuery,
): Promise<NotificationList> {
  const limit = query.limit ?? 20;
  const rows = await repo.selectReadable(deps.db, viewer, {
    unread: query.unread === true,
    before: decodeCursor(query.before),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  await recordRestrictedReads(
    deps.db,
    viewer,
    page.map((row) => ({
      type: auditType(row),
      id: row.object_id,
      level: row.level,
      compartmentId: row.compartment_id,
    })),
    deps.ip,
  );
  return {
    items: page.map((row) => presentNotification(row, deps.lang)),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export async function countNotifications(deps: NetworkDeps, viewer: Reader): Promise<NotificationCount> {
  return { unread: await repo.countUnread(deps.db, viewer) };
}

export async function markNotificationsRead(
  deps: NetworkDeps,
  viewer: Reader,
  body: NotificationReadBody,
): Promise<NotificationCount> {
  if (body.all === true) await repo.markRead(deps.db, viewer.userId, { all: true });
  else if (body.ids && body.ids.length > 0) await repo.markRead(deps.db, viewer.userId, { ids: body.ids });
  else {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'ids', message: 'give the ids to mark read, or all: true' }],
    });
  }
  return countNotifications(deps, viewer);
}

const presentSettings = (row: repo.SettingsRow): NotificationSettings => ({
  email: row.email,
  digestHour: row.digest_hour,
  timeZone: 'Europe/Paris',
});

export async function getSettings(deps: NetworkDeps, viewer: Reader): Promise<NotificationSettings> {
  return presentSettings(await repo.selectSettings(deps.db, viewer.userId));
}

export async function putSettings(
  deps: NetworkDeps,
  viewer: Reader,
  body: NotificationSettingsBody,
): Promise<NotificationSettings> {
  const row = { email: body.email, digest_hour: body.digestHour };
  await repo.upsertSettings(deps.db, viewer.userId, row);
  return presentSettings(row);
}
