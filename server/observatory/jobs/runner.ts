// The job runner: takes jobs from the Postgres queue one at a time (the embedded database is one connection,
// and one job at a time keeps memory bounded), survives any failure of a job, renews its lease while it runs,
// and drains on shutdown. Several server instances on one PostgreSQL share the queue without a broker.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.ts';
import * as repo from './jobs.repo.ts';

export interface JobContext {
  id: number;
  attempt: number;
  /** True on the job's last allowed attempt. */
  lastAttempt: boolean;
  /** Aborted when the runner stops before the job is done: long jobs should stop at their next checkpoint. */
  signal: AbortSignal;
}

export interface JobDefinition<P = Record<string, unknown>> {
  run(payload: P, context: JobContext): Promise<void>;
  /**
   * Called when the job fails for good (it threw, or its worker died on every attempt), so that the
   * user-facing record (an import run) says so. Its own errors are logged, never thrown.
   */
  onFailure?(payload: P, message: string): Promise<void>;
}

export interface JobRunnerOptions {
  database: Database;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** A job's lease; renewed every third of it while the job runs. */
  leaseSeconds?: number;
  /** How long stop() waits for the running job before giving it back to the queue. */
  drainMs?: number;
}

const ERROR_TEXT_MAX = 2_000;

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, ERROR_TEXT_MAX);
}

export class JobRunner {
  readonly worker = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly database: Database;
  private readonly log: JobRunnerOptions['log'];
  private readonly leaseSeconds: number;
  private readonly drainMs: number;
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private loop: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  private current: { id: number; abort: AbortController; done: Promise<void> } | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(options: JobRunnerOptions) {
    this.database = options.database;
    this.log = options.log;
    this.leaseSeconds = options.leaseSeconds ?? 300;
    this.drainMs = options.drainMs ?? 8_000;
  }

  define<P>(kind: string, definition: JobDefinition<P>): void {
    this.definitions.set(kind, definition as JobDefinition<never>);
  }

  /** Queues a job and wakes the runner; null when a live job with the same singleton key exists. */
  async enqueue(job: repo.NewJob): Promise<number | null> {
    if (!this.definitions.has(job.kind)) throw new Error(`jobs: no definition for kind '${job.kind}'`);
    const id = await repo.enqueueJob(this.database.db, job);
    this.kick();
    return id;
  }

  /** Queues a job unless one of its kind is waiting already (see enqueueUnlessPending), and wakes the runner. */
  async enqueueUnlessPending(job: Omit<repo.NewJob, 'singletonKey'>): Promise<number | null> {
    if (!this.definitions.has(job.kind)) throw new Error(`jobs: no definition for kind '${job.kind}'`);
    const id = await repo.enqueueUnlessPending(this.database.db, job);
    this.kick();
    return id;
  }

  /** Looks for due jobs now (after an enqueue here, or when another instance may have queued some). */
  kick(): void {
    if (this.stopping) {
      this.settle();
      return;
    }
    if (this.loop) {
      this.again = true;
      return;
    }
    this.loop = this.drain()
      .catch((error) => this.log.error({ err: error }, 'jobs: the runner loop failed'))
      .finally(() => {
        this.loop = null;
        if (this.again && !this.stopping) this.kick();
        else this.settle();
      });
  }

  /**
   * Starts the background side for a long-running server: gives back leases of a dead predecessor on the
   * embedded database, then looks for due jobs every `pollSeconds` (jobs queued by other instances).
   */
  async start(options: { pollSeconds?: number } = {}): Promise<void> {
    if (this.database.engine === 'pglite') {
      const released = await repo.releaseAllLeases(this.database.db);
      if (released > 0) this.log.warn({ released }, 'jobs: resuming jobs left running by a stopped process');
    }
    await repo.pruneFailedJobs(this.database.db, 30).catch(() => 0);
    const pollMs = (options.pollSeconds ?? 30) * 1000;
    if (!this.pollTimer && pollMs > 0) {
      this.pollTimer = setInterval(() => this.kick(), pollMs);
      this.pollTimer.unref();
    }
    this.kick();
  }

  /** Resolves once no job runs here and none is due (tests wait on it after an upload). */
  whenIdle(): Promise<void> {
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.kick();
    return idle;
  }

  /** Stops taking jobs and waits for the running one; past drainMs it is given back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
    const current = this.current;
    if (current) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        current.done.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), this.drainMs);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        current.abort.abort();
        // Resumed by the next process (embedded) or another instance once given back.
        await repo.releaseJob(this.database.db, current.id, this.worker).catch(() => {});
        this.log.warn({ job: current.id }, 'jobs: shutdown before the job finished; it was given back to the queue');
      }
    }
    await this.loop?.catch(() => {});
    this.settle();
  }

  private settle(): void {
    if (this.loop) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      while (!this.stopping) {
        let job: repo.ClaimedJob | null;
        try {
          job = await repo.claimJob(this.database.db, {
            kinds: [...this.definitions.keys()],
            worker: this.worker,
            leaseSeconds: this.leaseSeconds,
          });
        } catch (error) {
          // The database is away: the poll timer (or the next enqueue) tries again.
          this.log.error({ err: error }, 'jobs: could not read the queue');
          return;
        }
        if (!job) break;
        await this.execute(job);
      }
    } while (this.again && !this.stopping);
  }

  private async execute(job: repo.ClaimedJob): Promise<void> {
    const definition = this.definitions.get(job.kind)!;
    const abort = new AbortController();
    let finish!: () => void;
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    this.current = { id: job.id, abort, done };
    let leaseLost = false;
    const renew = setInterval(
      () => {
        repo
          .renewLease(this.database.db, job.id, this.worker, this.leaseSeconds)
          .then((held) => {
            if (!held) leaseLost = true;
          })
          .catch(() => {});
      },
      (this.leaseSeconds * 1000) / 3,
    );
    renew.unref();
    const log = { job: job.id, kind: job.kind, attempt: job.attempts };
    try {
      if (job.attempts > job.max_attempts) {
        // Its worker died on every attempt (a crash, a kill): trying again would likely do the same.
        await this.giveUp(job, definition, `stopped during each of ${job.max_attempts} attempts (crash or kill?)`);
        return;
      }
      try {
        await definition.run(job.payload as never, {
          id: job.id,
          attempt: job.attempts,
          lastAttempt: job.attempts >= job.max_attempts,
          signal: abort.signal,
        });
      } catch (error) {
        if (abort.signal.aborted) return; // Given back to the queue by stop(): not a failure.
        this.log.error({ ...log, err: error }, 'jobs: job failed');
        await this.giveUp(job, definition, errorText(error));
        return;
      }
      if (abort.signal.aborted) return;
      if (leaseLost) this.log.warn(log, 'jobs: the lease ran out while the job ran (lease too short?)');
      await repo.finishJob(this.database.db, job.id, this.worker);
    } catch (error) {
      // Bookkeeping failed (the database went away): the lease runs out and the job is tried again.
      this.log.error({ ...log, err: error }, 'jobs: could not record the outcome of a job');
    } finally {
      clearInterval(renew);
      this.current = null;
      finish();
    }
  }

  private async giveUp(job: repo.ClaimedJob, definition: JobDefinition<never>, message: string): Promise<void> {
    await repo.failJob(this.database.db, job.id, this.worker, message);
    try {
      await definition.onFailure?.(job.payload as never, message);
    } catch (error) {
      this.log.error({ job: job.id, err: error }, 'jobs: could not record the failure of a job');
    }
  }
}

const runners = new WeakMap<Database, JobRunner>();

/** The runner of a database handle (one per process and database: the app, its scheduler and tests share it). */
export function jobRunnerFor(database: Database, log?: JobRunnerOptions['log']): JobRunner {
  let runner = runners.get(database);
  if (!runner) {
    runner = new JobRunner({ database, log: log ?? silentLog });
    runners.set(database, runner);
  }
  return runner;
}

const silentLog: JobRunnerOptions['log'] = { info: () => {}, warn: () => {}, error: () => {} };
