// SQL of the job queue (table `jobs`): enqueue, claim with FOR UPDATE SKIP LOCKED, renew, finish, fail.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** At most one live (not failed) job per key: a second enqueue with the same key is a no-op. */
  singletonKey?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/** Returns the new job's id, or null when a live job with the same singleton key already exists. */
export async function enqueueJob(db: Executor, job: NewJob): Promise<number | null> {
  const result = await sql<{ id: number }>`
    INSERT INTO jobs (kind, payload, singleton_key, run_at, max_attempts)
    VALUES (${job.kind}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.singletonKey ?? null},
      ${job.runAt ?? new Date()}, ${job.maxAttempts ?? 3})
    ON CONFLICT (singleton_key) WHERE singleton_key IS NOT NULL AND failed_at IS NULL DO NOTHING
    RETURNING id`.execute(db);
  return result.rows[0]?.id ?? null;
}

/**
 * Queues a job unless one of its kind is already waiting (not yet claimed): repeated triggers (a poll after
 * each import, the scheduler's ticks on every instance) coalesce into one run. One that is running does not
 * count, so work that arrives meanwhile is still picked up. Returns the new id, or null.
 */
export async function enqueueUnlessPending(db: Executor, job: Omit<NewJob, 'singletonKey'>): Promise<number | null> {
  const result = await sql<{ id: number }>`
    INSERT INTO jobs (kind, payload, run_at, max_attempts)
    SELECT ${job.kind}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.runAt ?? new Date()}, ${job.maxAttempts ?? 3}
    WHERE NOT EXISTS (
      SELECT 1 FROM jobs WHERE kind = ${job.kind} AND failed_at IS NULL AND locked_until IS NULL)
    RETURNING id`.execute(db);
  return result.rows[0]?.id ?? null;
}

/**
 * Takes the oldest due job of the given kinds that no live worker holds. SKIP LOCKED lets concurrent
 * workers (other instances) pass over the row one of them is claiming instead of waiting on it.
 */
export async function claimJob(
  db: Executor,
  options: { kinds: string[]; worker: string; leaseSeconds: number },
): Promise<ClaimedJob | null> {
  if (options.kinds.length === 0) return null;
  const result = await sql<ClaimedJob>`
    UPDATE jobs SET locked_until = now() + make_interval(secs => ${options.leaseSeconds}),
      locked_by = ${options.worker}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM jobs
      WHERE failed_at IS NULL AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
        AND kind = ANY(${options.kinds}::text[])
      ORDER BY run_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, payload, attempts, max_attempts`.execute(db);
  return result.rows[0] ?? null;
}

/** Extends the lease of a job this worker still holds; false when it lost it (another worker took over). */
export async function renewLease(db: Executor, id: number, worker: string, leaseSeconds: number): Promise<boolean> {
  const result = await sql`
    UPDATE jobs SET locked_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = ${id} AND locked_by = ${worker} AND failed_at IS NULL`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function finishJob(db: Executor, id: number, worker: string): Promise<void> {
  await sql`DELETE FROM jobs WHERE id = ${id} AND locked_by = ${worker}`.execute(db);
}

export async function failJob(db: Executor, id: number, worker: string, error: string): Promise<void> {
  await sql`
    UPDATE jobs SET failed_at = now(), last_error = ${error.slice(0, 4000)}, locked_until = NULL
    WHERE id = ${id} AND locked_by = ${worker}`.execute(db);
}

/** Gives a job back untouched (shutdown before it could finish): the attempt does not count. */
export async function releaseJob(db: Executor, id: number, worker: string): Promise<void> {
  await sql`
    UPDATE jobs SET locked_until = NULL, locked_by = NULL, attempts = greatest(attempts - 1, 0)
    WHERE id = ${id} AND locked_by = ${worker} AND failed_at IS NULL`.execute(db);
}

/**
 * Releases every lease at once. Only for the embedded database, where one process owns the data folder:
 * leases found at start belong to a process that died, and waiting for them to run out would only delay
 * the resumption of its work.
 */
export async function releaseAllLeases(db: Executor): Promise<number> {
  const result = await sql`
    UPDATE jobs SET locked_until = NULL, locked_by = NULL
    WHERE locked_until IS NOT NULL AND failed_at IS NULL`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Jobs that failed long ago are dropped: the import runs keep the user-facing record. */
export async function pruneFailedJobs(db: Executor, olderThanDays: number): Promise<number> {
  const result = await sql`
    DELETE FROM jobs WHERE failed_at < now() - make_interval(days => ${olderThanDays})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function liveJobPayloads(db: Executor, kind: string): Promise<Record<string, unknown>[]> {
  const rows = await db
    .selectFrom('jobs')
    .select('payload')
    .where('kind', '=', kind)
    .where('failed_at', 'is', null)
    .execute();
  return rows.map((r) => r.payload);
}
