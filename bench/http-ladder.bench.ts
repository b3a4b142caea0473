// Diagnostic: what each layer of the app costs per request. The layers of server/app.ts are added one at a
// time (bench/lib/ladder.ts), each rung serving the real GET /healthz from one child process (one port per
// rung); autocannon loads the rungs in turn, round after round, and the server's CPU time per request is
// compared rung to rung. The last rungs are the real buildApp, on /healthz and on /api/auth/me.
//
// CPU per request, unlike req/s, hardly depends on how busy the load generator is; other processes on the
// machine can only raise it, so the least value over the rounds is the one compared.

import { realAppName } from './http.server.ts';
import {
  describeRun,
  load,
  machine,
  median,
  probe,
  type RunResult,
  round2,
  startServer,
  stopServer,
} from './lib/harness.ts';
import { layers } from './lib/ladder.ts';

export interface LadderOptions {
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  logLevel: string;
  log: (line: string) => void;
}

export interface LadderRung {
  path: string;
  /** The least server CPU per request over the rounds. */
  minServerCpuUsPerRequest: number;
  medianServerCpuUsPerRequest: number;
  /** The least user-space CPU per request (JavaScript, V8, OpenSSL): the part the app's code controls. */
  minServerUserUsPerRequest: number;
  /** CPU per request added by this rung over the one before (least values). */
  addedUsPerRequest: number;
  medianReqPerSec: number;
  runs: RunResult[];
}

export async function runLadderBench(options: LadderOptions) {
  const started = Date.now();
  const before = machine();
  const rungs = [
    { app: 'bare', path: '/' },
    ...layers.map((app) => ({ app: app as string, path: '/healthz' })),
    { app: realAppName, path: '/healthz' },
    { app: realAppName, path: '/api/auth/me' },
  ];
  options.log('starting the ladder server (one server per rung, and the real app on an in-memory PGlite)');
  const server = await startServer('ladder', { logLevel: options.logLevel });
  try {
    const loadOptions = { connections: options.connections, seconds: options.duration };
    for (const rung of rungs) await probe(server, rung.app, rung.path);
    if (options.warmup > 0) {
      options.log(`warm-up (${options.warmup} s per rung)`);
      for (const rung of rungs) await load(server, rung.app, rung.path, { ...loadOptions, seconds: options.warmup });
    }
    const runs = rungs.map(() => [] as RunResult[]);
    for (let round = 1; round <= options.rounds; round++) {
      const order = round % 2 ? [...rungs.keys()] : [...rungs.keys()].reverse();
      for (const i of order) {
        const rung = rungs[i]!;
        const run = await load(server, rung.app, rung.path, loadOptions);
        options.log(describeRun(`round ${round}/${options.rounds} ${rung.app} ${rung.path}`, run));
        if (run.errors || run.non2xx)
          throw new Error(`${rung.app}: ${run.errors} errors, ${run.non2xx} non-2xx answers`);
        runs[i]!.push(run);
      }
    }
    const results: Record<string, LadderRung> = {};
    let previous: number | undefined;
    for (const [i, rung] of rungs.entries()) {
      const cpu = runs[i]!.map((r) => r.serverCpuUsPerRequest);
      const min = Math.min(...cpu);
      results[`${rung.app} ${rung.path}`] = {
        path: rung.path,
        minServerCpuUsPerRequest: min,
        medianServerCpuUsPerRequest: round2(median(cpu)),
        minServerUserUsPerRequest: Math.min(...runs[i]!.map((r) => r.serverUserUsPerRequest)),
        addedUsPerRequest: previous === undefined ? 0 : round2(min - previous),
        medianReqPerSec: Math.round(median(runs[i]!.map((r) => r.reqPerSec))),
        runs: runs[i]!,
      };
      previous = min;
    }
    return {
      bench: 'http-ladder' as const,
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      machine: { ...before, loadAverageAfter: machine().loadAverage },
      settings: {
        connections: options.connections,
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        rounds: options.rounds,
        fullAppLogLevel: options.logLevel,
        host: '127.0.0.1' as const,
      },
      note:
        'Server CPU (user + system) per request, least and median over the rounds; each rung adds one layer of ' +
        'server/app.ts to the one before (addedUsPerRequest, from the least values). Differences of a few µs are noise.',
      rungs: results,
    };
  } finally {
    await stopServer(server);
  }
}
