// Full recompute of the influence index on the `large` synthetic world (100,000 accounts, ~10 M metric rows) on
// PostgreSQL: seeds a fresh database once with the CLI (`diplomatie seed --world large`, timed), then times
// `scoreAll(database, { recompute: true })` (every window, current and previous period) against the floor of
// any recompute measured in the same run: a full scan of obs_posts and of obs_post_metrics. The database is
// dropped at the end. `runIndexBench` is what bench/run.ts calls.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../server/db/index.ts';
import { type PeriodSummary, scoreAll } from '../server/observatory/scoring/index.ts';
import { benchDatabaseName, check, PostgresServer, redact, runCli } from './lib/cli.ts';
import { machine, median, round2 } from './lib/harness.ts';

export const aimSeconds = 10;

export interface IndexBenchOptions {
  world: 'small' | 'demo' | 'large';
  seed: number;
  /** Timed recomputes (and scans), alternating; medians are kept. */
  runs: number;
  postgresUrl: string;
  log: (line: string) => void;
}

async function tableRows(database: Database) {
  const result = await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM obs_accounts)::int AS accounts,
      (SELECT count(*) FROM obs_accounts WHERE actor_id IS NOT NULL)::int AS official_accounts,
      (SELECT count(*) FROM obs_account_snapshots)::int AS account_snapshots,
      (SELECT count(*) FROM obs_posts)::int AS posts,
      (SELECT count(*) FROM obs_post_metrics)::int AS post_metrics,
      (SELECT count(*) FROM obs_interactions)::int AS interactions`.execute(database.db);
  return result.rows[0] as Record<string, number>;
}

/** Seconds of one full scan: count and a sum, so that every row is read and no index-only shortcut helps. */
async function scan(database: Database, table: 'obs_posts' | 'obs_post_metrics'): Promise<number> {
  const started = performance.now();
  await sql`SELECT count(*), sum(likes) FROM ${sql.table(table)}`.execute(database.db);
  return (performance.now() - started) / 1000;
}

export async function runIndexBench(options: IndexBenchOptions) {
  const started = Date.now();
  const before = machine();
  const server = new PostgresServer(options.postgresUrl);
  const why = server.unavailable();
  if (why) throw new Error(`index bench: needs PostgreSQL (set BENCH_PG_URL): ${why}`);
  const name = benchDatabaseName('index');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-bench-index-'));
  try {
    const url = server.create(name);
    const target = { dataDir, databaseUrl: url };
    options.log(`fresh database ${redact(url)}`);
    check(await runCli(['migrate'], target), 'diplomatie migrate');
    options.log(`seeding the ${options.world} world (seed ${options.seed})`);
    const seeding = check(
      await runCli(['seed', '--world', options.world, '--seed', String(options.seed)], target),
      'diplomatie seed --world',
    );
    options.log(`seeded in ${seeding.seconds} s`);
    // Fresh statistics for the planner, as autovacuum would give a database that has been up for a while.
    server.psql('VACUUM ANALYZE', url);

    const database = await openDatabase({ engine: 'postgres', url });
    try {
      const rows = await tableRows(database);
      options.log(`rows: ${JSON.stringify(rows)}`);
      const scans = { obs_posts: [] as number[], obs_post_metrics: [] as number[] };
      const recomputes: { seconds: number; periods: PeriodSummary[] }[] = [];
      for (let run = 1; run <= options.runs; run++) {
        // The scans before the recompute on odd runs, after it on even ones: neither side always runs warm.
        const doScans = async () => {
          scans.obs_posts.push(await scan(database, 'obs_posts'));
          scans.obs_post_metrics.push(await scan(database, 'obs_post_metrics'));
        };
        if (run % 2) await doScans();
        const t = performance.now();
        const periods = await scoreAll(database, { recompute: true });
        const seconds = (performance.now() - t) / 1000;
        recomputes.push({ seconds, periods });
        if (run % 2 === 0) await doScans();
        options.log(
          `run ${run}/${options.runs}: recompute ${round2(seconds)} s (${periods.length} periods); ` +
            `scans obs_posts ${round2(scans.obs_posts.at(-1) as number)} s, obs_post_metrics ${round2(scans.obs_post_metrics.at(-1) as number)} s`,
        );
      }

      // Per window and period: the median of its milliseconds over the runs.
      const byPeriod = new Map<
        string,
        { window: string; periodEnd: string; accounts: number; countries: number; ms: number[] }
      >();
      for (const r of recomputes)
        for (const p of r.periods) {
          const key = `${p.window} ${p.periodEnd}`;
          const entry = byPeriod.get(key) ?? { ...p, ms: [] };
          entry.ms.push(p.ms);
          byPeriod.set(key, entry);
        }
      const medianSeconds = round2(median(recomputes.map((r) => r.seconds)));
      const scanPosts = round2(median(scans.obs_posts));
      const scanMetrics = round2(median(scans.obs_post_metrics));
      return {
        bench: 'index' as const,
        date: new Date().toISOString(),
        durationSeconds: Math.round((Date.now() - started) / 1000),
        machine: { ...before, loadAverageAfter: machine().loadAverage },
        settings: { world: options.world, seed: options.seed, runs: options.runs, engine: 'postgres' },
        seeding: {
          seconds: seeding.seconds,
          command: `diplomatie seed --world ${options.world} --seed ${options.seed}`,
        },
        rows,
        recompute: {
          medianSeconds,
          runsSeconds: recomputes.map((r) => round2(r.seconds)),
          periods: [...byPeriod.values()].map((p) => ({
            window: p.window,
            periodEnd: p.periodEnd,
            accounts: p.accounts,
            countries: p.countries,
            medianMs: median(p.ms),
          })),
        },
        baseline: {
          note: 'full scans, SELECT count(*), sum(likes): the floor of any recompute that reads the data',
          obsPostsMedianSeconds: scanPosts,
          obsPostMetricsMedianSeconds: scanMetrics,
          runsSeconds: { obs_posts: scans.obs_posts.map(round2), obs_post_metrics: scans.obs_post_metrics.map(round2) },
        },
        ratios: {
          /** The recompute's median time ÷ one full scan of obs_posts. */
          recomputeToPostsScan: round2(medianSeconds / Math.max(scanPosts, 0.01)),
          recomputeToMetricsScan: round2(medianSeconds / Math.max(scanMetrics, 0.01)),
        },
        aim: { seconds: aimSeconds, meets: medianSeconds < aimSeconds },
      };
    } finally {
      await database.close();
    }
  } finally {
    server.drop(name);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
