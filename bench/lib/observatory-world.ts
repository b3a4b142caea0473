// The observatory's data for the HTTP benchmarks: a synthetic world seeded and scored into the app's database
// before it serves (bench/http.server.ts, kind `observatory`). World and seed come from BENCH_WORLD and BENCH_SEED,
// which the benchmark's parent process has already validated (bench/run.ts).
import type { Database } from '../../server/db/index.ts';
import { scoreAll } from '../../server/observatory/scoring/index.ts';
import { seedWorld, type WorldSizeName } from '../../server/observatory/synthetic/index.ts';

export const observatoryWorlds = ['small', 'demo'] as const;

export function observatoryWorldSettings(env: NodeJS.ProcessEnv = process.env): { world: WorldSizeName; seed: number } {
  const world = (env.BENCH_WORLD || 'small') as WorldSizeName;
  if (!(observatoryWorlds as readonly string[]).includes(world))
    throw new Error(`BENCH_WORLD must be ${observatoryWorlds.join(' or ')}, got "${world}"`);
  const seed = Number(env.BENCH_SEED || 1);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`BENCH_SEED must be a whole number, got "${env.BENCH_SEED}"`);
  return { world, seed };
}

/** Seeds the world and scores every window, logging to stderr (the parent's progress stream). */
export async function seedAndScore(database: Database): Promise<void> {
  const { world, seed } = observatoryWorldSettings();
  const log = (line: string) => process.stderr.write(`[bench] observatory server: ${line}\n`);
  let started = performance.now();
  const summary = await seedWorld(database, { size: world, seed });
  log(
    `${world} world (seed ${seed}) seeded in ${Math.round(performance.now() - started) / 1000} s: ` +
      `${summary.officialAccounts} official accounts, ${summary.posts} posts`,
  );
  started = performance.now();
  const periods = await scoreAll(database);
  log(`${periods.length} periods scored in ${Math.round(performance.now() - started) / 1000} s`);
}
