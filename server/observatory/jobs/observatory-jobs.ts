// The observatory's background work, as job kinds: a file import, a poll of one account, the scheduled poll
// of due accounts, and a rescore when data changed since the last scoring. Requests queue them; they run here.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { sql } from 'kysely';
import type { ImportKind } from '../../../common/schemas/observatory.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/index.ts';
import { createConnectors, pollAccount, pollDueAccounts } from '../connectors/index.ts';
import { runImport } from '../ingest/runner.ts';
import { scoreAll } from '../scoring/index.ts';
import { LOCKS, withAdvisoryLock } from './advisory-lock.ts';
import { type JobRunner, type JobRunnerOptions, jobRunnerFor } from './runner.ts';

export const JOBS = {
  import: 'observatory.import',
  poll: 'observatory.poll',
  pollDue: 'observatory.poll-due',
  rescore: 'observatory.rescore',
} as const;

export interface ImportJob {
  runId: string;
  kind: ImportKind;
  file: string;
  source: string;
  startedBy: string | null;
}

export interface PollJob {
  runId: string;
  accountId: number;
}

/** Accounts polled per scheduled round; more due ones get another round, queued behind waiting uploads. */
export const POLL_ROUND_SIZE = 50;

export interface ObservatoryJobDeps {
  database: Database;
  config: Config;
  log: JobRunnerOptions['log'];
}

/** Marks a run failed, with a message the import page shows, unless it is done. */
export async function failRun(database: Database, runId: string, message: string): Promise<void> {
  // The importer may have said why already ("interrupted: ..."): its message is kept.
  await database.db
    .updateTable('obs_import_runs')
    .set({
      status: 'failed',
      message: sql<string>`COALESCE(message, ${message.slice(0, 2000)})`,
      updated_at: new Date(),
      finished_at: sql<Date>`COALESCE(finished_at, now())`,
    })
    .where('id', '=', runId)
    .where('status', '<>', 'done')
    .execute();
}

/** Whether a run finished after the last scoring (or nothing was ever scored). */
export async function dataChangedSinceScoring(database: Database): Promise<boolean> {
  const result = await sql<{ last: string | null; changed: Date | null }>`
    SELECT (SELECT value #>> '{}' FROM obs_settings WHERE key = 'last_scored_at') AS last,
      (SELECT max(finished_at) FROM obs_import_runs WHERE status = 'done') AS changed`.execute(database.db);
  const row = result.rows[0];
  if (!row?.changed) return false;
  if (!row.last) return true;
  return new Date(row.changed).getTime() > new Date(row.last).getTime();
}

async function importFile(deps: ObservatoryJobDeps, runner: JobRunner, job: ImportJob, signal: AbortSignal) {
  if (!existsSync(job.file)) {
    throw new Error(
      `import: the uploaded file is no longer on this server (${job.file}); with several server instances, ` +
        'DATA_DIR must be on storage they share',
    );
  }
  let keepFile = false;
  try {
    const result = await runImport(deps.database, {
      kind: job.kind,
      file: job.file,
      source: job.source,
      startedBy: job.startedBy,
    });
    // The upload made its run row with this file's hash, which runImport resumes: the same row, normally.
    if (result.runId !== job.runId) {
      deps.log.warn({ expected: job.runId, got: result.runId }, 'import: the run was recorded under another id');
      await mergeRun(deps.database, result.runId, job.runId);
    }
    if (result.status === 'done') await runner.enqueueUnlessPending({ kind: JOBS.rescore });
  } catch (error) {
    // Stopped by a shutdown: the file stays for the resumed run.
    keepFile = signal.aborted;
    throw error;
  } finally {
    if (!keepFile) await rm(job.file, { force: true });
  }
}

/**
 * Copies the outcome of the run the worker recorded into the one the editor was given at request time, then
 * drops the worker's copy, so that one request shows as one run.
 */
async function mergeRun(database: Database, from: string, into: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('obs_import_runs').selectAll().where('id', '=', from).executeTakeFirst();
    if (!row) return;
    await trx
      .updateTable('obs_import_runs')
      .set({
        status: row.status,
        content_hash: row.content_hash,
        checkpoint: row.checkpoint,
        total: row.total,
        read: row.read,
        added: row.added,
        updated: row.updated,
        skipped: row.skipped,
        errors: JSON.stringify(row.errors),
        message: row.message,
        updated_at: new Date(),
        finished_at: row.finished_at,
      })
      .where('id', '=', into)
      .execute();
    await trx.deleteFrom('obs_import_runs').where('id', '=', from).execute();
  });
}

async function pollOne(deps: ObservatoryJobDeps, runner: JobRunner, job: PollJob): Promise<void> {
  const outcome = await pollAccount(
    { database: deps.database, connectors: createConnectors(deps.config.observatory) },
    job.accountId,
  );
  // pollAccount records its own run; the editor follows the one made when they asked.
  if (outcome.runId) await mergeRun(deps.database, outcome.runId, job.runId);
  else await failRun(deps.database, job.runId, outcome.error ?? 'poll: the account could not be polled');
  if (outcome.status === 'done') await runner.enqueueUnlessPending({ kind: JOBS.rescore });
}

async function pollDue(deps: ObservatoryJobDeps, runner: JobRunner): Promise<void> {
  const outcome = await withAdvisoryLock(deps.database, LOCKS.pollDue, () =>
    pollDueAccounts(
      { database: deps.database, connectors: createConnectors(deps.config.observatory) },
      { limit: POLL_ROUND_SIZE, minIntervalMs: Math.max(1, deps.config.observatory.pollMinutes) * 60_000 },
    ),
  );
  if (!outcome.ran) return; // Another instance is polling.
  const { outcomes, rateLimited } = outcome.value;
  const done = outcomes.filter((o) => o.status === 'done').length;
  if (outcomes.length > 0) {
    deps.log.info(
      { polled: outcomes.length, done, rateLimited: Object.keys(rateLimited) },
      'observatory: polled due accounts',
    );
  }
  if (done > 0) await runner.enqueueUnlessPending({ kind: JOBS.rescore });
  if (outcomes.length >= POLL_ROUND_SIZE) await runner.enqueueUnlessPending({ kind: JOBS.pollDue });
}

async function rescore(deps: ObservatoryJobDeps): Promise<void> {
  const outcome = await withAdvisoryLock(deps.database, LOCKS.rescore, async () => {
    if (!(await dataChangedSinceScoring(deps.database))) return 0;
    const periods = await scoreAll(deps.database);
    return periods.length;
  });
  if (outcome.ran && outcome.value > 0) deps.log.info({ periods: outcome.value }, 'observatory: rescored');
}

/** The runner of this database with the observatory's job kinds defined (idempotent). */
export function observatoryJobRunner(deps: ObservatoryJobDeps): JobRunner {
  const runner = jobRunnerFor(deps.database, deps.log);
  runner.define<ImportJob>(JOBS.import, {
    run: (job, context) => importFile(deps, runner, job, context.signal),
    onFailure: (job, message) => failRun(deps.database, job.runId, message),
  });
  runner.define<PollJob>(JOBS.poll, {
    run: (job) => pollOne(deps, runner, job),
    onFailure: (job, message) => failRun(deps.database, job.runId, message),
  });
  runner.define(JOBS.pollDue, { run: () => pollDue(deps, runner) });
  runner.define(JOBS.rescore, { run: () => rescore(deps) });
  return runner;
}
