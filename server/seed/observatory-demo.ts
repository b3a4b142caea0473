// The observatory's demo data on first start: the real diplomatic missions of the registry (Wikidata, CC0),
// a synthetic world on top of them (its accounts reuse the missions' real handles), then the scores.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/index.ts';
import { runImport } from '../observatory/ingest/runner.ts';
import { scoreAll } from '../observatory/scoring/index.ts';
import { seedWorld, type WorldSizeName } from '../observatory/synthetic/index.ts';

export const MISSIONS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'diplomatic-missions-wikidata-2022-11-16.csv',
);

/** Points of the history charts scored on first start (weekly for the week and rolling windows, 3 months). */
const DEMO_HISTORY = 8;

export interface ObservatoryDemoOptions {
  world: WorldSizeName;
  log: (line: string) => void;
  /** The synthetic world's seed (1: the same demo for everyone). */
  seed?: number;
}

/** Seeds once: does nothing when the database already holds observatory data. Returns whether it seeded. */
export async function seedObservatoryDemo(database: Database, options: ObservatoryDemoOptions): Promise<boolean> {
  const existing = await database.db.selectFrom('obs_accounts').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const started = performance.now();
  if (existsSync(MISSIONS_FILE)) {
    options.log('Observatory: loading the registry of diplomatic missions (Wikidata, CC0)…');
    const missions = await runImport(database, { kind: 'missions-wikidata', file: MISSIONS_FILE, source: 'demo' });
    options.log(
      `  ${missions.added} actors and accounts added, ${missions.skipped} rows skipped (see the import runs)`,
    );
  }
  options.log(`Observatory: generating the "${options.world}" synthetic world (90 days of activity)…`);
  const world = await seedWorld(database, { size: options.world, seed: options.seed ?? 1 });
  options.log(
    `  ${world.officialAccounts} official accounts (${world.reusedAccounts} real mission handles), ${world.posts} posts, ` +
      `${world.interactions} interactions`,
  );
  options.log('Observatory: computing the influence index…');
  const periods = await scoreAll(database, { history: DEMO_HISTORY });
  options.log(
    `  ${periods.length} periods scored; demo ready in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  return true;
}
