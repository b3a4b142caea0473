// Applies the committed SQL migrations in order, each in its own transaction, once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './index.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: string;
  text: string;
}

export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => ({
      version: name.replace(/\.sql$/, ''),
      text: readFileSync(path.join(migrationsDir, name), 'utf8'),
    }));
}

/** Returns the versions applied by this call. Safe to run from several instances at once on PostgreSQL. */
export async function migrate(database: Database, onApplied?: (version: string) => void): Promise<string[]> {
  const applied: string[] = [];
  await database.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  await database.db.connection().execute(async (conn) => {
    // A session-level advisory lock serialises concurrent migrators on a shared server.
    if (database.engine === 'postgres') await sql`SELECT pg_advisory_lock(727274)`.execute(conn);
    try {
      const done = new Set(
        (await conn.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version),
      );
      for (const migration of listMigrations()) {
        if (done.has(migration.version)) continue;
        const statements = `BEGIN;\n${migration.text}\nINSERT INTO schema_migrations (version) VALUES ('${migration.version}');\nCOMMIT;`;
        try {
          if (database.pglite) await database.pglite.exec(statements);
          else await sql.raw(statements).execute(conn);
        } catch (error) {
          await sql`ROLLBACK`.execute(conn).catch(() => {});
          throw new Error(`Migration ${migration.version} failed: ${(error as Error).message}`);
        }
        applied.push(migration.version);
        onApplied?.(migration.version);
      }
    } finally {
      if (database.engine === 'postgres') await sql`SELECT pg_advisory_unlock(727274)`.execute(conn);
    }
  });
  return applied;
}
