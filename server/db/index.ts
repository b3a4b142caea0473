// The database: PGlite in DATA_DIR when DATABASE_URL is unset, a pg pool otherwise; one Kysely API over both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

// Counts (int8) come back as numbers on both engines; PGlite already does this.
pg.types.setTypeParser(20, (value) => Number(value));
// Calendar dates (scoring periods) stay 'YYYY-MM-DD' strings on both engines: no time zone shift.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value) => value);

export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  db: Kysely<DB>;
  /** Runs SQL with several statements and no parameters (migrations, restores). */
  exec(text: string): Promise<void>;
  /** Throws if the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when it is the one in use (backups). */
  pglite?: PGlite;
}

export const pgliteExtensions = { unaccent, pg_trgm };

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A connection the server ends while it sits idle in the pool (a restart, a failover, an administrator's
    // pg_terminate_backend) must not take the process down: the pool drops it and opens another when needed.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL ended an idle connection (${error.message}); the pool will open another`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      engine: 'postgres',
      db,
      exec: async (text) => {
        await sql.raw(text).execute(db);
      },
      ping: async () => {
        await sql`SELECT 1`.execute(db);
      },
      close: () => db.destroy(),
    };
  }
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
    parsers: { [DATE_OID]: (value: string) => value },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  let closed = false;
  return {
    engine: 'pglite',
    db,
    pglite,
    // Holds the engine through a Kysely connection so that no other query runs in between.
    exec: (text) => db.connection().execute(async () => void (await pglite.exec(text))),
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
      await pglite.close();
    },
  };
}
