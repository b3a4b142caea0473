// The `diplomatie` command and `psql` as child processes of the benchmarks: timed runs, fresh PostgreSQL
// databases created and dropped around a benchmark.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { round2 } from './harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** The database a CLI run uses: an embedded one in a data folder, or a PostgreSQL server. */
export type CliDatabase = { dataDir: string; databaseUrl?: string | undefined };

/** Environment of a CLI run: this process's, with the database settings replaced (none inherited). */
function cliEnv(database: CliDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: database.dataDir, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
  // A secret, or production mode refuses to start; the benchmarks never serve anything with it.
  env.SECRET = 'bench-secret-not-for-serving-0123456789abcdef';
  env.LOG_LEVEL = 'warn';
  return env;
}

/** Runs `node bin/diplomatie.js ARGS` and times it end to end (process start included). */
export function runCli(args: string[], database: CliDatabase): Promise<CliRun> {
  return runTimed(process.execPath, [path.join(root, 'bin', 'diplomatie.js'), ...args], cliEnv(database));
}

/** Runs a command, collecting its output, timed from spawn to exit. */
export function runTimed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      // Keep the tail only: a progress bar rewrites its line for minutes.
      if (err.length > 200) err.splice(0, err.length - 100);
    });
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: round2((performance.now() - started) / 1000),
      }),
    );
  });
}

/** Throws with the command's own last words when it failed. */
export function check(run: CliRun, what: string): CliRun {
  if (run.code !== 0) {
    const tail = `${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${what} exited with code ${run.code}:\n${tail}`);
  }
  return run;
}

/** The JSON object a `--json` command prints on its last line. */
export function lastJsonLine<T>(run: CliRun, what: string): T {
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`${what}: expected a JSON object on the last line of its output, got "${line.slice(0, 200)}"`);
  }
}

/** A PostgreSQL server reached through an administrator URL (its database is only used to create others). */
export class PostgresServer {
  constructor(readonly adminUrl: string) {}

  /** Why the server cannot be used (psql missing, server down), or null when it answers. */
  unavailable(): string | null {
    const run = spawnSync('psql', [this.adminUrl, '-XAtqc', 'SELECT 1'], { encoding: 'utf8', timeout: 15_000 });
    if (run.error) return `psql cannot run (${run.error.message})`;
    if (run.status !== 0) return `PostgreSQL at ${redact(this.adminUrl)} does not answer: ${run.stderr.trim()}`;
    return null;
  }

  psql(sql: string, url = this.adminUrl): string {
    const run = spawnSync('psql', [url, '-XAtqv', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`psql: ${sql.slice(0, 80)}: ${run.stderr.trim()}`);
    return run.stdout.trim();
  }

  /** URL of the named database on the same server. */
  urlOf(name: string): string {
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** Creates an empty database (dropping a leftover of the same name) and returns its URL. */
  create(name: string): string {
    this.drop(name);
    this.psql(`CREATE DATABASE ${name}`);
    return this.urlOf(name);
  }

  drop(name: string): void {
    this.psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** A database name of our own for this run: lower case, no quoting needed. */
export function benchDatabaseName(purpose: string): string {
  return `diplomatie_bench_${purpose}_${process.pid}`;
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
