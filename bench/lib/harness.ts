// Shared harness of the HTTP benchmarks: server child processes, autocannon runs on 127.0.0.1, medians.
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { ServerKind } from '../http.server.ts';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');

export interface ServerProcess {
  kind: ServerKind;
  child: ChildProcess;
  /** One port per app the child serves, by name. */
  ports: Record<string, number>;
}

export interface StartOptions {
  logLevel: string;
  /** Write a V8 CPU profile of the server to this folder (node --cpu-prof). */
  cpuProfDir?: string | undefined;
}

/** Forks bench/http.server.ts and waits until it listens. */
export function startServer(kind: ServerKind, options: StartOptions): Promise<ServerProcess> {
  const execArgv = ['--import', 'tsx'];
  // One folder per server: tsx's loader thread writes a profile of its own beside the main thread's.
  if (options.cpuProfDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfDir, kind)}`);
  const child = fork(path.join(benchDir, 'http.server.ts'), [kind], {
    cwd: root,
    execArgv,
    env: { ...process.env, BENCH_LOG_LEVEL: options.logLevel },
    // The app logs to stdout: keep this process's stdout for the JSON result. Warnings and errors go to stderr;
    // at more verbose levels (one line per request) the lines go to /dev/null, so writing them is still paid.
    stdio: ['ignore', ['fatal', 'error', 'warn', 'silent'].includes(options.logLevel) ? 2 : 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ${kind} server did not start within 120 s`));
    }, 120_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the ${kind} server exited with code ${code} before listening`));
    };
    child.once('exit', onExit);
    child.once('message', (message: { ports?: Record<string, number> }) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (message?.ports) resolve({ kind, child, ports: message.ports });
      else reject(new Error(`the ${kind} server sent ${JSON.stringify(message)}`));
    });
  });
}

export function stopServer(server: ServerProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
    server.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.child.send('stop');
  });
}

/** The server's CPU time so far, in microseconds. */
function serverCpu(server: ServerProcess): Promise<{ user: number; system: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its CPU time')), 10_000);
    const onMessage = (message: { cpu?: { user: number; system: number } }) => {
      if (!message?.cpu) return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve(message.cpu);
    };
    server.child.on('message', onMessage);
    server.child.send('cpu');
  });
}

export interface RunResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** CPU time (user + system) the server process spent per request during the run. */
  serverCpuUsPerRequest: number;
  /** Its user-space part (JavaScript, V8, OpenSSL...); the rest is the kernel's (sockets, scheduling). */
  serverUserUsPerRequest: number;
  /** Share of one core the server process used during the run (1 = a full core). */
  serverCpuShare: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
}

/** Loads one app of a server for a bounded time, 127.0.0.1 only. */
export async function load(
  server: ServerProcess,
  app: string,
  urlPath: string,
  options: LoadOptions,
): Promise<RunResult> {
  const port = server.ports[app];
  if (!port) throw new Error(`the ${server.kind} server has no app "${app}"`);
  const cpuBefore = await serverCpu(server);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${urlPath}`,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 10,
  });
  const cpuAfter = await serverCpu(server);
  const user = cpuAfter.user - cpuBefore.user;
  const cpu = user + cpuAfter.system - cpuBefore.system;
  const requests = result.requests.total;
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    serverCpuUsPerRequest: requests ? round2(cpu / requests) : 0,
    serverUserUsPerRequest: requests ? round2(user / requests) : 0,
    serverCpuShare: round2(cpu / (result.duration * 1e6)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Checks once that a target answers as expected, so that a 404 or a 500 is not benchmarked as a fast route. */
export async function probe(server: ServerProcess, app: string, urlPath: string, expectStatus = 200): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${server.ports[app]}${urlPath}`);
  await response.arrayBuffer();
  if (response.status !== expectStatus) {
    throw new Error(`${app} ${urlPath} answered ${response.status}, expected ${expectStatus}`);
  }
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    loadAverage: os.loadavg().map(round2),
  };
}

export function describeRun(label: string, run: RunResult): string {
  return (
    `${label.padEnd(52)} ${String(run.reqPerSec).padStart(7)} req/s  p99 ${String(run.p99Ms).padStart(3)} ms  ` +
    `server ${String(run.serverCpuUsPerRequest).padStart(6)} µs CPU/req (user ${String(run.serverUserUsPerRequest).padStart(6)}; ` +
    `${Math.round(run.serverCpuShare * 100)} % of a core)` +
    (run.errors || run.non2xx ? `  errors ${run.errors} non-2xx ${run.non2xx}` : '')
  );
}
