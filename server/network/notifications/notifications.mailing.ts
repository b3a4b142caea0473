// Sending notification e-mails, checked again at send time: each recipient's viewer is built fresh from their
// account and memberships, and only the notifications they can still read (the same resolution as the app) are
// mailed. Rows are claimed first (emailed_at set, FOR UPDATE SKIP LOCKED, so several servers never mail twice),
// then mailed outside the transaction; a failed send gives its rows back for the next run.
import { type Kysely, sql } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { loadViewers } from '../core/notify.ts';
import { digestMail, immediateMail, type Recipient } from './notifications.mails.ts';
import { DEFAULT_SETTINGS, selectReadable } from './notifications.repo.ts';

export interface MailLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface MailDeps {
  db: Kysely<DB>;
  config: Pick<Config, 'publicUrl'>;
  mailer: Mailer;
  log?: MailLog;
}

const BATCH = 200;
const MAX_BATCHES = 25;
export const DIGEST_TIME_ZONE = 'Europe/Paris';

async function recipients(db: Kysely<DB>, userIds: readonly string[]): Promise<Map<string, Recipient>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'lang'])
    .where('id', 'in', [...userIds])
    .execute();
  return new Map(rows.map((row) => [row.id, { email: row.email, name: row.name, lang: row.lang as Lang }]));
}

async function release(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`UPDATE net_notifications SET emailed_at = NULL WHERE id = ANY(${ids.map(String)}::bigint[])`.execute(db);
}

/**
 * Immediate mode: one e-mail per pending notification of users who chose 'immediate'. Notifications the user has
 * read in the app meanwhile, or can no longer read, are marked e-mailed without sending. Returns how many were sent.
 */
export async function flushImmediateEmails(deps: MailDeps): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await deps.db.transaction().execute(async (tx) => {
      const rows = await sql<{ id: number | string; user_id: string }>`
        SELECT n.id, n.user_id FROM net_notifications AS n
        JOIN net_notification_settings AS st ON st.user_id = n.user_id AND st.email = 'immediate'
        WHERE n.emailed_at IS NULL
        ORDER BY n.id
        LIMIT ${BATCH}
        FOR UPDATE OF n SKIP LOCKED`.execute(tx);
      const ids = rows.rows.map((row) => String(row.id));
      if (ids.length > 0) {
        await sql`UPDATE net_notifications SET emailed_at = now() WHERE id = ANY(${ids}::bigint[])`.execute(tx);
      }
      return rows.rows.map((row) => ({ id: Number(row.id), userId: row.user_id }));
    });
    if (claimed.length === 0) break;
    const byUser = new Map<string, number[]>();
    for (const row of claimed) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.id]);
    const viewers = await loadViewers(deps.db, [...byUser.keys()]);
    const people = await recipients(deps.db, [...byUser.keys()]);
    for (const viewer of viewers) {
      const to = viewer.userId === null ? undefined : people.get(viewer.userId);
      // A deactivated or lapsed account reads as a visitor: nothing is mailed to it.
      if (!to || viewer.audience === 'visitor') continue;
      const rows = await selectReadable(deps.db, viewer, { ids: byUser.get(viewer.userId!)!, unread: true });
      for (const row of rows.reverse()) {
        try {
          await deps.mailer.send(immediateMail(to, row, deps.config.publicUrl));
          sent++;
        } catch (error) {
          deps.log?.error({ err: error, notificationId: row.id }, 'notification e-mail failed; retried later');
          await release(deps.db, [row.id]);
        }
      }
    }
    if (claimed.length < BATCH) break;
  }
  return sent;
}

/** The Paris wall-clock hour at `now`, and the instant today began in Paris. */
export function parisDay(now: Date): { hour: number; startOfDay: Date } {
  const parts = (at: Date) => {
    const fields = new Intl.DateTimeFormat('en-GB', {
      timeZone: DIGEST_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(at);
    const get = (type: string) => Number(fields.find((f) => f.type === type)?.value);
    return {
      y: get('year'),
      m: get('month'),
      d: get('day'),
      wall: Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')),
      hour: get('hour'),
    };
  };
  const local = parts(now);
  const midnightAsUtc = Date.UTC(local.y, local.m - 1, local.d);
  // The offset of Paris at midnight (it may differ from now's on the days clocks change).
  let start = midnightAsUtc - (local.wall - now.getTime());
  start = midnightAsUtc - (parts(new Date(start)).wall - start);
  return { hour: local.hour, startOfDay: new Date(start) };
}

/**
 * Daily mode (the default): for each user whose digest hour (Paris time) has passed today and who has had no
 * digest yet today, one e-mail listing their unread, not yet e-mailed notifications they can still read (none: no
 * e-mail). Returns how many digests were sent.
 */
export async function sendDailyDigests(deps: MailDeps, now: Date = new Date()): Promise<number> {
  const { hour, startOfDay } = parisDay(now);
  const due = (alias: string) =>
    sql`COALESCE(${sql.ref(`${alias}.email`)}, ${DEFAULT_SETTINGS.email}) = 'daily'
      AND COALESCE(${sql.ref(`${alias}.digest_hour`)}, ${DEFAULT_SETTINGS.digest_hour}) <= ${hour}
      AND (${sql.ref(`${alias}.last_digest_at`)} IS NULL OR ${sql.ref(`${alias}.last_digest_at`)} < ${startOfDay})`;
  const candidates = await sql<{ user_id: string }>`
    SELECT DISTINCT n.user_id FROM net_notifications AS n
    LEFT JOIN net_notification_settings AS st ON st.user_id = n.user_id
    WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND ${due('st')}
    LIMIT 1000`.execute(deps.db);
  let sent = 0;
  for (const { user_id: userId } of candidates.rows) {
    const claim = await deps.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('net_notification_settings')
        .values({ user_id: userId })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute();
      const settings = await sql<{ last_digest_at: Date | null }>`
        SELECT st.last_digest_at FROM net_notification_settings AS st
        WHERE st.user_id = ${userId} AND ${due('st')}
        FOR UPDATE SKIP LOCKED`.execute(tx);
      if (settings.rows.length === 0) return null;
      const rows = await sql<{ id: number | string; read_at: Date | null }>`
        UPDATE net_notifications SET emailed_at = now()
        WHERE user_id = ${userId} AND emailed_at IS NULL RETURNING id, read_at`.execute(tx);
      await tx
        .updateTable('net_notification_settings')
        .set({ last_digest_at: now })
        .where('user_id', '=', userId)
        .execute();
      return {
        previous: settings.rows[0]!.last_digest_at,
        ids: rows.rows.map((row) => Number(row.id)),
        unread: rows.rows.filter((row) => row.read_at === null).map((row) => Number(row.id)),
      };
    });
    if (!claim || claim.unread.length === 0) continue;
    const [viewer] = await loadViewers(deps.db, [userId]);
    const to = (await recipients(deps.db, [userId])).get(userId);
    if (!viewer || !to || viewer.audience === 'visitor') continue;
    const rows = await selectReadable(deps.db, viewer, { ids: claim.unread, unread: true });
    if (rows.length === 0) continue;
    try {
      await deps.mailer.send(digestMail(to, rows, deps.config.publicUrl));
      sent++;
    } catch (error) {
      deps.log?.error({ err: error, userId }, 'notification digest failed; retried at the next run');
      await release(deps.db, claim.ids);
      await deps.db
        .updateTable('net_notification_settings')
        .set({ last_digest_at: claim.previous })
        .where('user_id', '=', userId)
        .execute();
    }
  }
  return sent;
}
