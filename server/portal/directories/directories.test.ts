import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';

let t: TestApp;
let visitor: Client;
beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  await t.database.db
    .insertInto('portal_contacts')
    .values([
      { id: 'tst-idf-draft', kind: 'regional_export', name: 'AAA brouillon', region: '11', status: 'draft' },
      {
        id: 'tst-idf-withdrawn',
        kind: 'regional_export',
        name: 'AAA retiré',
        region: '11',
        status: 'unpublished',
      },
      {
        id: 'tst-idf-desk',
        kind: 'provider_desk',
        name: 'Guichet test',
        region: '11',
        role_fr: 'Conseil',
        role_en: 'Advice',
        status: 'published',
        published_at: new Date(),
      },
    ])
    .execute();
  visitor = new Client(t.app);
});
afterAll(() => t.close());

describe('regional directory', () => {
  it('lists the 18 regions by name, each with its published contacts by name', async () => {
    const res = await visitor.get('/api/portal/regions');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const { items } = res.json() as {
      items: { code: string; name: string; exportSiteUrl: string; contacts: { id: string; name: string }[] }[];
    };
    expect(items).toHaveLength(18);
    const names = items.map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    expect(names).toContain('Île-de-France');
    for (const region of items) {
      expect(region.exportSiteUrl).toMatch(/^https:\/\//);
      expect(region.contacts.length, region.name).toBeGreaterThan(0);
      const contactNames = region.contacts.map((c) => c.name);
      expect(contactNames).toEqual([...contactNames].sort(new Intl.Collator('fr').compare));
    }
    const published = await t.database.db
      .selectFrom('portal_contacts')
      .select(['id', 'region'])
      .where('status', '=', 'published')
      .where('region', 'is not', null)
      .execute();
    expect(items.flatMap((r) => r.contacts.map((c) => c.id)).sort()).toEqual(published.map((c) => c.id).sort());
    const idf = items.find((r) => r.code === '11')!;
    expect(idf.contacts.map((c) => c.id)).toContain('tst-idf-desk');
    expect(idf.contacts.map((c) => c.id)).not.toContain('tst-idf-draft');
    expect(idf.contacts.map((c) => c.id)).not.toContain('tst-idf-withdrawn');
  });

  it('gives each contact in the language asked, with its provider', async () => {
    const role = async (query: string, headers: Record<string, string> = {}) => {
      const res = await visitor.request({ method: 'GET', url: `/api/portal/regions${query}`, headers });
      const idf = res.json().items.find((r: { code: string }) => r.code === '11');
      return idf.contacts.find((c: { id: string }) => c.id === 'tst-idf-desk').role;
    };
    expect(await role('')).toBe('Conseil');
    expect(await role('?lang=en')).toBe('Advice');
    expect(await role('', { 'accept-language': 'en' })).toBe('Advice');
    expect(await role('?lang=fr', { 'accept-language': 'en' })).toBe('Conseil');
    const withProvider = (await visitor.get('/api/portal/regions'))
      .json()
      .items.flatMap((r: { contacts: { provider: unknown }[] }) => r.contacts.filter((c) => c.provider !== null));
    expect(withProvider.length).toBeGreaterThan(0);
    expect(withProvider[0].provider).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      shortName: expect.any(String),
    });
  });

  it('refuses unknown parameters and languages', async () => {
    expect((await visitor.get('/api/portal/regions?lang=de')).statusCode).toBe(400);
    expect((await visitor.get('/api/portal/regions?page=2')).statusCode).toBe(400);
  });
});
