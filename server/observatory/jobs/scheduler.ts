// The observatory's schedule, started by `diplomatie serve` (never by tests unless they ask): every
// pollMinutes a round of polls of the due tracked accounts, every scoreMinutes a rescore if data changed.
// Ticks only queue jobs; the runner does the work, under an advisory lock, on whichever instance claims it.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/index.ts';
import { uploadsDir } from '../imports/upload.ts';
import { liveJobPayloads } from './jobs.repo.ts';
import { JOBS, type ObservatoryJobDeps, observatoryJobRunner } from './observatory-jobs.ts';

export interface Scheduler {
  /** Stops the ticks; the runner itself drains when the app closes. */
  stop(): void;
}

/** How often the runner looks for jobs queued by other instances (its own wake it at once). */
const QUEUE_POLL_SECONDS = 30;
// An upload younger than this may still be arriving on another instance sharing DATA_DIR.
const ORPHAN_AGE_MS = 60 * 60_000;

export async function startObservatoryScheduler(deps: {
  database: Database;
  config: Config;
  log: ObservatoryJobDeps['log'];
}): Promise<Scheduler> {
  const { config, log } = deps;
  const runner = observatoryJobRunner(deps);
  await removeOrphanUploads(deps.database, config.dataDir, log);
  await runner.start({ pollSeconds: QUEUE_POLL_SECONDS });

  const timers: NodeJS.Timeout[] = [];
  const every = async (minutes: number, kind: string) => {
    if (minutes <= 0) return;
    const tick = () =>
      runner
        .enqueueUnlessPending({ kind })
        .then(() => undefined)
        .catch((error) => log.error({ err: error, kind }, 'scheduler: tick failed'));
    const timer = setInterval(tick, minutes * 60_000);
    timer.unref();
    timers.push(timer);
    // At start too: work that fell due while the server was down is not left for a whole period.
    await tick();
  };
  await every(config.observatory.pollMinutes, JOBS.pollDue);
  await every(config.observatory.scoreMinutes, JOBS.rescore);
  log.info(
    { pollMinutes: config.observatory.pollMinutes, scoreMinutes: config.observatory.scoreMinutes },
    'observatory: scheduler started',
  );
  return {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
      timers.length = 0;
    },
  };
}

/** Uploaded files no job will read (the process stopped between receiving one and queueing its job). */
export async function removeOrphanUploads(
  database: Database,
  dataDir: string,
  log: ObservatoryJobDeps['log'],
  now = Date.now(),
): Promise<number> {
  const dir = uploadsDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // No upload ever.
  }
  const used = new Set((await liveJobPayloads(database.db, JOBS.import)).map((p) => String(p.file)));
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.upload')) continue;
    const file = path.join(dir, name);
    if (used.has(file)) continue;
    const info = await stat(file).catch(() => null);
    if (!info || now - info.mtimeMs < ORPHAN_AGE_MS) continue;
    await rm(file, { force: true });
    removed++;
  }
  if (removed > 0) log.warn({ removed, dir }, 'observatory: removed uploads no job was going to read');
  return removed;
}
