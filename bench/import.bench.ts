// Import throughput: a generated minet tweet CSV (1,000,000 rows by default) through the real CLI,
// `diplomatie import minet-csv FILE --json`, timed end to end, against a raw COPY of the same rows into a staging
// table of text columns: the floor any import pays to get the bytes into the same kind of database. On PGlite
// and on PostgreSQL, each side in a fresh migrated database of its own. `runImportBench` is what bench/run.ts calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../server/db/index.ts';
import {
  benchDatabaseName,
  type CliDatabase,
  check,
  lastJsonLine,
  PostgresServer,
  redact,
  runCli,
  runTimed,
} from './lib/cli.ts';
import { machine, round2 } from './lib/harness.ts';
import { MINET_COLUMNS, type MinetCsvFile, writeMinetCsv } from './lib/minet-gen.ts';

export const aimRatioToCopy = 0.7;
const STAGING = 'bench_minet_staging';

export type ImportEngine = 'pglite' | 'postgres';

export interface ImportBenchOptions {
  rows: number;
  seed: number;
  engines: ImportEngine[];
  /** Administrator URL of the PostgreSQL server (fresh databases are created and dropped through it). */
  postgresUrl: string;
  log: (line: string) => void;
}

interface ImportSummary {
  read: number;
  added: number;
  updated: number;
  skipped: number;
  errors: unknown[];
}

/** Rows the import wrote, by table: what it does that the raw COPY does not. */
async function writtenRows(database: Database) {
  const result = await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM obs_accounts)::int AS accounts,
      (SELECT count(*) FROM obs_account_snapshots)::int AS account_snapshots,
      (SELECT count(*) FROM obs_posts)::int AS posts,
      (SELECT count(*) FROM obs_post_metrics)::int AS post_metrics,
      (SELECT count(*) FROM obs_interactions)::int AS interactions`.execute(database.db);
  return result.rows[0] as Record<string, number>;
}

async function databaseBytes(database: Database): Promise<number | null> {
  try {
    const result = await sql<{ bytes: number }>`SELECT pg_database_size(current_database())::float8 AS bytes`.execute(
      database.db,
    );
    return result.rows[0]?.bytes ?? null;
  } catch {
    return null;
  }
}

const createStaging = `CREATE TABLE ${STAGING} (${MINET_COLUMNS.map((c) => `"${c}" text`).join(', ')})`;

/** The import side: `diplomatie migrate` (not timed), the CLI's start-up floor, then the timed import. */
async function timeImport(target: CliDatabase, csv: MinetCsvFile, log: (line: string) => void) {
  check(await runCli(['migrate'], target), 'diplomatie migrate');
  // The same process start, tsx loader and database opening the import pays before reading its first row.
  const floor = check(await runCli(['migrate'], target), 'diplomatie migrate (start-up floor)');
  log(`CLI start-up and database opening: ${floor.seconds} s`);
  const run = check(await runCli(['import', 'minet-csv', csv.file, '--json'], target), 'diplomatie import');
  const summary = lastJsonLine<ImportSummary>(run, 'diplomatie import --json');
  if (summary.read !== csv.rows)
    throw new Error(`import bench: the import read ${summary.read} rows, the file has ${csv.rows}`);
  log(
    `import: ${run.seconds} s (${Math.round(csv.rows / run.seconds)} rows/s; added ${summary.added}, skipped ${summary.skipped})`,
  );
  return { seconds: run.seconds, startupSeconds: floor.seconds, summary };
}

/** Raw COPY into PGlite through its /dev/blob device, in chunks of rows so that no blob is huge. */
async function copyPglite(database: Database, csv: MinetCsvFile): Promise<{ seconds: number; chunks: number }> {
  const pglite = database.pglite;
  if (!pglite) throw new Error('import bench: expected an embedded database');
  await pglite.exec(createStaging);
  const started = performance.now();
  const file = await open(csv.file);
  try {
    for (let i = 0; i + 1 < csv.chunkOffsets.length; i++) {
      const start = csv.chunkOffsets[i] as number;
      const bytes = Buffer.alloc((csv.chunkOffsets[i + 1] as number) - start);
      await file.read(bytes, 0, bytes.length, start);
      await pglite.query(`COPY ${STAGING} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([bytes]) });
    }
  } finally {
    await file.close();
  }
  return { seconds: round2((performance.now() - started) / 1000), chunks: csv.chunkOffsets.length - 1 };
}

/** Raw COPY into PostgreSQL: psql's client-side \copy of the whole file, timed end to end like the CLI. */
async function copyPostgres(url: string, csv: MinetCsvFile): Promise<{ seconds: number; chunks: number }> {
  const run = await runTimed('psql', [
    url,
    '-Xqv',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy ${STAGING} FROM '${csv.file.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`,
  ]);
  check(run, 'psql \\copy');
  return { seconds: run.seconds, chunks: 1 };
}

async function stagedRows(database: Database): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(STAGING)}`.execute(database.db);
  return result.rows[0]?.n ?? 0;
}

function compare(csv: MinetCsvFile, imported: Awaited<ReturnType<typeof timeImport>>, copy: { seconds: number }) {
  const rowsPerSec = (s: number) => Math.round(csv.rows / s);
  const net = Math.max(0.01, imported.seconds - imported.startupSeconds);
  const ratio = round2(copy.seconds / imported.seconds);
  return {
    import: {
      seconds: imported.seconds,
      rowsPerSec: rowsPerSec(imported.seconds),
      /** Without the CLI's start-up floor (process start, tsx, opening the database). */
      netOfStartupSeconds: round2(net),
      netOfStartupRowsPerSec: rowsPerSec(net),
      startupSeconds: imported.startupSeconds,
      summary: { ...imported.summary, errors: imported.summary.errors.length },
    },
    copy: { ...copy, rowsPerSec: rowsPerSec(copy.seconds) },
    /** import rows/s ÷ COPY rows/s. */
    ratioToCopy: ratio,
    ratioToCopyNetOfStartup: round2(copy.seconds / net),
    meetsAim: ratio >= aimRatioToCopy,
  };
}

async function benchPglite(csv: MinetCsvFile, workDir: string, log: (line: string) => void) {
  const importSide = { dataDir: path.join(workDir, 'pglite-import') };
  const copySide = { dataDir: path.join(workDir, 'pglite-copy') };
  log('PGlite: raw COPY');
  check(await runCli(['migrate'], copySide), 'diplomatie migrate');
  let database = await openDatabase({ engine: 'pglite', dataDir: path.join(copySide.dataDir, 'pglite') });
  let copy: Awaited<ReturnType<typeof copyPglite>>;
  let copyBytes: number | null;
  try {
    copy = await copyPglite(database, csv);
    const staged = await stagedRows(database);
    if (staged !== csv.rows) throw new Error(`import bench: COPY loaded ${staged} rows, the file has ${csv.rows}`);
    copyBytes = await databaseBytes(database);
  } finally {
    await database.close();
  }
  log(`COPY: ${copy.seconds} s (${Math.round(csv.rows / copy.seconds)} rows/s, ${copy.chunks} chunks)`);

  log('PGlite: diplomatie import');
  const imported = await timeImport(importSide, csv, log);
  database = await openDatabase({ engine: 'pglite', dataDir: path.join(importSide.dataDir, 'pglite') });
  try {
    return {
      ...compare(csv, imported, copy),
      written: await writtenRows(database),
      databaseBytes: { import: await databaseBytes(database), copy: copyBytes },
    };
  } finally {
    await database.close();
  }
}

type EngineResult = Awaited<ReturnType<typeof benchPglite>>;

async function benchPostgres(
  csv: MinetCsvFile,
  workDir: string,
  options: ImportBenchOptions,
): Promise<EngineResult | { skipped: string }> {
  const server = new PostgresServer(options.postgresUrl);
  const why = server.unavailable();
  if (why) return { skipped: why };
  const importName = benchDatabaseName('import');
  const copyName = benchDatabaseName('copy');
  try {
    options.log(`PostgreSQL (${redact(options.postgresUrl)}): raw COPY`);
    const copyUrl = server.create(copyName);
    const copySide = { dataDir: path.join(workDir, 'pg-copy'), databaseUrl: copyUrl };
    check(await runCli(['migrate'], copySide), 'diplomatie migrate');
    server.psql(createStaging, copyUrl);
    const copy = await copyPostgres(copyUrl, csv);
    const staged = Number(server.psql(`SELECT count(*) FROM ${STAGING}`, copyUrl));
    if (staged !== csv.rows) throw new Error(`import bench: \\copy loaded ${staged} rows, the file has ${csv.rows}`);
    const copyBytes = Number(server.psql('SELECT pg_database_size(current_database())', copyUrl));
    options.log(`COPY: ${copy.seconds} s (${Math.round(csv.rows / copy.seconds)} rows/s)`);

    options.log('PostgreSQL: diplomatie import');
    const importUrl = server.create(importName);
    const imported = await timeImport(
      { dataDir: path.join(workDir, 'pg-import'), databaseUrl: importUrl },
      csv,
      options.log,
    );
    const database = await openDatabase({ engine: 'postgres', url: importUrl, poolSize: 1 });
    try {
      return {
        ...compare(csv, imported, copy),
        written: await writtenRows(database),
        databaseBytes: { import: await databaseBytes(database), copy: copyBytes },
      };
    } finally {
      await database.close();
    }
  } finally {
    server.drop(importName);
    server.drop(copyName);
  }
}

export async function runImportBench(options: ImportBenchOptions) {
  const started = Date.now();
  const before = machine();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-bench-import-'));
  try {
    const file = path.join(workDir, 'tweets.csv');
    options.log(`generating ${options.rows} minet rows (seed ${options.seed})`);
    const generating = performance.now();
    const csv = await writeMinetCsv(file, { rows: options.rows, seed: options.seed, chunkRows: 100_000 });
    const generateSeconds = round2((performance.now() - generating) / 1000);
    options.log(`${csv.bytes} bytes, ${csv.authors} authors, in ${generateSeconds} s`);

    const engines: Partial<Record<ImportEngine, EngineResult | { skipped: string }>> = {};
    for (const engine of options.engines) {
      engines[engine] =
        engine === 'pglite' ? await benchPglite(csv, workDir, options.log) : await benchPostgres(csv, workDir, options);
    }
    return {
      bench: 'import' as const,
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      machine: { ...before, loadAverageAfter: machine().loadAverage },
      settings: { rows: options.rows, seed: options.seed, engines: options.engines },
      file: {
        rows: csv.rows,
        bytes: csv.bytes,
        authors: csv.authors,
        kinds: csv.kinds,
        columns: MINET_COLUMNS.length,
        generateSeconds,
      },
      aim: `diplomatie import at >= ${aimRatioToCopy} x the rows per second of a raw COPY into the same kind of database`,
      engines,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
