// Logical backups, the same on both engines: gzipped JSON lines, a header then batches of rows per table,
// tables in foreign-key order. A restore into an empty, migrated database gives back every row, so a
// backup also moves a deployment from the embedded database to a PostgreSQL server and back.

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Database } from './index.ts';

const FORMAT = 'diplomatie-backup';
const BATCH = 2000;
/** Tables a restore rebuilds by itself: the applied migrations, and counters maintained by triggers. */
const NOT_BACKED_UP = new Set(['schema_migrations', 'portal_catalogue_version']);

export type BackupProgress = (event: { table: string; index: number; total: number; rows: number }) => void;

interface TableInfo {
  name: string;
  keys: string[];
  identity: string[];
}

/** Base tables of the public schema, parents before children, with their primary-key and identity columns. */
async function tables(database: Database): Promise<TableInfo[]> {
  const { rows } = await sql<{
    name: string;
    keys: string[] | null;
    identity: string[] | null;
    parents: string[] | null;
  }>`
    SELECT c.relname AS name,
      (SELECT array_agg(a.attname::text ORDER BY k.ord)
         FROM pg_constraint pk
         CROSS JOIN LATERAL unnest(pk.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE pk.conrelid = c.oid AND pk.contype = 'p') AS keys,
      (SELECT array_agg(a.attname::text) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attidentity <> '' AND a.attnum > 0) AS identity,
      (SELECT array_agg(DISTINCT p.relname::text) FROM pg_constraint fk JOIN pg_class p ON p.oid = fk.confrelid
        WHERE fk.conrelid = c.oid AND fk.contype = 'f' AND fk.confrelid <> c.oid) AS parents
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`.execute(database.db);
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((t) => (t.parents ?? []).every((p) => done.has(p) || !rows.some((r) => r.name === p)));
    if (ready.length === 0) throw new Error(`Circular foreign keys between ${pending.map((t) => t.name).join(', ')}`);
    for (const t of ready) {
      ordered.push({ name: t.name, keys: t.keys ?? [], identity: t.identity ?? [] });
      done.add(t.name);
    }
    pending = pending.filter((t) => !done.has(t.name));
  }
  return ordered;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function backup(
  database: Database,
  file: string,
  progress?: BackupProgress,
): Promise<Record<string, number>> {
  const list = await tables(database);
  const migrations = (
    await sql<{ version: string }>`SELECT version FROM schema_migrations ORDER BY version`.execute(database.db)
  ).rows;
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  await write({
    format: FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: migrations.map((m) => m.version),
    tables: list.map((t) => t.name),
  });
  const counts: Record<string, number> = {};
  for (const [index, table] of list.entries()) {
    if (NOT_BACKED_UP.has(table.name)) continue;
    const order = table.keys.length > 0 ? table.keys.map(quote).join(', ') : 'ctid';
    let offset = 0;
    counts[table.name] = 0;
    for (;;) {
      const { rows } = await sql<{ rows: unknown[] | null }>`
        SELECT json_agg(t) AS rows FROM (
          SELECT * FROM ${sql.raw(quote(table.name))} ORDER BY ${sql.raw(order)} LIMIT ${BATCH} OFFSET ${offset}
        ) t`.execute(database.db);
      const batch = rows[0]?.rows ?? [];
      if (batch.length === 0) break;
      await write({ table: table.name, rows: batch });
      offset += batch.length;
      counts[table.name] = offset;
      progress?.({ table: table.name, index, total: list.length, rows: offset });
      if (batch.length < BATCH) break;
    }
  }
  gzip.end();
  await once(out, 'finish');
  return counts;
}

export class RestoreError extends Error {}

export async function restore(
  database: Database,
  file: string,
  progress?: BackupProgress,
): Promise<Record<string, number>> {
  const list = await tables(database);
  const known = new Map(list.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  let header: { format?: string; migrations?: string[] } | undefined;
  await database.db.transaction().execute(async (tx) => {
    // Created right before reading: lines emitted before the loop starts would be lost.
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { format?: string; migrations?: string[]; table?: string; rows?: unknown[] };
      if (!header) {
        header = record;
        if (record.format !== FORMAT) throw new RestoreError(`${file} is not a Diplomatie backup`);
        const here = (
          await sql<{ version: string }>`SELECT version FROM schema_migrations ORDER BY version`.execute(tx)
        ).rows.map((r) => r.version);
        const missing = (record.migrations ?? []).filter((m) => !here.includes(m));
        if (missing.length > 0)
          throw new RestoreError(`The backup needs newer migrations than this version has: ${missing.join(', ')}`);
        for (const t of list) {
          if (NOT_BACKED_UP.has(t.name)) continue;
          const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.raw(quote(t.name))}`.execute(
            tx,
          );
          if ((rows[0]?.n ?? 0) > 0)
            throw new RestoreError(`Restore needs an empty database, but table ${t.name} has rows`);
        }
        continue;
      }
      const table = record.table ? known.get(record.table) : undefined;
      if (!table || !Array.isArray(record.rows)) throw new RestoreError(`Unknown table in backup: ${record.table}`);
      const overriding = table.identity.length > 0 ? sql.raw('OVERRIDING SYSTEM VALUE') : sql.raw('');
      await sql`INSERT INTO ${sql.raw(quote(table.name))} ${overriding}
        SELECT * FROM json_populate_recordset(NULL::${sql.raw(quote(table.name))}, ${JSON.stringify(record.rows)}::json)`.execute(
        tx,
      );
      counts[table.name] = (counts[table.name] ?? 0) + record.rows.length;
      progress?.({ table: table.name, index: list.indexOf(table), total: list.length, rows: counts[table.name]! });
    }
    if (!header) throw new RestoreError(`${file} is empty`);
    // Identity columns continue after the restored rows.
    for (const t of list) {
      for (const column of t.identity) {
        await sql`SELECT setval(pg_get_serial_sequence(${quote(t.name)}, ${column}),
          COALESCE((SELECT max(${sql.ref(column)}) FROM ${sql.raw(quote(t.name))}), 0) + 1, false)`.execute(tx);
      }
    }
  });
  return counts;
}
