// Kept answers never outlive a change: the catalogue's version moves with every write to what a search reads, so a
// repeated search sees an unpublished or renamed offer at once; the same search is computed once per version.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferList } from '../../../common/schemas/portal.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';
import { catalogueVersion } from './catalogue.repo.ts';
import { cachedSearch } from './search-cache.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
});
afterAll(() => t?.close());

const search = async (query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/portal/offers?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json() as OfferList;
};

describe('catalogue answers kept in memory', () => {
  it('moves the version on every write to offers, and a repeated search sees the change at once', async () => {
    const db = t.database.db;
    const before = await search('q=assurance%20prospection&step=4');
    expect(before.items.map((o) => o.id)).toContain('assurance-prospection');

    const version = await catalogueVersion(db);
    await sql`UPDATE portal_offers SET title_fr = 'Assurance prospection renommée' WHERE id = 'assurance-prospection'`.execute(
      db,
    );
    expect(await catalogueVersion(db)).toBeGreaterThan(version);
    const renamed = await search('q=assurance%20prospection&step=4');
    expect(renamed.items.find((o) => o.id === 'assurance-prospection')?.title).toBe('Assurance prospection renommée');

    await sql`UPDATE portal_offers SET status = 'unpublished' WHERE id = 'assurance-prospection'`.execute(db);
    const gone = await search('q=assurance%20prospection&step=4');
    expect(gone.items.map((o) => o.id)).not.toContain('assurance-prospection');
    expect(gone.total).toBe(before.total - 1);
  });

  it('computes a search once per version, whatever the order of its filters', async () => {
    const db = t.database.db;
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cachedSearch(db, 7, 'k', compute)).toBe(1);
    expect(await cachedSearch(db, 7, 'k', compute)).toBe(1);
    expect(await cachedSearch(db, 8, 'k', compute)).toBe(2);
    const a = await search('step=4&price=free&sort=title');
    const b = await search('sort=title&price=free&step=4');
    expect(b).toEqual(a);
  });
});
