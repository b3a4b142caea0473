// Imports and polls as the editors' API sees them: an upload or a poll request becomes an import run (the
// record the import page follows) and a job that does the work in the background.
import { rm } from 'node:fs/promises';
import type { Selectable } from 'kysely';
import type { ImportKind, ImportRun } from '../../../common/schemas/observatory.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/index.ts';
import type { ObsImportRunsTable } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { createConnectors, POLLED_NETWORKS, type PolledNetwork } from '../connectors/index.ts';
import * as jobs from '../jobs/jobs.repo.ts';
import { type ImportJob, JOBS, type PollJob } from '../jobs/observatory-jobs.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { StoredUpload } from './upload.ts';

export interface ImportsDeps {
  database: Database;
  config: Config;
  runner: JobRunner;
}

const runColumns = [
  'id',
  'kind',
  'source',
  'status',
  'total',
  'read',
  'added',
  'updated',
  'skipped',
  'errors',
  'message',
  'started_at',
  'finished_at',
] as const;
type PresentedRow = Pick<Selectable<ObsImportRunsTable>, (typeof runColumns)[number]>;

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentRun(row: PresentedRow): ImportRun {
  return {
    id: row.id,
    kind: row.kind,
    source: row.source,
    status: row.status,
    total: row.total === null ? null : Number(row.total),
    read: Number(row.read),
    added: Number(row.added),
    updated: Number(row.updated),
    skipped: Number(row.skipped),
    errors: row.errors ?? [],
    message: row.message,
    startedAt: iso(row.started_at),
    finishedAt: row.finished_at ? iso(row.finished_at) : null,
  };
}

export async function listRuns(database: Database, limit = 50): Promise<ImportRun[]> {
  const rows = await database.db
    .selectFrom('obs_import_runs')
    .select(runColumns)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(presentRun);
}

export async function getRun(database: Database, id: string): Promise<ImportRun> {
  const row = await database.db
    .selectFrom('obs_import_runs')
    .select(runColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('ERR_NOT_FOUND');
  return presentRun(row);
}

// A run the importer wrote to this recently is being worked on (by the CLI, or a job here).
const ACTIVE_RUN_SECONDS = 120;

/**
 * Starts importing an uploaded file. Its run row is made here, keyed like the importer's own (kind and
 * content hash), so the importer takes it over; a run of the same content that did not finish is reused and
 * resumed after its checkpoint; one already queued or running is returned as is, and the new copy dropped.
 */
export async function startImport(
  deps: ImportsDeps,
  input: { kind: ImportKind; source: string; upload: StoredUpload; startedBy: string },
): Promise<ImportRun> {
  const { kind, upload } = input;
  const outcome = await deps.database.db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('obs_import_runs')
      .select([...runColumns, 'updated_at'])
      .where('kind', '=', kind)
      .where('content_hash', '=', upload.sha256)
      .where('status', '<>', 'done')
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const busy =
      previous?.status === 'running' &&
      Date.now() - new Date(previous.updated_at).getTime() < ACTIVE_RUN_SECONDS * 1000;
    if (previous && busy) return { row: previous, queued: false };
    const row = previous
      ? await trx
          .updateTable('obs_import_runs')
          .set({ status: 'running', message: null, source: input.source, updated_at: new Date(), finished_at: null })
          .where('id', '=', previous.id)
          .returning(runColumns)
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('obs_import_runs')
          .values({ kind, source: input.source, content_hash: upload.sha256, started_by: input.startedBy })
          .returning(runColumns)
          .executeTakeFirstOrThrow();
    const payload: ImportJob = {
      runId: row.id,
      kind,
      file: upload.path,
      source: input.source,
      startedBy: input.startedBy,
    };
    const jobId = await jobs.enqueueJob(trx, {
      kind: JOBS.import,
      payload: { ...payload },
      // The same content twice at once would race on one run row: the second upload joins the first.
      singletonKey: `import:${kind}:${upload.sha256}`,
    });
    return { row, queued: jobId !== null };
  });
  if (outcome.queued) {
    upload.owned = true;
    deps.runner.kick();
  } else {
    await rm(upload.path, { force: true });
  }
  return presentRun(outcome.row);
}

/**
 * Queues a poll of one account now, whatever its schedule. Refused at once when nothing could poll it (a
 * network without a connector, X without its token); a poll of it already waiting or running is returned.
 */
export async function startPoll(deps: ImportsDeps, accountId: number, startedBy: string): Promise<ImportRun> {
  const account = await deps.database.db
    .selectFrom('obs_accounts')
    .select(['id', 'network', 'handle', 'network_id'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw new AppError('ERR_NOT_FOUND');
  if (!(POLLED_NETWORKS as readonly string[]).includes(account.network)) {
    throw new AppError('ERR_NO_CONNECTOR', { params: { network: account.network } });
  }
  if (!createConnectors(deps.config.observatory)[account.network as PolledNetwork]) {
    throw new AppError('ERR_CONNECTOR_NOT_CONFIGURED', {
      params: { network: account.network, setting: account.network === 'x' ? 'X_BEARER_TOKEN' : 'URL' },
    });
  }
  const singletonKey = `poll:${account.id}`;
  const source = (account.handle ?? account.network_id ?? `#${account.id}`).slice(0, 1000);
  const row = await deps.database.db.transaction().execute(async (trx) => {
    const waiting = async () => {
      const job = await trx
        .selectFrom('jobs')
        .select('payload')
        .where('singleton_key', '=', singletonKey)
        .where('failed_at', 'is', null)
        .executeTakeFirst();
      const runId = (job?.payload as Partial<PollJob> | undefined)?.runId;
      if (!runId) return undefined;
      return trx.selectFrom('obs_import_runs').select(runColumns).where('id', '=', runId).executeTakeFirst();
    };
    const existing = await waiting();
    if (existing) return existing;
    const created = await trx
      .insertInto('obs_import_runs')
      .values({ kind: `poll-${account.network}`, source, started_by: startedBy })
      .returning(runColumns)
      .executeTakeFirstOrThrow();
    const payload: PollJob = { runId: created.id, accountId: account.id };
    const jobId = await jobs.enqueueJob(trx, { kind: JOBS.poll, payload: { ...payload }, singletonKey });
    if (jobId !== null) return created;
    // Another request queued the same poll meanwhile: answer with its run.
    await trx.deleteFrom('obs_import_runs').where('id', '=', created.id).execute();
    return (await waiting()) ?? created;
  });
  deps.runner.kick();
  return presentRun(row);
}
