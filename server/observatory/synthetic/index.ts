// The synthetic world: `seedWorld(database, { size, seed })` generates a deterministic observatory world
// (population.ts, timeline.ts: pure) and writes it (insert.ts) in ONE transaction, so that a world is
// either all there or not at all. A database holds one world: seeding again is refused, not duplicated.
import { CompiledQuery } from 'kysely';
import type { Database } from '../../db/index.ts';
import { insertAccounts, insertActors, insertChunk, insertTruth, updateAccountTotals } from './insert.ts';
import { buildPopulation, type Population, type RegistryAccount } from './population.ts';
import { isWorldSizeName, WORLD_SIZES, type WorldSizeName, type WorldSizeSpec } from './sizes.ts';
import { DEFAULT_END_DATE, Timeline, WORLD_DAYS, worldWindow } from './timeline.ts';

export { WORLD_SIZES, type WorldSizeName, type WorldSizeSpec } from './sizes.ts';
export { DEFAULT_END_DATE, WORLD_DAYS, worldWindow } from './timeline.ts';

export interface WorldProgress {
  phase: 'accounts' | 'activity' | 'totals';
  /** Days of activity written so far (out of `days`). */
  day: number;
  days: number;
  /** Rows written so far, all tables together. */
  rows: number;
}

export interface SeedWorldOptions {
  size: WorldSizeName | WorldSizeSpec;
  /** Default 1. The same seed (and registry content) gives the same world. */
  seed?: number;
  /** The last day of the 90 days, YYYY-MM-DD (default 2026-11-22: the data never depends on today). */
  endDate?: string;
  onProgress?: (progress: WorldProgress) => void;
}

export interface WorldSummary {
  world: string;
  seed: number;
  endDate: string;
  actors: number;
  accounts: number;
  officialAccounts: number;
  publicAccounts: number;
  bots: number;
  /** Registry accounts (e.g. real missions) the world reused instead of generating. */
  reusedAccounts: number;
  rings: number;
  boughtFollowers: number;
  posts: number;
  metrics: number;
  interactions: number;
  snapshots: number;
  seconds: number;
}

export class WorldExistsError extends Error {
  constructor(
    readonly world: string,
    readonly seed: number,
  ) {
    super(
      `seed --world: this database already holds the synthetic world "${world}" (seed ${seed}); ` +
        'a database holds one world: seed another one into a fresh database',
    );
    this.name = 'WorldExistsError';
  }
}

type Db = Database['db'];

async function existingWorld(db: Db): Promise<{ world: string; seed: number } | undefined> {
  return db.selectFrom('obs_synthetic_truth').select(['world', 'seed']).limit(1).executeTakeFirst();
}

/** Official accounts already in the registry (real missions loaded by an importer), in a stable order. */
async function loadRegistry(db: Db): Promise<RegistryAccount[]> {
  const rows = await db
    .selectFrom('obs_accounts as a')
    .innerJoin('obs_actors as r', 'r.id', 'a.actor_id')
    .select(['a.id', 'a.actor_id', 'a.network', 'a.handle', 'a.network_id', 'r.country', 'r.type'])
    .orderBy('r.country')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    accountId: Number(r.id),
    actorId: r.actor_id as string,
    country: r.country,
    type: r.type,
    network: r.network,
    handle: r.handle,
    networkId: r.network_id,
  }));
}

/** Renames generated handles that an account outside the world already uses (a world never takes one over). */
async function avoidTakenHandles(db: Db, population: Population): Promise<void> {
  const created = population.accounts.filter((a) => a.existingId === null);
  for (let round = 1; round <= 5; round++) {
    const taken = new Set<string>();
    for (let from = 0; from < created.length; from += 10_000) {
      const batch = created.slice(from, from + 10_000);
      const result = await db.executeQuery<{ network: string; handle: string }>(
        CompiledQuery.raw(
          'SELECT network, handle FROM obs_accounts WHERE (network, handle) IN (SELECT * FROM unnest($1::text[], $2::text[]))',
          [batch.map((a) => a.network), batch.map((a) => a.handle)],
        ),
      );
      for (const row of result.rows) taken.add(`${row.network}|${row.handle}`);
    }
    if (taken.size === 0) return;
    for (const a of created) {
      if (!taken.has(`${a.network}|${a.handle}`)) continue;
      const at = a.handle.indexOf('@');
      const [name, rest] = at >= 0 ? [a.handle.slice(0, at), a.handle.slice(at)] : [a.handle, ''];
      a.handle =
        a.network === 'bluesky'
          ? a.handle.replace(/\.bsky\.social$/, `-w${round}.bsky.social`)
          : `${name}_w${round}${rest}`;
    }
  }
  throw new Error('synthetic: could not find free handles for the world');
}

export async function seedWorld(database: Database, options: SeedWorldOptions): Promise<WorldSummary> {
  const began = performance.now();
  const size = typeof options.size === 'string' ? sizeByName(options.size) : options.size;
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`seed --world: the seed must be a non-negative integer, got ${seed}`);
  const endDate = options.endDate ?? DEFAULT_END_DATE;
  const { end } = worldWindow(endDate);
  const progress = options.onProgress ?? (() => {});

  const present = await existingWorld(database.db);
  if (present) throw new WorldExistsError(present.world, Number(present.seed));
  const population = buildPopulation({ size, seed, registry: await loadRegistry(database.db) });
  await avoidTakenHandles(database.db, population);

  const counts = { posts: 0, metrics: 0, interactions: 0, snapshots: 0 };
  await database.db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: two seeds started together must not both write.
    const raced = await existingWorld(trx);
    if (raced) throw new WorldExistsError(raced.world, Number(raced.seed));
    progress({ phase: 'accounts', day: 0, days: WORLD_DAYS, rows: 0 });
    await insertActors(trx, population.actors);
    const ids = await insertAccounts(trx, population, end);
    await insertTruth(trx, population, ids);
    let rows = population.accounts.length;
    const timeline = new Timeline(population, { endDate });
    for (const chunk of timeline.chunks()) {
      await insertChunk(trx, chunk, ids);
      counts.posts += chunk.posts.length;
      counts.metrics += chunk.metrics.length;
      counts.interactions += chunk.interactions.length;
      counts.snapshots += chunk.snapshots.length;
      rows += chunk.posts.length + chunk.metrics.length + chunk.interactions.length + chunk.snapshots.length;
      progress({ phase: 'activity', day: chunk.day + 1, days: WORLD_DAYS, rows });
    }
    progress({ phase: 'totals', day: WORLD_DAYS, days: WORLD_DAYS, rows });
    await updateAccountTotals(trx, timeline.accountsAtEnd(), ids);
  });

  const kinds = { official: 0, public: 0, bot: 0 };
  for (const a of population.accounts) kinds[a.kind]++;
  return {
    world: size.name,
    seed,
    endDate,
    actors: population.actors.filter((a) => !a.existing).length,
    accounts: population.accounts.filter((a) => a.existingId === null).length,
    officialAccounts: kinds.official,
    publicAccounts: kinds.public,
    bots: kinds.bot,
    reusedAccounts: population.accounts.filter((a) => a.existingId !== null).length,
    rings: population.rings.length,
    boughtFollowers: population.accounts.filter((a) => a.boughtFromDay !== null).length,
    ...counts,
    seconds: Math.round((performance.now() - began) / 100) / 10,
  };
}

function sizeByName(name: string): WorldSizeSpec {
  if (!isWorldSizeName(name))
    throw new Error(`seed --world: unknown world size "${name}" (expected ${Object.keys(WORLD_SIZES).join(', ')})`);
  return WORLD_SIZES[name];
}
