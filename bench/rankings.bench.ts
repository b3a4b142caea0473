// The observatory's public read API under load: the world ranking (GET /api/observatory/rankings/countries?window=30d,
// the stable entry point), a country's accounts and the interaction graph, served by the full app on PGlite with a
// synthetic world seeded and scored (bench/http.server.ts, kind `observatory`), against two baselines in the same
// run: the bare Fastify "hello world" route and a bare Fastify route answering the ranking's very bytes (what the
// app adds over sending the same body). Rounds alternate like bench/http.bench.ts; medians are kept.
import {
  describeRun,
  load,
  machine,
  median,
  probe,
  type RunResult,
  round2,
  type ServerProcess,
  startServer,
  stopServer,
} from './lib/harness.ts';

export interface RankingsBenchOptions {
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  logLevel: string;
  /** Write V8 CPU profiles of the servers to this folder (node --cpu-prof). */
  cpuProfDir?: string | undefined;
  /** The world the observatory server seeds (read by the server from BENCH_WORLD, BENCH_SEED). */
  world: string;
  seed: number;
  log: (line: string) => void;
}

interface Target {
  name: string;
  server: 'bare' | 'observatory';
  app: string;
  path: string;
}

const rankingPath = '/api/observatory/rankings/countries?window=30d';
const targets: Target[] = [
  { name: 'bare /', server: 'bare', app: 'bare', path: '/' },
  { name: 'same-body /', server: 'observatory', app: 'same-body', path: '/' },
  { name: 'rankings/countries?window=30d', server: 'observatory', app: 'observatory', path: rankingPath },
  {
    name: 'accounts?country=FR',
    server: 'observatory',
    app: 'observatory',
    path: '/api/observatory/accounts?country=FR',
  },
  { name: 'graph', server: 'observatory', app: 'observatory', path: '/api/observatory/graph' },
];
const baseline = 'bare /';
// Three decimals: the app's routes run at a few hundredths of bare Fastify.
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const sameBody = 'same-body /';

export async function runRankingsBench(options: RankingsBenchOptions) {
  const started = Date.now();
  const before = machine();
  const servers = new Map<string, ServerProcess>();
  try {
    options.log('starting the bare server');
    const start = { logLevel: options.logLevel, cpuProfDir: options.cpuProfDir };
    servers.set('bare', await startServer('bare', start));
    options.log(`starting the observatory server (seeds and scores the ${options.world} world first)`);
    servers.set('observatory', await startServer('observatory', start));
    const server = (t: Target) => servers.get(t.server)!;
    const loadOptions = { connections: options.connections, seconds: options.duration };

    const bodyBytes: Record<string, number> = {};
    for (const target of targets) {
      await probe(server(target), target.app, target.path);
      const response = await fetch(`http://127.0.0.1:${server(target).ports[target.app]}${target.path}`);
      bodyBytes[target.name] = (await response.arrayBuffer()).byteLength;
    }
    for (const target of targets) {
      options.log(`warm-up ${target.name} (${options.warmup} s)`);
      if (options.warmup > 0)
        await load(server(target), target.app, target.path, { ...loadOptions, seconds: options.warmup });
    }

    const runs = new Map<string, RunResult[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= options.rounds; round++) {
      const order = round % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const run = await load(server(target), target.app, target.path, loadOptions);
        options.log(describeRun(`round ${round}/${options.rounds} ${target.name}`, run));
        // A wrong answer is a broken benchmark; a timeout (10 s) is a measurement: slow routes queue under load.
        if (run.non2xx) throw new Error(`${target.name}: ${run.non2xx} non-2xx answers`);
        runs.get(target.name)!.push(run);
      }
    }

    const medianOf = (name: string, f: (r: RunResult) => number) => median(runs.get(name)!.map(f));
    const baseReq = medianOf(baseline, (r) => r.reqPerSec);
    const sameReq = medianOf(sameBody, (r) => r.reqPerSec);
    const results = Object.fromEntries(
      targets.map((target) => {
        const list = runs.get(target.name)!;
        const reqPerSec = Math.round(median(list.map((r) => r.reqPerSec)));
        return [
          target.name,
          {
            path: target.path,
            app: target.app,
            bodyBytes: bodyBytes[target.name],
            medianReqPerSec: reqPerSec,
            medianP50Ms: median(list.map((r) => r.p50Ms)),
            medianP99Ms: median(list.map((r) => r.p99Ms)),
            medianServerCpuUsPerRequest: round2(median(list.map((r) => r.serverCpuUsPerRequest))),
            maxReqPerSec: Math.max(...list.map((r) => r.reqPerSec)),
            /** Requests that failed or got no answer within autocannon's 10 s timeout, all runs together. */
            errors: list.reduce((sum, r) => sum + r.errors, 0),
            ...(target.name === baseline
              ? {}
              : {
                  ratioToBare: round3(reqPerSec / baseReq),
                  medianRoundRatioToBare: round3(
                    median(list.map((r, i) => r.reqPerSec / runs.get(baseline)![i]!.reqPerSec)),
                  ),
                  ...(target.app === 'observatory' ? { ratioToSameBody: round3(reqPerSec / sameReq) } : {}),
                }),
            runs: list,
          },
        ];
      }),
    );
    return {
      bench: 'rankings' as const,
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      machine: { ...before, loadAverageAfter: machine().loadAverage },
      settings: {
        world: options.world,
        seed: options.seed,
        engine: 'pglite (in memory)',
        connections: options.connections,
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        rounds: options.rounds,
        pipelining: 1,
        fullAppLogLevel: options.logLevel,
        host: '127.0.0.1',
      },
      aim: 'none set by the issue: the ratio to bare Fastify and the p99 are reported',
      baseline,
      targets: results,
    };
  } finally {
    await Promise.all([...servers.values()].map(stopServer));
  }
}
