// Work that one process at a time may do across every server instance (and CLI run) on a shared PostgreSQL:
// a session-level advisory lock held on a dedicated connection while the work runs on the others.
import { sql } from 'kysely';
import type { Database } from '../../db/index.ts';

/** Lock ids: one namespace for the observatory (0x0b5e), one id per kind of exclusive work. */
export const LOCK_NAMESPACE = 0x0b5e;
export const LOCKS = { pollDue: 1, rescore: 2 } as const;

/**
 * Runs `work` unless another session holds the lock, in which case it returns { ran: false } at once.
 * The embedded database has one session, owned by one process (the data-folder lock sees to that), so
 * there is nobody to exclude there; holding its only connection would also block the work itself.
 */
export async function withAdvisoryLock<T>(
  database: Database,
  lock: number,
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (database.engine === 'pglite') return { ran: true, value: await work() };
  return database.db.connection().execute(async (conn) => {
    const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${LOCK_NAMESPACE}, ${lock}) AS ok`.execute(conn);
    if (!got.rows[0]?.ok) return { ran: false } as const;
    try {
      return { ran: true, value: await work() } as const;
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_NAMESPACE}, ${lock})`.execute(conn);
    }
  });
}
