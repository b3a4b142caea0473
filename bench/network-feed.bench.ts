// The network's home feed on the seeded `large` network (issue 5: 30,000 members, 300 communities, 2,000 deal rooms,
// 1,000,000 posts), on PGlite and on PostgreSQL. The network is seeded once and kept: PGlite in
// bench/.cache/network-<size>-s<seed>/, PostgreSQL in a database `diplomatie_bench_network_<size>_s<seed>` of the
// server named by BENCH_DATABASE_URL, TEST_DATABASE_URL or BENCH_PG_URL (skipped when none answers). Then, in process
// (`app.inject`, one request at a time, so latency is the server's own work without queueing):
//   - GET /api/network/feed for agents, partners and company members signed in through /api/auth/login, many
//     distinct users per audience, first pages and next pages: p50, p95, p99 per audience (aim: p95 < 25 ms);
//   - the feed's query alone, `selectFeedPosts` with the access filter vs the same with `withoutAccessFilter`, for
//     the same viewers and spaces, alternating: medians and their ratio (aim: <= 1.5).
// The helpers here (cached network, signed-in sessions, percentiles) serve bench/network-search.bench.ts too.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { Viewer } from '../server/access/viewer.ts';
import type { Database } from '../server/db/index.ts';
import type { DB, Role } from '../server/db/schema.ts';
import type { NetworkSizeName } from '../server/network/seed/index.ts';
import { PostgresServer, redact } from './lib/cli.ts';
import { machine, median, round2 } from './lib/harness.ts';

export type NetworkEngine = 'pglite' | 'postgres';
export const AUDIENCES = ['agent', 'partner', 'company'] as const;
export type BenchAudience = (typeof AUDIENCES)[number];

const here = path.dirname(fileURLToPath(import.meta.url));
export const cacheDir = path.join(here, '.cache');

export interface NetworkBenchOptions {
  size: NetworkSizeName;
  seed: number;
  engines: NetworkEngine[];
  /** A PostgreSQL server (administrator URL) on which the network's database is created once and kept. */
  postgresUrl: string | null;
  /** Distinct signed-in users per audience. */
  usersPerAudience: number;
  /** Measured requests per user (first pages and next pages). */
  requestsPerUser: number;
  logLevel: string;
  log: (line: string) => void;
}

// --- The seeded network, cached ------------------------------------------------------------------------------

export interface OpenedNetwork {
  database: Database;
  /** How the network was obtained this run. */
  seeding: { cached: boolean; seconds: number | null; summary?: unknown };
  where: string;
  close(): Promise<void>;
}

async function seedInto(database: Database, options: NetworkBenchOptions, log: (line: string) => void) {
  const { migrate } = await import('../server/db/migrate.ts');
  const { seedDemo } = await import('../server/seed/demo.ts');
  const { seedNetwork } = await import('../server/network/seed/index.ts');
  await migrate(database);
  await seedDemo(database.db, { waiveSecondFactor: true });
  let last = 0;
  return seedNetwork(database.db, {
    size: options.size,
    seed: options.seed,
    waiveSecondFactor: true,
    onProgress: (line) => {
      if (Date.now() - last > 20_000 || !line.startsWith('posts')) log(line);
      if (line.startsWith('posts')) last = Date.now();
    },
  });
}

/** A cached network made before a newer migration (an index, say) gets it, as a deployed database would. */
async function migrateCached(database: Database, log: (line: string) => void) {
  const { migrate } = await import('../server/db/migrate.ts');
  const applied = await migrate(database);
  if (applied.length > 0) log(`cached network migrated: ${applied.join(', ')}`);
}

/** Opens the cached network of this engine, seeding it first when it is missing (or was left half-written). */
export async function openNetwork(
  engine: NetworkEngine,
  options: NetworkBenchOptions,
): Promise<OpenedNetwork | string> {
  const { openDatabase } = await import('../server/db/index.ts');
  const { NETWORK_SEED_VERSION, seededNetwork } = await import('../server/network/seed/index.ts');
  const log = (line: string) => options.log(`${engine}: ${line}`);
  const wanted = (found: { size: string; seed: number; version: number } | null) =>
    found !== null &&
    found.size === options.size &&
    found.seed === options.seed &&
    found.version === NETWORK_SEED_VERSION;
  if (engine === 'pglite') {
    const { lockDataDir } = await import('../server/db/lock.ts');
    const folder = path.join(cacheDir, `network-${options.size}-s${options.seed}`);
    mkdirSync(folder, { recursive: true });
    const release = lockDataDir(folder);
    const dataDir = path.join(folder, 'pglite');
    let database: Database | null = null;
    try {
      const ready = existsSync(dataDir);
      database = await openDatabase({ engine: 'pglite', dataDir });
      const found = ready ? await seededNetwork(database.db).catch(() => null) : null;
      // A cached network reports how long its seed took when it was made.
      let seeding: OpenedNetwork['seeding'] = { cached: true, seconds: found?.seconds ?? null };
      if (!wanted(found)) {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
        database = await openDatabase({ engine: 'pglite', dataDir });
        log(
          `seeding the ${options.size} network into ${path.relative(process.cwd(), folder)} (once; kept for next runs)`,
        );
        const started = performance.now();
        const summary = await seedInto(database, options, log);
        seeding = { cached: false, seconds: round2((performance.now() - started) / 1000), summary };
        log(`seeded in ${seeding.seconds} s`);
      } else {
        await migrateCached(database, log);
      }
      const opened = database;
      return {
        database: opened,
        seeding,
        where: path.relative(process.cwd(), folder),
        close: async () => {
          await opened.close();
          release();
        },
      };
    } catch (error) {
      await database?.close().catch(() => {});
      release();
      throw error;
    }
  }
  if (!options.postgresUrl) return 'no PostgreSQL server (set BENCH_DATABASE_URL or TEST_DATABASE_URL)';
  const server = new PostgresServer(options.postgresUrl);
  const why = server.unavailable();
  if (why) return why;
  const name = `diplomatie_bench_network_${options.size}_s${options.seed}`;
  const exists = server.psql(`SELECT 1 FROM pg_database WHERE datname = '${name}'`) === '1';
  let database = exists ? await openDatabase({ engine: 'postgres', url: server.urlOf(name), poolSize: 4 }) : null;
  const found = database ? await seededNetwork(database.db).catch(() => null) : null;
  let seeding: OpenedNetwork['seeding'] = { cached: true, seconds: found?.seconds ?? null };
  if (!database || !wanted(found)) {
    await database?.close();
    const url = server.create(name);
    log(`seeding the ${options.size} network into ${redact(url)} (once; kept for next runs)`);
    database = await openDatabase({ engine: 'postgres', url, poolSize: 4 });
    const started = performance.now();
    const summary = await seedInto(database, options, log);
    seeding = { cached: false, seconds: round2((performance.now() - started) / 1000), summary };
    log(`seeded in ${seeding.seconds} s`);
  } else {
    await migrateCached(database, log);
  }
  const opened = database;
  return { database: opened, seeding, where: redact(server.urlOf(name)), close: () => opened.close() };
}

// --- The app, in process, and signed-in members ----------------------------------------------------------------

export async function networkApp(database: Database, logLevel: string) {
  const { buildApp } = await import('../server/app.ts');
  const { loadConfig } = await import('../server/config.ts');
  const { createMailer } = await import('../server/mail/mailer.ts');
  const dataDir = path.join(cacheDir, 'app');
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    SECRET: 'bench-secret-not-for-serving-0123456789abcdef',
    LOG_LEVEL: logLevel,
    SERVE_WEB: 'false',
    DEMO_SEED: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const mailer = createMailer({ smtpUrl: undefined, from: config.mail.from, outboxDir: path.join(dataDir, 'outbox') });
  const app = await buildApp(config, { database, mailer });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      mailer.close();
    },
  };
}

/** A browser-like client over app.inject: keeps cookies, sends the CSRF token it was given. */
export class InjectClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request(method: 'GET' | 'POST', url: string, payload?: object) {
    const headers: Record<string, string> = { 'accept-language': 'fr' };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    for (const c of response.cookies as { name: string; value: string }[]) {
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = response.headers['content-type'];
    if (typeof type === 'string' && type.includes('json') && response.body) {
      const body = response.json() as { csrfToken?: unknown };
      if (typeof body?.csrfToken === 'string') this.csrf = body.csrfToken;
    }
    return response;
  }
}

export interface SignedIn {
  id: string;
  email: string;
  audience: BenchAudience;
  client: InjectClient;
}

/**
 * `count` distinct seeded members of the audience (a fixed sample: ordered by a hash of their id), signed in with
 * the demo password through the real login route.
 */
export async function signInSample(
  app: FastifyInstance,
  db: Kysely<DB>,
  audience: BenchAudience,
  count: number,
): Promise<SignedIn[]> {
  const { DEMO_PASSWORD } = await import('../server/seed/demo.ts');
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('audience', '=', audience)
    .where('email', 'like', '%.reseau.test')
    .orderBy(sql`md5(id::text)`)
    .limit(count)
    .execute();
  const out: SignedIn[] = [];
  for (const row of rows) {
    const client = new InjectClient(app);
    await client.request('GET', '/api/auth/me');
    const res = await client.request('POST', '/api/auth/login', { email: row.email, password: DEMO_PASSWORD });
    if (res.statusCode !== 200) throw new Error(`login of ${row.email} answered ${res.statusCode}: ${res.body}`);
    out.push({ id: row.id, email: row.email, audience, client });
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return round2(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

export function latencySummary(times: readonly number[]) {
  return {
    requests: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    maxMs: percentile(times, 100),
  };
}

/** Runs `fn` over each engine that is available, returning its result or why it was skipped. */
export async function forEachEngine<T>(
  options: NetworkBenchOptions,
  fn: (network: OpenedNetwork, engine: NetworkEngine) => Promise<T>,
): Promise<
  Partial<Record<NetworkEngine, (T & { network: { where: string; seeding: unknown } }) | { skipped: string }>>
> {
  const results: Partial<
    Record<NetworkEngine, (T & { network: { where: string; seeding: unknown } }) | { skipped: string }>
  > = {};
  for (const engine of options.engines) {
    const network = await openNetwork(engine, options);
    if (typeof network === 'string') {
      options.log(`${engine}: skipped, ${network}`);
      results[engine] = { skipped: network };
      continue;
    }
    try {
      await sql`ANALYZE`.execute(network.database.db);
      const result = await fn(network, engine);
      results[engine] = { ...result, network: { where: network.where, seeding: network.seeding } };
    } finally {
      await network.close();
    }
  }
  return results;
}

// --- The feed benchmark -------------------------------------------------------------------------------------------

export const aimFeedP95Ms = 25;
export const aimFilterRatio = 1.5;

async function viewerOf(db: Kysely<DB>, userId: string): Promise<Viewer> {
  const { buildViewer } = await import('../server/access/membership.ts');
  const account = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'roles', 'audience', 'active', 'email_verified_at', 'partner_expires_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return buildViewer(db, { ...account, roles: account.roles as Role[] });
}

async function measureFeed(network: OpenedNetwork, engine: NetworkEngine, options: NetworkBenchOptions) {
  const log = (line: string) => options.log(`${engine}: ${line}`);
  const db = network.database.db;
  const { feedSpaceIds, selectFeedPosts } = await import('../server/network/feed/feed.repo.ts');
  const { app, close } = await networkApp(network.database, options.logLevel);
  try {
    const users: SignedIn[] = [];
    for (const audience of AUDIENCES) {
      const started = performance.now();
      users.push(...(await signInSample(app, db, audience, options.usersPerAudience)));
      log(`${options.usersPerAudience} ${audience} accounts signed in (${Math.round(performance.now() - started)} ms)`);
    }
    // Warm-up: one first page each (not measured), keeping the cursor of the next page.
    const cursors = new Map<string, string | null>();
    const items = new Map<BenchAudience, number[]>(AUDIENCES.map((a) => [a, []]));
    for (const u of users) {
      const res = await u.client.request('GET', '/api/network/feed');
      if (res.statusCode !== 200) throw new Error(`feed of ${u.email} answered ${res.statusCode}: ${res.body}`);
      const body = res.json() as { items: unknown[]; nextCursor: string | null };
      cursors.set(u.id, body.nextCursor);
      items.get(u.audience)!.push(body.items.length);
    }
    // Measured: first pages and next pages, audiences interleaved user by user.
    const times = new Map<BenchAudience, number[]>(AUDIENCES.map((a) => [a, []]));
    const byAudience = new Map(AUDIENCES.map((a) => [a, users.filter((u) => u.audience === a)]));
    for (let round = 0; round < options.requestsPerUser; round++) {
      for (let i = 0; i < options.usersPerAudience; i++) {
        for (const audience of AUDIENCES) {
          const u = byAudience.get(audience)![i];
          if (!u) continue;
          const cursor = round % 2 === 1 ? cursors.get(u.id) : null;
          const url = cursor ? `/api/network/feed?before=${encodeURIComponent(cursor)}` : '/api/network/feed';
          const started = performance.now();
          const res = await u.client.request('GET', url);
          times.get(audience)!.push(performance.now() - started);
          if (res.statusCode !== 200) throw new Error(`feed of ${u.email} answered ${res.statusCode}`);
        }
      }
    }
    const audiences = Object.fromEntries(
      AUDIENCES.map((a) => [
        a,
        { users: options.usersPerAudience, medianItems: median(items.get(a)!), ...latencySummary(times.get(a)!) },
      ]),
    ) as Record<BenchAudience, ReturnType<typeof latencySummary> & { users: number; medianItems: number }>;
    for (const a of AUDIENCES)
      log(
        `GET /feed ${a.padEnd(8)} p50 ${audiences[a].p50Ms} ms  p95 ${audiences[a].p95Ms} ms  p99 ${audiences[a].p99Ms} ms`,
      );

    // The query alone: filtered vs unfiltered, same viewers and spaces, alternating which runs first.
    const ratio: Record<string, unknown> = {};
    const allFiltered: number[] = [];
    const allPlain: number[] = [];
    const perUserRatios: number[] = [];
    for (const audience of AUDIENCES) {
      const filtered: number[] = [];
      const plain: number[] = [];
      const spaces: number[] = [];
      for (const u of users.filter((x) => x.audience === audience)) {
        const viewer = await viewerOf(db, u.id);
        const spaceIds = await feedSpaceIds(db, viewer);
        spaces.push(spaceIds.length);
        const f: number[] = [];
        const p: number[] = [];
        for (let rep = 0; rep < 6; rep++) {
          const order = rep % 2 === 0 ? [false, true] : [true, false];
          for (const withoutAccessFilter of order) {
            const started = performance.now();
            await selectFeedPosts(db, viewer, spaceIds, { before: null, limit: 21, withoutAccessFilter });
            (withoutAccessFilter ? p : f).push(performance.now() - started);
          }
        }
        // The first two runs warm the caches.
        filtered.push(median(f.slice(2)));
        plain.push(median(p.slice(2)));
        perUserRatios.push(median(f.slice(2)) / Math.max(0.001, median(p.slice(2))));
      }
      allFiltered.push(...filtered);
      allPlain.push(...plain);
      ratio[audience] = {
        medianSpaces: median(spaces),
        filteredMedianMs: round2(median(filtered)),
        unfilteredMedianMs: round2(median(plain)),
        filteredP95Ms: percentile(filtered, 95),
        unfilteredP95Ms: percentile(plain, 95),
        ratio: round2(median(filtered) / Math.max(0.001, median(plain))),
      };
      log(`selectFeedPosts ${audience.padEnd(8)} ${JSON.stringify(ratio[audience])}`);
    }
    const overallRatio = round2(median(allFiltered) / Math.max(0.001, median(allPlain)));
    const worstP95 = Math.max(...AUDIENCES.map((a) => audiences[a].p95Ms));
    return {
      audiences,
      query: {
        byAudience: ratio,
        overall: {
          filteredMedianMs: round2(median(allFiltered)),
          unfilteredMedianMs: round2(median(allPlain)),
          ratio: overallRatio,
          medianPerUserRatio: round2(median(perUserRatios)),
        },
      },
      meetsAim: { p95: worstP95 < aimFeedP95Ms, ratio: overallRatio <= aimFilterRatio },
    };
  } finally {
    await close();
  }
}

export async function runNetworkFeedBench(options: NetworkBenchOptions) {
  const started = Date.now();
  const before = machine();
  const engines = await forEachEngine(options, (network, engine) => measureFeed(network, engine, options));
  return {
    bench: 'network-feed' as const,
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { ...before, loadAverageAfter: machine().loadAverage },
    settings: {
      network: options.size,
      seed: options.seed,
      usersPerAudience: options.usersPerAudience,
      requestsPerAudience: options.usersPerAudience * options.requestsPerUser,
      mode: 'in process (app.inject), one request at a time',
    },
    aim: `GET /api/network/feed p95 < ${aimFeedP95Ms} ms for every audience; filtered / unfiltered query <= ${aimFilterRatio}`,
    engines,
  };
}
