import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/db.ts';
import type { Database } from './index.ts';
import { reviveDate, selectSets } from './json-sets.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('selectSets', () => {
  it('answers several independent queries at once, each with its own rows, parameters and order', async () => {
    const db = database.db;
    const name = `Org ${Math.random().toString(36).slice(2)}`;
    const organisation = await db
      .insertInto('organisations')
      .values({ name, kind: 'company' })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    const sets = await selectSets(db, {
      named: db.selectFrom('organisations').select(['id', 'name', 'created_at']).where('name', '=', name),
      none: db.selectFrom('organisations').select('id').where('name', '=', `${name} (nobody)`),
      numbers: db
        .selectFrom(sql<{ n: number }>`(VALUES (3), (1), (2))`.as('v'))
        .select(sql<number>`v.column1`.as('n'))
        .orderBy(sql`v.column1`, 'desc'),
    });
    expect(sets.named).toEqual([{ id: organisation.id, name, created_at: expect.any(String) }]);
    // Dates come back as JSON strings, revived to the same instant.
    expect(reviveDate(sets.named[0]!.created_at)?.getTime()).toBe(organisation.created_at.getTime());
    expect(sets.none).toEqual([]);
    expect(sets.numbers.map((row) => row.n)).toEqual([3, 2, 1]);
  });

  it('revives dates and keeps null', () => {
    expect(reviveDate(null)).toBeNull();
    expect(reviveDate('2026-11-24T12:00:00.000Z')?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
  });
});
