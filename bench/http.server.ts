// Servers under load for the HTTP benchmarks, run in a child process of their own so that the load
// generator (autocannon, in the parent) and the server do not share an event loop. Started with `fork()` and
// the kind of server as argument; answers `{ ports: { name: port } }` over IPC once it listens on 127.0.0.1.
//
//   bare    a Fastify "hello world" JSON route: the baseline measured in the same run
//   full    the Diplomatie app as production builds it: buildApp(loadConfig(...)) on an in-memory PGlite
//   ladder  bare, every rung of bench/lib/ladder.ts and the real app, one server each (bench/http-ladder.bench.ts)
//   observatory  the full app with a synthetic world seeded and scored (BENCH_WORLD, BENCH_SEED: small, 1), plus
//           `same-body`: a bare Fastify route answering the app's 30-day ranking, bytes for bytes (bench/rankings.bench.ts)
//
// Messages from the parent: 'cpu' (answers `{ cpu }`, CPU microseconds used so far) and 'stop'.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../server/db/index.ts';

export type ServerKind = 'bare' | 'full' | 'ladder' | 'observatory';

export interface Served {
  apps: Record<string, FastifyInstance>;
  close: () => Promise<void>;
}

export function bareApp(): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  return app;
}

export async function benchConfig(logLevel: string) {
  const { loadConfig } = await import('../server/config.ts');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: logLevel,
    SERVE_WEB: 'false',
    DEMO_SEED: 'false',
  });
  return { config, dataDir };
}

/** `prepare` fills the migrated database before the app is built (the observatory's world). */
export async function startFull(logLevel: string, prepare?: (database: Database) => Promise<void>): Promise<Served> {
  const { buildApp } = await import('../server/app.ts');
  const { openDatabase } = await import('../server/db/index.ts');
  const { migrate } = await import('../server/db/migrate.ts');
  const { createMailer } = await import('../server/mail/mailer.ts');
  const { config, dataDir } = await benchConfig(logLevel);
  const database = await openDatabase({ engine: 'pglite' });
  await migrate(database);
  await prepare?.(database);
  const mailer = createMailer({ smtpUrl: undefined, from: config.mail.from, outboxDir: path.join(dataDir, 'outbox') });
  const app = await buildApp(config, { database, mailer });
  return {
    apps: { full: app },
    close: async () => {
      await app.close();
      mailer.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const rankingPath = '/api/observatory/rankings/countries?window=30d';

async function startObservatory(logLevel: string): Promise<Served> {
  const { seedAndScore } = await import('./lib/observatory-world.ts');
  const full = await startFull(logLevel, seedAndScore);
  const app = full.apps.full!;
  const ranking = await app.inject({ method: 'GET', url: rankingPath });
  if (ranking.statusCode !== 200) throw new Error(`${rankingPath} answered ${ranking.statusCode}`);
  const body = ranking.body;
  const sameBody = Fastify({ logger: false });
  sameBody.get('/', (_request, reply) => {
    reply.type('application/json; charset=utf-8').send(body);
  });
  return {
    apps: { observatory: app, 'same-body': sameBody },
    close: async () => {
      await sameBody.close();
      await full.close();
    },
  };
}

/** The app names served by the `ladder` kind, in order: the baseline, the rungs, the real app. */
export const realAppName = 'buildApp (real)';

async function startLadder(logLevel: string): Promise<Served> {
  const { buildRung, layers } = await import('./lib/ladder.ts');
  const full = await startFull(logLevel);
  const fullApp = full.apps.full!;
  const apps: Record<string, FastifyInstance> = { bare: bareApp() };
  for (const [rung, name] of layers.entries()) apps[name] = await buildRung(rung, fullApp.config, fullApp.database);
  apps[realAppName] = fullApp;
  return {
    apps,
    close: async () => {
      for (const app of Object.values(apps)) if (app !== fullApp) await app.close();
      await full.close();
    },
  };
}

async function main() {
  const kind = process.argv[2] as ServerKind;
  if (!['bare', 'full', 'ladder', 'observatory'].includes(kind))
    throw new Error(`usage: http.server.ts bare|full|ladder|observatory (got ${kind})`);
  if (!process.send) throw new Error('http.server.ts must be started with fork() (it reports its ports over IPC)');
  const logLevel = process.env.BENCH_LOG_LEVEL || 'warn';
  const served: Served =
    kind === 'bare'
      ? (() => {
          const app = bareApp();
          return { apps: { bare: app }, close: () => app.close() };
        })()
      : kind === 'full'
        ? await startFull(logLevel)
        : kind === 'observatory'
          ? await startObservatory(logLevel)
          : await startLadder(logLevel);
  const ports: Record<string, number> = {};
  for (const [name, app] of Object.entries(served.apps)) {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    ports[name] = typeof address === 'object' && address ? address.port : 0;
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await served.close().catch(() => {});
    // A normal exit, so that --cpu-prof (BENCH_CPU_PROF=1) writes its profile.
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop); // the parent is gone: never outlive it
  process.on('message', (message) => {
    if (message === 'stop') void stop();
    // CPU time used so far (user + system, microseconds): the parent takes it before and after each run.
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  process.send({ ports });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
