import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_NETWORK_KINDS } from '../../../common/portal-terms.ts';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { ISO_COUNTRY_CODES, seedPortal } from '../seed/index.ts';

let t: TestApp;
let visitor: Client;
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);
const published = { status: 'published' as const, published_at: new Date() };

beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  const db = t.database.db;
  await db
    .insertInto('portal_contacts')
    .values([
      {
        id: 'tst-vn-embassy',
        kind: 'embassy_economic_service',
        name: 'Service économique de Hanoï',
        country: 'VN',
        ...published,
      },
      { id: 'tst-vn-cci-draft', kind: 'cci_abroad', name: 'CCI brouillon', country: 'VN', status: 'draft' },
      { id: 'tst-tv-ccef-draft', kind: 'ccef_section', name: 'Section brouillon', country: 'TV', status: 'draft' },
    ])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const provider = (await db.selectFrom('portal_providers').select('id').executeTakeFirstOrThrow()).id;
  const offer = (id: string, countries: string[], status: 'published' | 'draft') => ({
    id,
    provider_id: provider,
    title_fr: `Offre ${id}`,
    title_en: `Offer ${id}`,
    summary_fr: 'Résumé',
    summary_en: 'Summary',
    description_fr: 'Description',
    description_en: 'Description',
    steps: [4],
    type: 'prospecting',
    countries,
    price: 'paid' as const,
    url: 'https://example.org/offre',
    status,
    published_at: status === 'published' ? new Date() : null,
  });
  await db
    .insertInto('portal_offers')
    .values([
      offer('tst-offer-vn', ['VN', 'TH'], 'published'),
      offer('tst-offer-vn-draft', ['VN'], 'draft'),
      offer('tst-offer-everywhere', [], 'published'),
    ])
    .execute();
  const event = (id: string, fields: Record<string, unknown>) => ({
    id,
    title_fr: `Événement ${id}`,
    title_en: `Event ${id}`,
    summary_fr: '',
    summary_en: '',
    description_fr: '',
    description_en: '',
    type: 'conference',
    starts_at: at(10),
    ends_at: at(11),
    ...published,
    ...fields,
  });
  await db
    .insertInto('portal_events')
    .values([
      event('tst-ev-in-vn', { country: 'VN' }),
      event('tst-ev-about-vn', { country: 'FR', countries: ['VN'] }),
      event('tst-ev-past-vn', { country: 'VN', starts_at: at(-5), ends_at: at(-4) }),
      event('tst-ev-draft-vn', { country: 'VN', status: 'draft', published_at: null }),
      event('tst-ev-de', { country: 'DE' }),
    ])
    .execute();
  const news = (id: string, countries: string[], status: 'published' | 'draft', dated: string) => ({
    id,
    title_fr: `Actualité ${id}`,
    title_en: `News ${id}`,
    summary_fr: '',
    summary_en: '',
    body_fr: '',
    body_en: '',
    dated,
    countries,
    status,
    published_at: status === 'published' ? new Date() : null,
  });
  await db
    .insertInto('portal_news')
    .values([
      news('tst-news-vn', ['VN'], 'published', '2099-01-02'),
      news('tst-news-vn-draft', ['VN'], 'draft', '2099-01-03'),
      news('tst-news-de', ['DE'], 'published', '2099-01-04'),
    ])
    .execute();
  await db.updateTable('portal_countries').set({ status: 'unpublished' }).where('iso2', '=', 'AQ').execute();
  visitor = new Client(t.app);
});
afterAll(() => t.close());

type Summary = { iso2: string; name: string; continent: string; hasNetworkContacts: boolean };
const list = async (query = '') => {
  const res = await visitor.get(`/api/portal/countries${query}`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  return res.json() as { items: Summary[]; total: number };
};
const codes = (body: { items: Summary[] }) => body.items.map((c) => c.iso2);

describe('country directory', () => {
  it('lists every country with a published page, by French name, cacheable', async () => {
    const res = await visitor.get('/api/portal/countries');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = await list();
    expect(body.total).toBe(ISO_COUNTRY_CODES.length - 1); // all but the withdrawn Antarctica page
    expect(codes(body)).not.toContain('AQ');
    const names = body.items.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    expect(body.items.find((c) => c.iso2 === 'VN')).toEqual({
      iso2: 'VN',
      name: 'Vietnam',
      continent: 'Asie',
      hasNetworkContacts: true,
    });
    expect(body.items.find((c) => c.iso2 === 'DE')?.name).toBe('Allemagne');
    const english = await list('?lang=en');
    expect(english.items.find((c) => c.iso2 === 'DE')).toMatchObject({ name: 'Germany', continent: 'Europe' });
  });

  it('flags the countries whose State networks the directory knows', async () => {
    const known = await t.database.db
      .selectFrom('portal_contacts')
      .select('country')
      .distinct()
      .where('status', '=', 'published')
      .where('kind', 'in', [...COUNTRY_NETWORK_KINDS])
      .where('country', 'is not', null)
      .execute();
    const expected = new Set(known.map((k) => k.country));
    const body = await list();
    for (const c of body.items) expect(c.hasNetworkContacts, c.iso2).toBe(expected.has(c.iso2));
    expect(body.items.find((c) => c.iso2 === 'TV')?.hasNetworkContacts).toBe(false); // only a draft contact
  });

  it('finds countries by French or English name, accents and case aside, and by ISO code', async () => {
    expect(codes(await list('?q=viet'))).toContain('VN');
    expect(codes(await list('?q=VIÊT'))).toContain('VN');
    const etats = codes(await list('?q=etats'));
    expect(etats).toContain('US');
    expect(codes(await list(`?q=${encodeURIComponent('États-Unis')}`))).toContain('US');
    expect(codes(await list(`?q=${encodeURIComponent('etats unis')}`))).toContain('US');
    expect(codes(await list('?q=germany'))).toEqual(['DE']);
    expect(codes(await list('?q=allemagne'))).toEqual(['DE']);
    expect(codes(await list(`?q=${encodeURIComponent("cote d'ivoire")}`))).toEqual(['CI']);
    // A code first: "US" is the United States, "us" too, and the alpha-3 "DEU" is Germany.
    expect(codes(await list('?q=US'))[0]).toBe('US');
    expect(codes(await list('?q=us'))[0]).toBe('US');
    expect(codes(await list('?q=DEU'))[0]).toBe('DE');
    const fr = await list('?q=fr');
    expect(codes(fr)[0]).toBe('FR');
    expect(codes(await list('?q=zzzz'))).toEqual([]);
    expect((await list('?q=zzzz')).total).toBe(0);
    // Results keep the French order after the code matches.
    const guinea = (await list('?q=guinee')).items.map((c) => c.name);
    expect(guinea.length).toBeGreaterThanOrEqual(4);
    expect(guinea).toEqual([...guinea].sort(new Intl.Collator('fr').compare));
  });

  it('refuses bad queries with a 400', async () => {
    expect((await visitor.get(`/api/portal/countries?q=${'x'.repeat(201)}`)).statusCode).toBe(400);
    expect((await visitor.get('/api/portal/countries?lang=it')).statusCode).toBe(400);
    expect((await visitor.get('/api/portal/countries?page=1')).statusCode).toBe(400);
  });
});

describe('country page', () => {
  it('gives the facts, the networks known or not, and what the portal has about the country', async () => {
    const res = await visitor.get('/api/portal/countries/VN');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const page = res.json();
    expect(page).toMatchObject({
      iso2: 'VN',
      iso3: 'VNM',
      name: 'Vietnam',
      officialName: 'République socialiste du Viêt Nam',
      continent: 'Asie',
      subregion: 'Asie du Sud-Est',
      capital: ['Hanoi'],
      languages: ['Vietnamien'],
      currencies: [{ code: 'VND', name: expect.stringMatching(/vietnamien/i), symbol: '₫' }],
      callingCodes: ['+84'],
    });
    expect(page.area).toBeGreaterThan(300_000);
    expect(page.borders.sort()).toEqual(['CN', 'KH', 'LA']);

    // One entry per network, in order; known exactly when a published contact exists.
    expect(page.networks.map((n: { kind: string }) => n.kind)).toEqual([...COUNTRY_NETWORK_KINDS]);
    const contacts = await t.database.db
      .selectFrom('portal_contacts')
      .select(['id', 'kind'])
      .where('country', '=', 'VN')
      .where('status', '=', 'published')
      .execute();
    for (const network of page.networks as { kind: string; known: boolean; contacts: { id: string }[] }[]) {
      const ofKind = contacts.filter((c) => c.kind === network.kind).map((c) => c.id);
      expect(network.known, network.kind).toBe(ofKind.length > 0);
      expect(network.contacts.map((c) => c.id).sort()).toEqual(ofKind.sort());
    }
    const embassy = page.networks.find((n: { kind: string }) => n.kind === 'embassy_economic_service');
    expect(embassy.known).toBe(true);
    expect(embassy.contacts.map((c: { id: string }) => c.id)).toContain('tst-vn-embassy');
    expect(JSON.stringify(page)).not.toContain('tst-vn-cci-draft');

    const offerIds = page.offers.map((o: { id: string }) => o.id);
    expect(offerIds).toContain('tst-offer-vn');
    expect(offerIds).not.toContain('tst-offer-vn-draft');
    expect(offerIds).not.toContain('tst-offer-everywhere');
    expect(page.offers.find((o: { id: string }) => o.id === 'tst-offer-vn')).toMatchObject({
      title: 'Offre tst-offer-vn',
      countries: ['VN', 'TH'],
      provider: { id: expect.any(String) },
    });

    const eventIds = page.events.map((e: { id: string }) => e.id);
    expect(eventIds).toEqual(expect.arrayContaining(['tst-ev-in-vn', 'tst-ev-about-vn']));
    for (const id of ['tst-ev-past-vn', 'tst-ev-draft-vn', 'tst-ev-de']) expect(eventIds).not.toContain(id);

    const newsIds = page.news.map((n: { id: string }) => n.id);
    expect(newsIds[0]).toBe('tst-news-vn');
    expect(newsIds).not.toContain('tst-news-vn-draft');
    expect(newsIds).not.toContain('tst-news-de');
  });

  it('flags every network unknown for a country the directory has no contact for', async () => {
    const page = (await visitor.get('/api/portal/countries/TV')).json();
    expect(page.networks).toEqual(COUNTRY_NETWORK_KINDS.map((kind) => ({ kind, known: false, contacts: [] })));
  });

  it('accepts a lower-case code and answers the same', async () => {
    const upper = await visitor.get('/api/portal/countries/VN');
    const lower = await visitor.get('/api/portal/countries/vn');
    expect(lower.statusCode).toBe(200);
    expect(lower.json()).toEqual(upper.json());
    expect((await visitor.get('/api/portal/countries/Vn')).json().iso2).toBe('VN');
  });

  it('speaks English when asked', async () => {
    const page = (await visitor.get('/api/portal/countries/VN?lang=en')).json();
    expect(page).toMatchObject({
      name: 'Vietnam',
      officialName: 'Socialist Republic of Vietnam',
      continent: 'Asia',
      subregion: 'South-Eastern Asia',
      languages: ['Vietnamese'],
    });
    const us = (await visitor.get('/api/portal/countries/US?lang=en')).json();
    expect(us.callingCodes).toEqual(['+1']);
  });

  it('is not found for an unknown code or a withdrawn page; a malformed code is a 400', async () => {
    for (const code of ['ZZ', 'zz', 'AQ']) {
      const res = await visitor.get(`/api/portal/countries/${code}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.json().code).toBe('ERR_NOT_FOUND');
    }
    for (const code of ['VNM', 'V1', 'v', '%00']) {
      expect((await visitor.get(`/api/portal/countries/${code}`)).statusCode, code).toBe(400);
    }
  });
});
