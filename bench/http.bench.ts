// HTTP throughput of the full app against a bare Fastify baseline measured in the same run.
//
// Each server runs in a child process of its own (bench/http.server.ts); autocannon loads it from this
// process, on 127.0.0.1 only, for a bounded time. Runs alternate (bare, full, full, then the reverse order)
// and the medians over the rounds are kept, so that a noisy shared machine moves both sides alike.
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

export interface HttpBenchOptions {
  /** Seconds of load per measured run. */
  duration: number;
  /** Seconds of load on each target before the first round (JIT, caches). */
  warmup: number;
  rounds: number;
  connections: number;
  /** Write V8 CPU profiles of the servers to this folder (node --cpu-prof). */
  cpuProfDir?: string | undefined;
  /** Log level of the full app (warn: no per-request log lines; info: two lines per request). */
  logLevel: string;
  /** Paths of the full-app targets to run (all when empty); the baseline always runs. */
  only?: string[];
  log: (line: string) => void;
}

interface Target {
  name: string;
  server: 'bare' | 'full';
  path: string;
}

const allTargets: Target[] = [
  { name: 'bare /', server: 'bare', path: '/' },
  { name: 'full /healthz', server: 'full', path: '/healthz' },
  { name: 'full /api/auth/me', server: 'full', path: '/api/auth/me' },
];
const baseline = 'bare /';
export const minRatio = 0.6;

export interface TargetResult {
  path: string;
  server: 'bare' | 'full';
  medianReqPerSec: number;
  medianP99Ms: number;
  medianP50Ms: number;
  medianServerCpuUsPerRequest: number;
  /** User-space part of the server's CPU per request (JavaScript, V8, OpenSSL); the rest is the kernel's. */
  medianServerUserUsPerRequest: number;
  /** The best run: other processes on the machine can only lower req/s and raise CPU per request. */
  maxReqPerSec: number;
  minServerCpuUsPerRequest: number;
  /** medianReqPerSec / the baseline's medianReqPerSec (absent on the baseline itself). */
  ratioToBare?: number;
  /** The same ratio taken round by round (the two sides of a round ran seconds apart), then the median. */
  medianRoundRatio?: number;
  /**
   * The baseline's least server CPU per request / this target's: the share of bare throughput this target
   * reaches when the server's CPU is the only limit. On 2 cores autocannon competes with the server for the
   * CPU, which squeezes the req/s ratio towards 1; this one is not squeezed.
   */
  cpuRatioToBare?: number;
  meetsAim?: boolean;
  runs: RunResult[];
}

export interface HttpBenchResult {
  bench: 'http';
  date: string;
  durationSeconds: number;
  machine: ReturnType<typeof machine> & { loadAverageAfter: number[] };
  settings: {
    connections: number;
    durationSeconds: number;
    warmupSeconds: number;
    rounds: number;
    pipelining: 1;
    fullAppLogLevel: string;
    host: '127.0.0.1';
  };
  aim: string;
  baseline: string;
  targets: Record<string, TargetResult>;
}

export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const started = Date.now();
  const before = machine();
  const targets = allTargets.filter(
    (t) => t.name === baseline || !options.only?.length || options.only.includes(t.path),
  );
  const servers = new Map<string, ServerProcess>();
  try {
    for (const kind of ['bare', 'full'] as const) {
      options.log(`starting the ${kind} server`);
      servers.set(kind, await startServer(kind, { logLevel: options.logLevel, cpuProfDir: options.cpuProfDir }));
    }
    const server = (t: Target) => servers.get(t.server)!;
    const loadOptions = { connections: options.connections, seconds: options.duration };
    for (const target of targets) await probe(server(target), target.server, target.path);
    for (const target of targets) {
      options.log(`warm-up ${target.name} (${options.warmup} s)`);
      if (options.warmup > 0)
        await load(server(target), target.server, target.path, { ...loadOptions, seconds: options.warmup });
    }

    const runs = new Map<string, RunResult[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= options.rounds; round++) {
      // Alternate the order from round to round, so that no target always runs right after another.
      const order = round % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const run = await load(server(target), target.server, target.path, loadOptions);
        options.log(describeRun(`round ${round}/${options.rounds} ${target.name}`, run));
        if (run.errors || run.non2xx)
          throw new Error(`${target.name}: ${run.errors} errors, ${run.non2xx} non-2xx answers`);
        runs.get(target.name)!.push(run);
      }
    }

    const results: Record<string, TargetResult> = {};
    const baseRuns = runs.get(baseline)!;
    const baseMedian = median(baseRuns.map((r) => r.reqPerSec));
    const baseCpu = Math.min(...baseRuns.map((r) => r.serverCpuUsPerRequest));
    for (const target of targets) {
      const list = runs.get(target.name)!;
      const result: TargetResult = {
        path: target.path,
        server: target.server,
        medianReqPerSec: Math.round(median(list.map((r) => r.reqPerSec))),
        medianP99Ms: median(list.map((r) => r.p99Ms)),
        medianP50Ms: median(list.map((r) => r.p50Ms)),
        medianServerCpuUsPerRequest: round2(median(list.map((r) => r.serverCpuUsPerRequest))),
        medianServerUserUsPerRequest: round2(median(list.map((r) => r.serverUserUsPerRequest))),
        maxReqPerSec: Math.max(...list.map((r) => r.reqPerSec)),
        minServerCpuUsPerRequest: Math.min(...list.map((r) => r.serverCpuUsPerRequest)),
        runs: list,
      };
      if (target.name !== baseline) {
        result.ratioToBare = round2(result.medianReqPerSec / baseMedian);
        result.medianRoundRatio = round2(median(list.map((r, i) => r.reqPerSec / baseRuns[i]!.reqPerSec)));
        result.cpuRatioToBare = round2(baseCpu / result.minServerCpuUsPerRequest);
        result.meetsAim = result.ratioToBare >= minRatio;
      }
      results[target.name] = result;
    }

    return {
      bench: 'http',
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
      },
      aim: `full stack at >= ${minRatio} x bare Fastify (requests per second, medians)`,
      baseline,
      targets: results,
    };
  } finally {
    await Promise.all([...servers.values()].map(stopServer));
  }
}
