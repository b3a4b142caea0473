// `npm run bench [-- NAME...]`: runs benchmarks (default: http), prints each result as JSON on stdout
// (progress goes to stderr) and keeps the last result in bench/results/NAME.json. A benchmark compares
// against a baseline measured in the same run; none fails on a number (tests never assert on timings).
//
//   http         bare Fastify vs the full app (/healthz, /api/auth/me): req/s, p99, server CPU per request
//   http-ladder  diagnostic: the app's layers added one at a time, server CPU per request of each
//
// Settings (environment): BENCH_DURATION seconds per measured run (10; ladder 3), BENCH_WARMUP seconds
// (2; ladder 1), BENCH_ROUNDS (3; ladder 5), BENCH_CONNECTIONS (50), BENCH_LOG_LEVEL of the full app (warn),
// BENCH_ONLY=/healthz,... to run only these full-app paths (the baseline always runs),
// BENCH_CPU_PROF=1 to write V8 CPU profiles of the http servers to bench/results/profiles/
// (summarise one with `node --import tsx bench/profile-summary.ts FILE --last=SECONDS`).
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

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

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
