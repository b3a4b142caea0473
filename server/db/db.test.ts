import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../test/db.ts';
import type { Database } from './index.ts';
import { listMigrations } from './migrate.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('database', () => {
  it('has every committed migration applied', async () => {
    const rows = await database.db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
  });

  it('searches French text without accents and across word forms', async () => {
    const { rows } = await sql<{ hit: boolean }>`
      SELECT to_tsvector('french_unaccent', 'Un événement pour exporter en Asie')
        @@ websearch_to_tsquery('french_unaccent', ${'evenements exportations'}) AS hit`.execute(database.db);
    expect(rows[0]?.hit).toBe(true);
  });

  it('matches misspelt names with trigrams', async () => {
    const { rows } = await sql<{ score: number }>`
      SELECT similarity(immutable_unaccent(lower('Ministère de l''Europe')), immutable_unaccent(lower('ministere de leurope'))) AS score`.execute(
      database.db,
    );
    expect(rows[0]!.score).toBeGreaterThan(0.5);
  });

  it('returns counts as numbers on both engines', async () => {
    const row = await database.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(row.n).toBe(0);
  });

  it('refuses to change or delete audit entries', async () => {
    await database.db
      .insertInto('audit_log')
      .values({ action: 'test.event', actor_id: null, object_type: null, object_id: null, ip: null })
      .execute();
    await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(database.db.updateTable('audit_log').set({ action: 'tampered' }).execute()).rejects.toThrow(
      /append-only/,
    );
    const row = await database.db.selectFrom('audit_log').select('action').executeTakeFirstOrThrow();
    expect(row.action).toBe('test.event');
  });

  it('keeps a transaction isolated from concurrent queries on the same engine', async () => {
    const inside = database.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('organisations')
        .values({ name: 'Rolled back', kind: 'company', siren: null, siret: null, country: null })
        .execute();
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('rollback');
    });
    const outside = database.db
      .insertInto('organisations')
      .values({ name: 'Kept', kind: 'company', siren: null, siret: null, country: null })
      .execute();
    await expect(inside).rejects.toThrow('rollback');
    await outside;
    const names = (await database.db.selectFrom('organisations').select('name').execute()).map((r) => r.name);
    expect(names).toEqual(['Kept']);
  });

  it.skipIf(testEngine() !== 'postgres')('outlives idle connections the server ends (restart, failover)', async () => {
    await sql`SELECT 1`.execute(database.db);
    // Another session ends every other connection to this database, as a restart or an administrator would.
    const { rows } = await sql<{ ended: number }>`
      SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(database.db);
    expect(rows[0]!.ended).toBeGreaterThanOrEqual(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The process is still up (an unhandled 'error' event would have failed the run) and queries go on.
    const after = await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db);
    expect(after.rows[0]!.one).toBe(1);
  });
});
