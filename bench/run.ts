// `npm run bench [-- NAME...]`: runs benchmarks (default: http, rankings, validity, portal-search), prints each
// result as JSON on stdout (progress goes to stderr) and keeps the last result in bench/results/NAME.json. A benchmark
// compares against a baseline measured in the same run; none fails on a number (tests never assert on timings).
//
//   http         bare Fastify vs the full app (/healthz, /api/auth/me): req/s, p99, server CPU per request
//   http-ladder  diagnostic: the app's layers added one at a time, server CPU per request of each
//   rankings     the observatory's world ranking, FR accounts and graph (full app, small world on PGlite) vs bare
//                Fastify and vs a bare route sending the same bytes: req/s, p99, ratios (about 3 min)
//   validity     the index on the demo world (PGlite): Spearman with the planted influence vs followers alone,
//                rank change when bought followers are undone, share of bot-ring reposts discounted (about 2 min)
//   portal-search  the portal's catalogue search (a mix of queries: words, typos, facets, pages) on the real
//                catalogue, full app vs bare Fastify, on PGlite and PostgreSQL: req/s, p95, p99, ratio (about 4 min)
//   import       not by default (needs PostgreSQL, about 12 min at 1,000,000 rows): a generated minet CSV through
//                `diplomatie import minet-csv` vs a raw COPY of the same rows, on PGlite and PostgreSQL: rows/s, ratio
//   pagerank     not by default (about 3 min): our CSR PageRank vs graphology's and python3-igraph's (when
//                installed: apt-get install python3-igraph) on 100,000 nodes and 1,200,000 edges
//   page-weight  the export portal's landing page (/portail-export) in Chromium vs the platform's home (/): JS, CSS
//                and fonts of the first load, raw and gzip (aim: <= 150 KiB of gzipped JS), the server's prerendering
//                cost (autocannon) and, with BENCH_LIGHTHOUSE_DIR, a Lighthouse score (about 2 min; builds web/ if stale)
//   index        not by default (needs PostgreSQL, about 9 min: seeding the large world takes 6): full recompute of
//                the index on the large world vs full scans of obs_posts and obs_post_metrics: seconds
//   network-feed   not by default: the network's home feed on the seeded large network (1,000,000 posts; seeded once
//                into bench/.cache/ and a kept PostgreSQL database, which takes long the first time), in process:
//                p50/p95 per audience (aim p95 < 25 ms) and the access-filtered query vs unfiltered (aim <= 1.5)
//   network-search not by default: the network's search on the same network, a mix of rare, common, two-word,
//                prefix and typo queries per audience: p50/p95 (aim p95 < 30 ms)
//
// Settings (environment): BENCH_DURATION seconds per measured run (10; ladder 3), BENCH_WARMUP seconds
// (2; ladder 1), BENCH_ROUNDS (3; ladder 5), BENCH_CONNECTIONS (50), BENCH_LOG_LEVEL of the full app (warn),
// BENCH_ONLY=/healthz,... to run only these full-app paths (the baseline always runs),
// BENCH_CPU_PROF=1 to write V8 CPU profiles of the http servers to bench/results/profiles/
// (summarise one with `node --import tsx bench/profile-summary.ts FILE --last=SECONDS`).
// Observatory: BENCH_WORLD the synthetic world (rankings: small; validity: demo; index: large), BENCH_SEED (1),
// BENCH_IMPORT_ROWS (1000000; 100000 for a quick run), BENCH_IMPORT_ENGINES (pglite,postgres), BENCH_INDEX_RUNS (3),
// BENCH_PG_URL the PostgreSQL server whose fresh databases import and index create and drop
// (postgres://postgres@127.0.0.1:5432/postgres).
// Portal search: BENCH_SEARCH_ENGINES (pglite,postgres; PostgreSQL is skipped when BENCH_PG_URL does not answer);
// BENCH_CONNECTIONS defaults to 10 there (latency under a steady load, not the saturation point).
// Network: BENCH_NETWORK_SIZE (large; demo for a quick run), BENCH_SEED (1), BENCH_NETWORK_ENGINES (pglite,postgres;
// PostgreSQL on the server of BENCH_DATABASE_URL, else TEST_DATABASE_URL, else BENCH_PG_URL), BENCH_NETWORK_USERS
// signed-in members per audience (60), BENCH_NETWORK_REQUESTS measured requests per member (4).
// Page weight: BENCH_DURATION seconds of autocannon per prerendered page (5; 0 skips it), BENCH_CONNECTIONS (10),
// BENCH_BUILD (1: always run vite build first, 0: never, default: when web/dist is missing or stale),
// BENCH_LIGHTHOUSE_DIR a folder where `npm install lighthouse` was run (Lighthouse is not a project dependency).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minRatio, runHttpBench } from './http.bench.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(here, 'results');

function setting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function choice<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const worlds = ['small', 'demo', 'large'] as const;
const postgresUrl = () => process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const seed = () => Math.round(setting('BENCH_SEED', 1, 0, 2 ** 31));

function networkOptions(name: string) {
  const engines = (process.env.BENCH_NETWORK_ENGINES || 'pglite,postgres').split(',').map((e) => e.trim());
  for (const engine of engines)
    if (engine !== 'pglite' && engine !== 'postgres')
      throw new Error(`BENCH_NETWORK_ENGINES: expected pglite and/or postgres, got "${engine}"`);
  return {
    size: choice('BENCH_NETWORK_SIZE', 'large', ['demo', 'large'] as const),
    seed: seed(),
    engines: engines as ('pglite' | 'postgres')[],
    postgresUrl: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.BENCH_PG_URL || null,
    usersPerAudience: Math.round(setting('BENCH_NETWORK_USERS', 60, 5, 1000)),
    requestsPerUser: Math.round(setting('BENCH_NETWORK_REQUESTS', 4, 1, 100)),
    logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
    log: (line: string) => log(`${name}: ${line}`),
  };
}

const benches: Record<string, { byDefault: boolean; run: () => Promise<object> }> = {
  http: {
    byDefault: true,
    run: async () => {
      const cpuProfDir = process.env.BENCH_CPU_PROF === '1' ? path.join(resultsDir, 'profiles') : undefined;
      const result = await runHttpBench({
        duration: setting('BENCH_DURATION', 10, 1, 120),
        warmup: setting('BENCH_WARMUP', 2, 0, 60),
        rounds: Math.round(setting('BENCH_ROUNDS', 3, 1, 11)),
        connections: Math.round(setting('BENCH_CONNECTIONS', 50, 1, 1000)),
        logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
        log,
        only: (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean),
        cpuProfDir,
      });
      for (const [name, t] of Object.entries(result.targets)) {
        const ratio =
          t.ratioToBare === undefined ? 'baseline' : `${t.ratioToBare} x bare (CPU per request: ${t.cpuRatioToBare} x)`;
        log(
          `${name.padEnd(18)} ${String(t.medianReqPerSec).padStart(7)} req/s  p99 ${t.medianP99Ms} ms  ${t.medianServerCpuUsPerRequest} µs CPU/req (user ${t.medianServerUserUsPerRequest})  ${ratio}`,
        );
        if (t.meetsAim === false) log(`${''.padEnd(18)} below the aim of ${minRatio} x bare`);
      }
      if (cpuProfDir) log(`CPU profiles in ${path.relative(process.cwd(), cpuProfDir)}`);
      return result;
    },
  },
  'http-ladder': {
    byDefault: false,
    run: async () => {
      // Imported here: it loads the server's modules into this process.
      const { runLadderBench } = await import('./http-ladder.bench.ts');
      const result = await runLadderBench({
        duration: setting('BENCH_DURATION', 3, 1, 120),
        warmup: setting('BENCH_WARMUP', 1, 0, 60),
        rounds: Math.round(setting('BENCH_ROUNDS', 5, 1, 31)),
        connections: Math.round(setting('BENCH_CONNECTIONS', 50, 1, 1000)),
        logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
        log,
      });
      for (const [name, rung] of Object.entries(result.rungs)) {
        const added = rung.addedUsPerRequest >= 0 ? `+${rung.addedUsPerRequest}` : String(rung.addedUsPerRequest);
        log(
          `${name.padEnd(64)} least ${String(rung.minServerCpuUsPerRequest).padStart(6)} µs CPU/req  ${added.padStart(7)}  ` +
            `(median ${rung.medianServerCpuUsPerRequest}; least user ${rung.minServerUserUsPerRequest})`,
        );
      }
      return result;
    },
  },
  rankings: {
    byDefault: true,
    run: async () => {
      const { runRankingsBench } = await import('./rankings.bench.ts');
      const world = choice('BENCH_WORLD', 'small', ['small', 'demo']);
      const result = await runRankingsBench({
        duration: setting('BENCH_DURATION', 10, 1, 120),
        warmup: setting('BENCH_WARMUP', 2, 0, 60),
        rounds: Math.round(setting('BENCH_ROUNDS', 3, 1, 11)),
        connections: Math.round(setting('BENCH_CONNECTIONS', 50, 1, 1000)),
        logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
        cpuProfDir: process.env.BENCH_CPU_PROF === '1' ? path.join(resultsDir, 'profiles') : undefined,
        world,
        seed: seed(),
        log: (line) => log(`rankings: ${line}`),
      });
      for (const [name, t] of Object.entries(result.targets)) {
        const ratios =
          'ratioToBare' in t
            ? `${t.ratioToBare} x bare${'ratioToSameBody' in t ? `, ${t.ratioToSameBody} x same body` : ''}`
            : 'baseline';
        log(`${name.padEnd(30)} ${String(t.medianReqPerSec).padStart(7)} req/s  p99 ${t.medianP99Ms} ms  ${ratios}`);
      }
      return result;
    },
  },
  validity: {
    byDefault: true,
    run: async () => {
      const { runValidityBench } = await import('./validity.bench.ts');
      const result = await runValidityBench({
        world: choice('BENCH_WORLD', 'demo', worlds),
        seed: seed(),
        log: (line) => log(`validity: ${line}`),
      });
      const { spearman, boughtFollowers, ringReposts } = result;
      log(`Spearman: index ${spearman.index}, followers alone ${spearman.followersAlone}`);
      log(
        `bought followers: rank change max ${boughtFollowers.index.maxAbsRankChange}, median ${boughtFollowers.index.medianAbsRankChange}`,
      );
      log(`ring reposts discounted: ${ringReposts.discountedShare} (others: ${ringReposts.otherDiscountedShare})`);
      return result;
    },
  },
  'portal-search': {
    byDefault: true,
    run: async () => {
      const { runPortalSearchBench } = await import('./portal-search.bench.ts');
      const engines = (process.env.BENCH_SEARCH_ENGINES || 'pglite,postgres').split(',').map((e) => e.trim());
      for (const engine of engines)
        if (engine !== 'pglite' && engine !== 'postgres')
          throw new Error(`BENCH_SEARCH_ENGINES: expected pglite and/or postgres, got "${engine}"`);
      const result = await runPortalSearchBench({
        duration: setting('BENCH_DURATION', 10, 1, 120),
        warmup: setting('BENCH_WARMUP', 2, 0, 60),
        rounds: Math.round(setting('BENCH_ROUNDS', 3, 1, 11)),
        connections: Math.round(setting('BENCH_CONNECTIONS', 10, 1, 1000)),
        logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
        engines: engines as ('pglite' | 'postgres')[],
        postgresUrl: postgresUrl(),
        unloadedRequests: 20,
        log: (line) => log(`portal-search: ${line}`),
      });
      for (const [engine, r] of Object.entries(result.engines)) {
        if ('skipped' in r) {
          log(`${engine}: skipped, ${r.skipped}`);
          continue;
        }
        for (const [name, t] of Object.entries(r.targets))
          log(
            `${engine.padEnd(8)} ${name.padEnd(14)} ${String(t.medianReqPerSec).padStart(7)} req/s  ` +
              `p95 ${t.medianP95Ms} ms  p99 ${t.medianP99Ms} ms`,
          );
        log(`${engine}: p95 ${r.meetsAim ? 'meets' : 'misses'} the aim of 30 ms`);
      }
      return result;
    },
  },
  import: {
    byDefault: false,
    run: async () => {
      const { runImportBench } = await import('./import.bench.ts');
      const engines = (process.env.BENCH_IMPORT_ENGINES || 'pglite,postgres').split(',').map((e) => e.trim());
      for (const engine of engines)
        if (engine !== 'pglite' && engine !== 'postgres')
          throw new Error(`BENCH_IMPORT_ENGINES: expected pglite and/or postgres, got "${engine}"`);
      const result = await runImportBench({
        rows: Math.round(setting('BENCH_IMPORT_ROWS', 1_000_000, 1_000, 10_000_000)),
        seed: seed(),
        engines: engines as ('pglite' | 'postgres')[],
        postgresUrl: postgresUrl(),
        log: (line) => log(`import: ${line}`),
      });
      for (const [engine, r] of Object.entries(result.engines)) {
        if ('skipped' in r) log(`${engine}: skipped, ${r.skipped}`);
        else
          log(
            `${engine}: import ${r.import.rowsPerSec} rows/s, COPY ${r.copy.rowsPerSec} rows/s, ratio ${r.ratioToCopy} ` +
              `(net of CLI start-up ${r.ratioToCopyNetOfStartup})`,
          );
      }
      return result;
    },
  },
  pagerank: {
    byDefault: false,
    run: async () => {
      const { runPagerankBench } = await import('./pagerank.bench.ts');
      return runPagerankBench({
        nodes: 100_000,
        edges: 1_200_000,
        seed: 2012,
        runs: 7,
        graphologyRuns: 3,
        pythons: process.env.BENCH_PYTHON ? [process.env.BENCH_PYTHON] : ['python3', '/usr/bin/python3'],
        log,
      });
    },
  },
  'page-weight': {
    byDefault: true,
    run: async () => {
      const { runPageWeightBench } = await import('./page-weight.bench.ts');
      const result = await runPageWeightBench({
        loadSeconds: setting('BENCH_DURATION', 5, 0, 120),
        connections: Math.round(setting('BENCH_CONNECTIONS', 10, 1, 1000)),
        build: process.env.BENCH_BUILD === '1' ? 'always' : process.env.BENCH_BUILD === '0' ? 'never' : 'auto',
        lighthouseDir: process.env.BENCH_LIGHTHOUSE_DIR || undefined,
        log: (line) => log(`page-weight: ${line}`),
      });
      for (const [page, kib] of Object.entries(result.summaryKiB))
        log(
          `${page.padEnd(16)} JS ${kib.jsGzip} KiB gzip (${kib.jsRaw} raw), CSS ${kib.cssGzip} KiB gzip, fonts ${kib.fontsRaw} KiB`,
        );
      log(
        `aim <= ${result.aim.jsGzipBytes / 1024} KiB of gzipped JS on /portail-export: ${result.aim.meetsAim ? 'met' : 'missed'}`,
      );
      return result;
    },
  },
  'network-feed': {
    byDefault: false,
    run: async () => {
      const { runNetworkFeedBench } = await import('./network-feed.bench.ts');
      const result = await runNetworkFeedBench(networkOptions('network-feed'));
      for (const [engine, r] of Object.entries(result.engines)) {
        if ('skipped' in r) continue;
        for (const [audience, a] of Object.entries(r.audiences))
          log(`${engine.padEnd(8)} feed ${audience.padEnd(8)} p50 ${a.p50Ms} ms  p95 ${a.p95Ms} ms`);
        log(
          `${engine}: filtered/unfiltered ${r.query.overall.ratio}; aims: p95 ${r.meetsAim.p95 ? 'met' : 'missed'}, ` +
            `ratio ${r.meetsAim.ratio ? 'met' : 'missed'}`,
        );
      }
      return result;
    },
  },
  'network-search': {
    byDefault: false,
    run: async () => {
      const { runNetworkSearchBench } = await import('./network-search.bench.ts');
      const result = await runNetworkSearchBench(networkOptions('network-search'));
      for (const [engine, r] of Object.entries(result.engines)) {
        if ('skipped' in r) continue;
        for (const [audience, a] of Object.entries(r.audiences))
          log(`${engine.padEnd(8)} search ${audience.padEnd(8)} p50 ${a.p50Ms} ms  p95 ${a.p95Ms} ms`);
        log(`${engine}: p95 ${r.meetsAim ? 'meets' : 'misses'} the aim of 30 ms`);
      }
      return result;
    },
  },
  index: {
    byDefault: false,
    run: async () => {
      const { runIndexBench } = await import('./index.bench.ts');
      const result = await runIndexBench({
        world: choice('BENCH_WORLD', 'large', worlds),
        seed: seed(),
        runs: Math.round(setting('BENCH_INDEX_RUNS', 3, 1, 11)),
        postgresUrl: postgresUrl(),
        log: (line) => log(`index: ${line}`),
      });
      log(
        `recompute ${result.recompute.medianSeconds} s (median of ${result.settings.runs}); ` +
          `scan obs_posts ${result.baseline.obsPostsMedianSeconds} s, obs_post_metrics ${result.baseline.obsPostMetricsMedianSeconds} s`,
      );
      return result;
    },
  },
};

const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of selected) {
  if (!benches[name]) {
    log(`unknown benchmark "${name}" (known: ${Object.keys(benches).join(', ')})`);
    process.exit(2);
  }
}

mkdirSync(resultsDir, { recursive: true });
const names = selected.length ? selected : Object.keys(benches).filter((name) => benches[name]!.byDefault);
for (const name of names) {
  log(`${name}: running`);
  const result = await benches[name]!.run();
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(path.join(resultsDir, `${name}.json`), json);
  process.stdout.write(json);
  log(`${name}: written to bench/results/${name}.json`);
}
