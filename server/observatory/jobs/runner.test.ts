import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import { LOCKS, withAdvisoryLock } from './advisory-lock.ts';
import { claimJob } from './jobs.repo.ts';
import { JobRunner } from './runner.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
});

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const newRunner = (options: { leaseSeconds?: number; drainMs?: number } = {}) =>
  new JobRunner({ database, log: quiet, ...options });
const jobsLeft = () =>
  database.db
    .selectFrom('jobs')
    .select(['kind', 'payload', 'attempts', 'last_error', 'failed_at', 'locked_until'])
    .execute();

describe('job runner', () => {
  it('runs each queued job exactly once, even with two runners on one queue', async () => {
    const seen: number[] = [];
    const a = newRunner();
    const b = newRunner();
    for (const runner of [a, b]) {
      runner.define<{ n: number }>('test.record', {
        run: async ({ n }) => {
          seen.push(n);
          await new Promise((resolve) => setTimeout(resolve, 5));
        },
      });
    }
    for (let n = 1; n <= 6; n++) await a.enqueue({ kind: 'test.record', payload: { n } });
    await Promise.all([a.whenIdle(), b.whenIdle()]);
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await jobsLeft()).toEqual([]);
  });

  it('records a failing job, tells its owner, and goes on with the next', async () => {
    const failures: string[] = [];
    const done: string[] = [];
    const runner = newRunner();
    runner.define<{ name: string }>('test.work', {
      run: async ({ name }) => {
        if (name === 'bad') throw new Error('test: the file is corrupt');
        done.push(name);
      },
      onFailure: async ({ name }, message) => {
        failures.push(`${name}: ${message}`);
      },
    });
    await runner.enqueue({ kind: 'test.work', payload: { name: 'bad' } });
    await runner.enqueue({ kind: 'test.work', payload: { name: 'good' } });
    await runner.whenIdle();
    expect(done).toEqual(['good']);
    expect(failures).toEqual(['bad: test: the file is corrupt']);
    const left = await jobsLeft();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ last_error: 'test: the file is corrupt', attempts: 1, locked_until: null });
    expect(left[0]?.failed_at).toBeInstanceOf(Date);
  });

  it('takes over a job whose worker died once its lease ran out, and gives up after max_attempts', async () => {
    const ran: string[] = [];
    const failures: string[] = [];
    const runner = newRunner();
    runner.define<{ name: string }>('test.crash', {
      run: async ({ name }) => {
        ran.push(name);
      },
      onFailure: async ({ name }, message) => {
        failures.push(`${name}: ${message}`);
      },
    });
    const past = new Date(Date.now() - 60_000);
    await database.db
      .insertInto('jobs')
      .values([
        {
          kind: 'test.crash',
          payload: JSON.stringify({ name: 'once' }),
          locked_until: past,
          locked_by: 'dead',
          attempts: 1,
        },
        {
          kind: 'test.crash',
          payload: JSON.stringify({ name: 'thrice' }),
          locked_until: past,
          locked_by: 'dead',
          attempts: 3,
        },
        // Still leased by a live worker elsewhere: not taken.
        {
          kind: 'test.crash',
          payload: JSON.stringify({ name: 'leased' }),
          locked_until: new Date(Date.now() + 60_000),
          locked_by: 'alive',
          attempts: 1,
        },
      ])
      .execute();
    await runner.whenIdle();
    expect(ran).toEqual(['once']);
    expect(failures).toEqual(['thrice: stopped during each of 3 attempts (crash or kill?)']);
    const left = await jobsLeft();
    expect(left.map((j) => j.payload.name).sort()).toEqual(['leased', 'thrice']);
  });

  it('on the embedded database, resumes at start the jobs a stopped process held', async () => {
    if (database.engine !== 'pglite') return;
    const ran: string[] = [];
    const runner = newRunner();
    runner.define<{ name: string }>('test.resume', { run: async ({ name }) => void ran.push(name) });
    await database.db
      .insertInto('jobs')
      .values({
        kind: 'test.resume',
        payload: JSON.stringify({ name: 'interrupted' }),
        locked_until: new Date(Date.now() + 300_000),
        locked_by: 'previous-process',
        attempts: 1,
      })
      .execute();
    await runner.whenIdle();
    expect(ran).toEqual([]);
    await runner.start({ pollSeconds: 0 });
    await runner.whenIdle();
    expect(ran).toEqual(['interrupted']);
    await runner.stop();
  });

  it('lets the running job finish on stop, or gives it back to the queue past the drain delay', async () => {
    const finished: string[] = [];
    let started = 0;
    const patient = newRunner({ drainMs: 5_000 });
    patient.define<{ ms: number }>('test.slow', {
      run: async ({ ms }) => {
        started++;
        await new Promise((resolve) => setTimeout(resolve, ms));
        finished.push(`slow ${ms}`);
      },
    });
    await patient.enqueue({ kind: 'test.slow', payload: { ms: 150 } });
    // Stop only once the job runs (a fixed delay can end before a loaded machine claims it).
    await vi.waitFor(() => expect(started).toBe(1), { timeout: 10_000, interval: 5 });
    await patient.stop();
    expect(finished).toEqual(['slow 150']);
    expect(await jobsLeft()).toEqual([]);
    // Stopped: queued work waits for the next process.
    await patient.enqueue({ kind: 'test.slow', payload: { ms: 1 } }).catch(() => {});
    expect(await jobsLeft()).toHaveLength(1);
    await database.db.deleteFrom('jobs').execute();

    const hasty = newRunner({ drainMs: 50 });
    let aborted = false;
    let running = false;
    hasty.define('test.long', {
      run: async (_payload, context) => {
        running = true;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 2_000);
          context.signal.addEventListener('abort', () => {
            aborted = true;
            clearTimeout(timer);
            resolve();
          });
        });
      },
    });
    await hasty.enqueue({ kind: 'test.long' });
    await vi.waitFor(() => expect(running).toBe(true), { timeout: 10_000, interval: 5 });
    await hasty.stop();
    expect(aborted).toBe(true);
    const [givenBack] = await jobsLeft();
    // Not a failure, not an attempt: the next process starts it afresh.
    expect(givenBack).toMatchObject({ kind: 'test.long', attempts: 0, locked_until: null, failed_at: null });
  });

  it('coalesces singleton and pending-only jobs', async () => {
    const runner = newRunner();
    // The first run waits on a gate so that the job is still live (queued or running) when the
    // same key is enqueued again; an instant run could finish in between and free the key.
    let open!: () => void;
    const held = new Promise<void>((resolve) => {
      open = resolve;
    });
    runner.define('test.once', { run: () => held });
    expect(await runner.enqueue({ kind: 'test.once', singletonKey: 'k' })).not.toBeNull();
    expect(await runner.enqueue({ kind: 'test.once', singletonKey: 'k' })).toBeNull();
    open();
    await runner.whenIdle();
    expect(await runner.enqueue({ kind: 'test.once', singletonKey: 'k' })).not.toBeNull();
    await runner.whenIdle();

    // A pending-only job joins one that waits, not one that runs.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let runs = 0;
    runner.define('test.pending', {
      run: async () => {
        runs++;
        if (runs === 1) await gate;
      },
    });
    expect(await runner.enqueueUnlessPending({ kind: 'test.pending' })).not.toBeNull();
    // Wait until the first one runs (a fixed delay lost this race on a loaded machine).
    await vi.waitFor(() => expect(runs).toBe(1), { timeout: 10_000, interval: 10 });
    expect(await runner.enqueueUnlessPending({ kind: 'test.pending' })).not.toBeNull();
    expect(await runner.enqueueUnlessPending({ kind: 'test.pending' })).toBeNull();
    release();
    await runner.whenIdle();
    expect(runs).toBe(2);
  });

  it('claims nothing of kinds it does not know', async () => {
    await database.db.insertInto('jobs').values({ kind: 'other.kind' }).execute();
    expect(await claimJob(database.db, { kinds: ['test.mine'], worker: 'w', leaseSeconds: 60 })).toBeNull();
    expect(await claimJob(database.db, { kinds: ['other.kind'], worker: 'w', leaseSeconds: 60 })).toMatchObject({
      kind: 'other.kind',
      attempts: 1,
    });
  });

  it('keeps exclusive work to one session at a time on PostgreSQL', async () => {
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 100));
      inside--;
      return 'done';
    };
    const [first, second] = await Promise.all([
      withAdvisoryLock(database, LOCKS.rescore, work),
      withAdvisoryLock(database, LOCKS.rescore, work),
    ]);
    if (database.engine === 'postgres') {
      // One ran, the other saw the lock held and returned at once.
      expect([first.ran, second.ran].sort()).toEqual([false, true]);
      expect(most).toBe(1);
      const held = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`.execute(database.db);
      expect(held.rows[0]?.n).toBe(0);
    } else {
      // The embedded database has one process and one session: nobody to exclude.
      expect(first).toEqual({ ran: true, value: 'done' });
      expect(second).toEqual({ ran: true, value: 'done' });
    }
  });
});
