// A fresh database per test file: PGlite loaded from a migrated template (DB_ENGINE=pglite), or a new
// database on the PostgreSQL server created from a migrated template database (DB_ENGINE=postgres).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../db/index.ts';

export function testEngine(): 'pglite' | 'postgres' {
  return process.env.DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<Database> {
  if (testEngine() === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    const template = process.env.DIPLOMATIE_PG_TEMPLATE;
    if (!adminUrl || !template) throw new Error('DB_ENGINE=postgres needs TEST_DATABASE_URL and the global setup');
    const name = `diplomatie_t_${process.env.DIPLOMATIE_TEST_RUN ?? 'x'}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    const database = await openDatabase({ engine: 'postgres', url: withDatabase(adminUrl, name), poolSize: 4 });
    const close = database.close;
    database.close = async () => {
      await close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    };
    return database;
  }
  const templateFile = process.env.DIPLOMATIE_PGLITE_TEMPLATE;
  if (!templateFile) throw new Error('The PGlite template is missing: run the tests through vitest (global setup)');
  return openDatabase({ engine: 'pglite', loadDataDir: new Blob([readFileSync(templateFile)]) });
}
