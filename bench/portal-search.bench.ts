// The export portal's catalogue search under load: autocannon cycles through a mix of real catalogue queries
// (stemming, accents, typos, completion, English, facet combinations, sorts, pages) against the full app with the
// real catalogue seeded (seedPortal), on PGlite and on PostgreSQL (a fresh database, dropped at the end), against
// the bare Fastify "hello world" route measured in the same run. Rounds alternate like bench/http.bench.ts;
// medians are kept. Latency percentiles (p50, p95, p99) come from every response's own time, so p95 is exact.
//
// This file is also the server child: `node --import tsx bench/portal-search.bench.ts serve pglite|postgres [URL]`
// (forked by the benchmark; it speaks the IPC protocol of bench/lib/harness.ts: ports, 'cpu', 'stop').
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Options, type Result } from 'autocannon';
import { benchDatabaseName, PostgresServer, redact } from './lib/cli.ts';
import { machine, median, probe, round2, type ServerProcess, startServer, stopServer } from './lib/harness.ts';

declare module 'autocannon' {
  interface Options {
    /** Requests each connection sends in turn, looping. */
    requests?: { path: string; method?: string }[];
  }
}

export type SearchEngine = 'pglite' | 'postgres';

export interface PortalSearchBenchOptions {
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  logLevel: string;
  engines: SearchEngine[];
  /** Administrator URL of the PostgreSQL server on which a fresh database is created and dropped. */
  postgresUrl: string;
  /** Sequential requests per query of the mix for the unloaded timings. */
  unloadedRequests: number;
  log: (line: string) => void;
}

/** What a visitor of the catalogue sends: words, typos, English, facets, sorts and pages. */
export const searchMix = [
  '/api/portal/offers',
  '/api/portal/offers?q=exportations',
  '/api/portal/offers?q=evenement',
  '/api/portal/offers?q=asurance%20prospection',
  '/api/portal/offers?q=prospektion',
  '/api/portal/offers?q=assurance%20prosp',
  '/api/portal/offers?q=finacement%20export&step=3',
  '/api/portal/offers?q=export%20credit%20insurance&lang=en',
  '/api/portal/offers?q=bpifrance&sort=recent',
  '/api/portal/offers?q=salon&type=events_trade_fairs&type=prospecting',
  '/api/portal/offers?step=4',
  '/api/portal/offers?step=4&type=insurance_guarantees',
  '/api/portal/offers?q=assurance&step=3&step=4&price=paid',
  '/api/portal/offers?sector=wine_spirits&country=VN',
  '/api/portal/offers?region=84&maturity=new&size=sme',
  '/api/portal/offers?provider=business-france&sort=title&page=2&pageSize=5',
  '/api/portal/offers?page=2&pageSize=10&sort=provider',
  '/api/portal/offers?q=financement&sort=recent&page=2&pageSize=5',
  '/api/portal/offers?q=vie&lang=en',
  '/api/portal/offers?price=free&maturity=new&page=3',
];

export const aimP95Ms = 30;
const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');

interface MixRun {
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  serverCpuUsPerRequest: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return round2(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

function serverCpu(server: ServerProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its CPU time')), 10_000);
    const onMessage = (message: { cpu?: { user: number; system: number } }) => {
      if (!message?.cpu) return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve(message.cpu.user + message.cpu.system);
    };
    server.child.on('message', onMessage);
    server.child.send('cpu');
  });
}

/** Loads one app of a server with the paths in turn (each connection loops over them), 127.0.0.1 only. */
async function loadMix(server: ServerProcess, app: string, paths: string[], seconds: number, connections: number) {
  const port = server.ports[app];
  if (!port) throw new Error(`the ${server.kind} server has no app "${app}"`);
  const cpuBefore = await serverCpu(server);
  const times: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = (
      autocannon as unknown as (
        options: Options,
        done: (error: Error | null, result: Result) => void,
      ) => NodeJS.EventEmitter
    )(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: 10,
        requests: paths.map((p) => ({ method: 'GET', path: p })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
  const cpu = (await serverCpu(server)) - cpuBefore;
  const sorted = Float64Array.from(times).sort();
  const requests = result.requests.total;
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    requests,
    serverCpuUsPerRequest: requests ? round2(cpu / requests) : 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  } satisfies MixRun;
}

/** Each query of the mix alone, one request at a time: where the time goes without queueing. */
async function unloaded(server: ServerProcess, count: number) {
  const base = `http://127.0.0.1:${server.ports.portal}`;
  const timings: Record<string, { medianMs: number; p95Ms: number; total: number; didYouMean: string | null }> = {};
  for (const p of searchMix) {
    const times: number[] = [];
    let body: { total?: number; didYouMean?: string | null } = {};
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const response = await fetch(`${base}${p}`);
      body = (await response.json()) as typeof body;
      times.push(performance.now() - started);
    }
    const sorted = Float64Array.from(times).sort();
    timings[p] = {
      medianMs: round2(median(times)),
      p95Ms: percentile(sorted, 95),
      total: body.total ?? 0,
      didYouMean: body.didYouMean ?? null,
    };
  }
  return timings;
}

function startPortal(engine: SearchEngine, url: string | undefined, logLevel: string): Promise<ServerProcess> {
  const child = fork(here, ['serve', engine, ...(url ? [url] : [])], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_LOG_LEVEL: logLevel },
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the portal server did not start within 180 s'));
    }, 180_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the portal server exited with code ${code} before listening`));
    };
    child.once('exit', onExit);
    child.once('message', (message: { ports?: Record<string, number>; offers?: number }) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (message?.ports) resolve({ kind: 'full', child, ports: message.ports });
      else reject(new Error(`the portal server sent ${JSON.stringify(message)}`));
    });
  });
}

async function measureEngine(
  engine: SearchEngine,
  bare: ServerProcess,
  options: PortalSearchBenchOptions,
  url: string | undefined,
) {
  const log = (line: string) => options.log(`${engine}: ${line}`);
  log('starting the portal server (migrates and seeds the catalogue first)');
  const portal = await startPortal(engine, url, options.logLevel);
  try {
    for (const p of searchMix) await probe(portal, 'portal', p);
    const offers = (
      (await (await fetch(`http://127.0.0.1:${portal.ports.portal}/api/portal/offers`)).json()) as {
        total: number;
      }
    ).total;
    log(`${offers} published offers; warm-up (${options.warmup} s each)`);
    if (options.warmup > 0) {
      await loadMix(bare, 'bare', ['/'], options.warmup, options.connections);
      await loadMix(portal, 'portal', searchMix, options.warmup, options.connections);
    }
    const single = await unloaded(portal, options.unloadedRequests);
    const targets = [
      { name: 'bare /', server: bare, app: 'bare', paths: ['/'] },
      { name: 'catalogue mix', server: portal, app: 'portal', paths: searchMix },
    ];
    const runs = new Map<string, MixRun[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const target of round % 2 ? targets : [...targets].reverse()) {
        const run = await loadMix(target.server, target.app, target.paths, options.duration, options.connections);
        log(
          `round ${round}/${options.rounds} ${target.name.padEnd(14)} ${String(run.reqPerSec).padStart(6)} req/s  ` +
            `p95 ${run.p95Ms} ms  p99 ${run.p99Ms} ms  ${run.serverCpuUsPerRequest} µs CPU/req`,
        );
        if (run.non2xx) throw new Error(`${target.name}: ${run.non2xx} non-2xx answers`);
        runs.get(target.name)!.push(run);
      }
    }
    const bareRuns = runs.get('bare /')!;
    const baseReq = median(bareRuns.map((r) => r.reqPerSec));
    const summary = (name: string) => {
      const list = runs.get(name)!;
      const reqPerSec = Math.round(median(list.map((r) => r.reqPerSec)));
      return {
        medianReqPerSec: reqPerSec,
        medianP50Ms: median(list.map((r) => r.p50Ms)),
        medianP95Ms: median(list.map((r) => r.p95Ms)),
        medianP99Ms: median(list.map((r) => r.p99Ms)),
        medianServerCpuUsPerRequest: round2(median(list.map((r) => r.serverCpuUsPerRequest))),
        errors: list.reduce((sum, r) => sum + r.errors, 0),
        ...(name === 'bare /'
          ? {}
          : {
              ratioToBare: Math.round((reqPerSec / baseReq) * 1000) / 1000,
              medianRoundRatioToBare:
                Math.round(median(list.map((r, i) => r.reqPerSec / bareRuns[i]!.reqPerSec)) * 1000) / 1000,
            }),
        runs: list,
      };
    };
    const mix = summary('catalogue mix');
    return {
      publishedOffers: offers,
      meetsAim: mix.medianP95Ms < aimP95Ms,
      targets: { 'bare /': summary('bare /'), 'catalogue mix': mix },
      unloaded: single,
    };
  } finally {
    await stopServer(portal);
  }
}

type EngineResult = Awaited<ReturnType<typeof measureEngine>>;

export async function runPortalSearchBench(options: PortalSearchBenchOptions) {
  const started = Date.now();
  const before = machine();
  options.log('starting the bare server');
  const bare = await startServer('bare', { logLevel: options.logLevel });
  const engines: Partial<Record<SearchEngine, EngineResult | { skipped: string }>> = {};
  try {
    for (const engine of options.engines) {
      if (engine === 'pglite') {
        engines.pglite = await measureEngine('pglite', bare, options, undefined);
        continue;
      }
      const server = new PostgresServer(options.postgresUrl);
      const why = server.unavailable();
      if (why) {
        options.log(`postgres: skipped, ${why}`);
        engines.postgres = { skipped: why };
        continue;
      }
      const name = benchDatabaseName('portal_search');
      const url = server.create(name);
      options.log(`postgres: fresh database ${redact(url)}`);
      try {
        engines.postgres = await measureEngine('postgres', bare, options, url);
      } finally {
        server.drop(name);
      }
    }
  } finally {
    await stopServer(bare);
  }
  return {
    bench: 'portal-search' as const,
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { ...before, loadAverageAfter: machine().loadAverage },
    settings: {
      connections: options.connections,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      rounds: options.rounds,
      pipelining: 1,
      fullAppLogLevel: options.logLevel,
      host: '127.0.0.1',
      unloadedRequestsPerQuery: options.unloadedRequests,
    },
    aim: `p95 < ${aimP95Ms} ms under load on the real catalogue (issue 4), on PGlite and PostgreSQL`,
    mix: searchMix,
    baseline: 'bare /',
    engines,
  };
}

// --- The server child ---------------------------------------------------------------------------------------

async function serve(engine: SearchEngine, url: string | undefined) {
  if (!process.send) throw new Error('portal-search.bench.ts serve must be started with fork() (it reports over IPC)');
  const { rmSync } = await import('node:fs');
  const { sql } = await import('kysely');
  const { buildApp } = await import('../server/app.ts');
  const { openDatabase } = await import('../server/db/index.ts');
  const { migrate } = await import('../server/db/migrate.ts');
  const { createMailer } = await import('../server/mail/mailer.ts');
  const { seedPortal } = await import('../server/portal/seed/index.ts');
  const { benchConfig } = await import('./http.server.ts');
  const logLevel = process.env.BENCH_LOG_LEVEL || 'warn';
  const { config, dataDir } = await benchConfig(logLevel);
  if (engine === 'postgres' && !url) throw new Error('serve postgres needs the database URL');
  const database =
    engine === 'postgres' && url
      ? await openDatabase({ engine: 'postgres', url })
      : await openDatabase({ engine: 'pglite' });
  await migrate(database);
  await seedPortal(database.db);
  // Fresh statistics for the planner, as autovacuum would give a database that has been up for a while.
  await sql`ANALYZE`.execute(database.db);
  const mailer = createMailer({ smtpUrl: undefined, from: config.mail.from, outboxDir: path.join(dataDir, 'outbox') });
  const app = await buildApp(config, { database, mailer });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => {});
    // Requests whose client left at the end of a run still finish their queries: let them, then close.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    mailer.close();
    await database.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop); // the parent is gone: never outlive it
  process.on('message', (message) => {
    if (message === 'stop') void stop();
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  process.send({ ports: { portal: port } });
}

if (process.argv[1] && path.resolve(process.argv[1]) === here && process.argv[2] === 'serve') {
  const engine = process.argv[3];
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`serve: pglite or postgres, got "${engine}"`);
  serve(engine, process.argv[4]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
