// The catalogue search on the real catalogue (seedPortal), plus three offers of this file's own: a published one
// with narrow audiences (Vietnam, wines, one region), a draft and an unpublished one that must never show.
import countries from 'i18n-iso-countries';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacetValue, OfferList } from '../../../common/schemas/portal.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';
import { refreshSearchLexicon } from './lexicon.ts';

let t: TestApp;

const HIDDEN_WORD = 'quokkaphone';
const baseOffer = {
  title_en: 'Test offer',
  summary_en: 'A test offer.',
  description_en: 'A test offer.',
  url: 'https://example.org/offer',
};

beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  const db = t.database.db;
  await db
    .insertInto('portal_providers')
    .values({
      id: 'test-hidden-provider',
      name: 'Prestataire caché',
      short_name: 'Caché',
      kind: 'private',
      description_fr: 'Un prestataire sans offre publiée.',
      description_en: 'A provider without a published offer.',
      url: 'https://example.org',
      position: 999,
    })
    .execute();
  await db
    .insertInto('portal_offers')
    .values([
      {
        ...baseOffer,
        id: 'test-vietnam-wine',
        provider_id: 'business-france',
        title_fr: 'Mission vins au Vietnam',
        summary_fr: 'Rencontrer des importateurs de vins à Hô Chi Minh-Ville.',
        description_fr: 'Une délégation de producteurs de vins et spiritueux au Vietnam.',
        steps: [4],
        type: 'prospecting',
        sectors: ['wine_spirits'],
        regions: ['84'],
        countries: ['VN'],
        maturities: ['regular'],
        company_sizes: ['sme'],
        price: 'cofunded',
        status: 'published',
        published_at: new Date(),
      },
      {
        ...baseOffer,
        id: 'test-draft-secret',
        provider_id: 'test-hidden-provider',
        title_fr: `Offre ${HIDDEN_WORD} en préparation`,
        summary_fr: `Le ${HIDDEN_WORD} pour exporter.`,
        description_fr: 'Brouillon.',
        steps: [1],
        type: 'training',
        countries: ['NZ'],
        price: 'free',
        status: 'draft',
      },
      {
        ...baseOffer,
        id: 'test-unpublished-secret',
        provider_id: 'test-hidden-provider',
        title_fr: `Ancienne offre ${HIDDEN_WORD}`,
        summary_fr: `Le ${HIDDEN_WORD} retiré.`,
        description_fr: 'Dépubliée.',
        steps: [1],
        type: 'training',
        countries: ['NZ'],
        price: 'free',
        status: 'unpublished',
        published_at: new Date(),
      },
    ])
    .execute();
  await refreshSearchLexicon(db);
});
afterAll(() => t.close());

async function search(query: string, headers: Record<string, string> = {}): Promise<OfferList> {
  const response = await t.app.inject({ url: `/api/portal/offers?${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as OfferList;
}
const ids = (list: OfferList) => list.items.map((o) => o.id);
const q = (text: string, more = '') => `q=${encodeURIComponent(text)}&pageSize=100${more}`;

/** Ids of the published offers a SQL condition on `o` selects, counted by hand. */
async function publishedWhere(condition: ReturnType<typeof sql>): Promise<string[]> {
  const result = await sql<{ id: string }>`
    SELECT o.id FROM portal_offers o WHERE o.status = 'published' AND ${condition} ORDER BY o.id`.execute(
    t.database.db,
  );
  return result.rows.map((r) => r.id);
}
const frenchText = sql`lower(o.title_fr || ' ' || o.keywords || ' ' || o.summary_fr || ' ' || o.description_fr)`;
const facetCount = (values: FacetValue[], value: string) => values.find((v) => v.value === value)?.count;

describe('catalogue search: words', () => {
  it('stems French words: "exportations" finds the offers that say "exporter"', async () => {
    const saysExporter = await publishedWhere(sql`${frenchText} ~ '\\mexporter\\M'`);
    expect(saysExporter.length).toBeGreaterThan(0);
    const found = await search(q('exportations'));
    expect(ids(found)).toEqual(expect.arrayContaining(saysExporter));
    expect(found.didYouMean).toBeNull();
  });

  it('ignores accents and case: "evenement", "événement" and "ÉVÉNEMENT" find the same offers', async () => {
    const saysEvenement = await publishedWhere(sql`${frenchText} ~ '\\mévénements?\\M'`);
    expect(saysEvenement.length).toBeGreaterThan(0);
    const plain = await search(q('evenement'));
    expect(ids(plain)).toEqual(expect.arrayContaining(saysEvenement));
    expect(ids(await search(q('événement')))).toEqual(ids(plain));
    expect(ids(await search(q('ÉVÉNEMENT')))).toEqual(ids(plain));
    expect(plain.didYouMean).toBeNull();
  });

  it('corrects typos against the catalogue\u2019s words and says so in didYouMean', async () => {
    const typo = await search(q('asurance prospection'));
    expect(typo.items[0]?.id).toBe('assurance-prospection');
    expect(typo.items[0]?.provider.id).toBe('bpifrance');
    expect(typo.didYouMean).toBe('assurance prospection');

    const german = await search(q('prospektion'));
    expect(ids(german)).toContain('assurance-prospection');
    expect(german.didYouMean).toBe('prospection');

    // Correct words are left alone; a word like nothing in the catalogue is not forced onto one.
    expect((await search(q('assurance prospection'))).didYouMean).toBeNull();
    const nothing = await search(q('zzyzx'));
    expect(nothing).toMatchObject({ total: 0, items: [], didYouMean: null });
  });

  it('completes the word being typed: "prosp" finds prospection', async () => {
    const typing = await search(q('assurance prosp'));
    expect(ids(typing)).toContain('assurance-prospection');
    expect(typing.didYouMean).toBeNull();
  });

  it('understands English, and shows English titles when asked', async () => {
    const english = await search(q('prospecting insurance', '&lang=en'));
    expect(english.items[0]).toMatchObject({ id: 'assurance-prospection' });
    expect(english.items[0]?.title).toMatch(/Prospecting insurance/);
    // An English query still works on the French site.
    expect(ids(await search(q('prospecting insurance')))).toContain('assurance-prospection');
  });

  it('searches the provider\u2019s name with the offer\u2019s text', async () => {
    const bpifrance = await publishedWhere(sql`o.provider_id = 'bpifrance'`);
    expect(bpifrance.length).toBeGreaterThan(0);
    expect(ids(await search(q('bpifrance'))).sort()).toEqual(expect.arrayContaining(bpifrance));
    // One word in the provider's name, one in the offer: both must match.
    expect(ids(await search(q('bpifrance prospection')))).toContain('assurance-prospection');
  });

  it('ranks a title match first', async () => {
    const found = await search(q('assurance prospection'));
    expect(found.items[0]?.id).toBe('assurance-prospection');
  });

  it('treats a query of stop words only as no query', async () => {
    const all = await search('pageSize=1');
    expect((await search('q=de%20la&pageSize=1')).total).toBe(all.total);
  });
});

describe('catalogue search: filters and facets', () => {
  it('counts each facet value by hand, applying every other facet\u2019s filter (disjunctive)', async () => {
    const list = await search('step=4&type=insurance_guarantees&pageSize=100');
    const expected = await publishedWhere(sql`4 = ANY(o.steps) AND o.type = 'insurance_guarantees'`);
    expect(ids(list).sort()).toEqual(expected);
    expect(list.total).toBe(expected.length);

    // The step facet ignores the step filter, the type facet ignores the type filter.
    for (const step of [1, 3, 4]) {
      const n = (await publishedWhere(sql`${step}::smallint = ANY(o.steps) AND o.type = 'insurance_guarantees'`))
        .length;
      expect(facetCount(list.facets.step, String(step)) ?? 0).toBe(n);
    }
    const prospecting = (await publishedWhere(sql`4 = ANY(o.steps) AND o.type = 'prospecting'`)).length;
    expect(prospecting).toBeGreaterThan(0);
    expect(facetCount(list.facets.type, 'prospecting')).toBe(prospecting);
    // Other facets apply both filters; offers with no region apply to every region.
    const rhoneAlpes = (
      await publishedWhere(
        sql`4 = ANY(o.steps) AND o.type = 'insurance_guarantees' AND (o.regions = '{}' OR '84' = ANY(o.regions))`,
      )
    ).length;
    expect(facetCount(list.facets.region, '84')).toBe(rhoneAlpes);
  });

  it('counts the provider facet by hand with a search', async () => {
    const list = await search(q('assurance'));
    const byProvider = new Map<string, number>();
    for (const offer of list.items) byProvider.set(offer.provider.id, (byProvider.get(offer.provider.id) ?? 0) + 1);
    expect(Object.fromEntries(list.facets.provider.map((v) => [v.value, v.count]))).toEqual(
      Object.fromEntries(byProvider),
    );
  });

  it('ORs the values of one filter and ANDs the filters', async () => {
    const either = await search('step=1&step=2&pageSize=100');
    expect(ids(either).sort()).toEqual(await publishedWhere(sql`o.steps && ARRAY[1, 2]::smallint[]`));
    const both = await search('step=2&price=free&price=cofunded&pageSize=100');
    expect(ids(both).sort()).toEqual(await publishedWhere(sql`2 = ANY(o.steps) AND o.price IN ('free', 'cofunded')`));
  });

  it('lets an offer with no sector, region, country, maturity or size match any value of that filter', async () => {
    const wines = ids(await search('sector=wine_spirits&pageSize=100'));
    expect(wines).toContain('test-vietnam-wine');
    expect(wines).toContain('assurance-prospection'); // every sector
    expect(wines.sort()).toEqual(await publishedWhere(sql`(o.sectors = '{}' OR 'wine_spirits' = ANY(o.sectors))`));
    const health = ids(await search('sector=health&pageSize=100'));
    expect(health).not.toContain('test-vietnam-wine');
    expect(health).toContain('assurance-prospection');

    const vietnam = ids(await search('country=VN&region=84&maturity=regular&size=sme&pageSize=100'));
    expect(vietnam).toContain('test-vietnam-wine');
    expect(vietnam).toContain('assurance-prospection');
    expect(ids(await search('country=JP&pageSize=100'))).not.toContain('test-vietnam-wine');
    expect(ids(await search('region=11&pageSize=100'))).not.toContain('test-vietnam-wine');
    expect(ids(await search('maturity=new&pageSize=100'))).not.toContain('test-vietnam-wine');
    expect(ids(await search('size=large&pageSize=100'))).not.toContain('test-vietnam-wine');
  });

  it('labels facet values in the language asked for, sorted by count then label, steps in their order', async () => {
    const fr = await search('pageSize=1');
    const en = await search('pageSize=1&lang=en');
    expect(fr.facets.step.map((v) => v.value)).toEqual(
      [...fr.facets.step].sort((a, b) => Number(a.value) - Number(b.value)).map((v) => v.value),
    );
    expect(fr.facets.step.find((v) => v.value === '4')?.label).toBe('Prospecter');
    expect(en.facets.step.find((v) => v.value === '4')?.label).not.toBe('Prospecter');
    expect(fr.facets.type.find((v) => v.value === 'insurance_guarantees')?.label).toBe('Assurance et garanties');
    expect(en.facets.type.find((v) => v.value === 'insurance_guarantees')?.label).toBe('Insurance and guarantees');
    expect(fr.facets.country.find((v) => v.value === 'VN')?.label).toBe(countries.getName('VN', 'fr'));
    expect(en.facets.country.find((v) => v.value === 'VN')?.label).toBe(countries.getName('VN', 'en'));
    expect(fr.facets.region.find((v) => v.value === '84')?.label).toBe('Auvergne-Rhône-Alpes');
    expect(fr.facets.provider.find((v) => v.value === 'bpifrance')?.label).toBe('Bpifrance');
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    for (const name of ['provider', 'type', 'price', 'region', 'country', 'sector', 'maturity'] as const) {
      const values = fr.facets[name];
      const sorted = [...values].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
      expect(values, name).toEqual(sorted);
    }
  });

  it('omits values counting nothing, except the ones selected', async () => {
    const list = await search('provider=bpifrance&type=training&sector=health&pageSize=100');
    for (const [name, values] of Object.entries(list.facets)) {
      for (const v of values)
        expect(v.count > 0 || ['bpifrance', 'training', 'health'].includes(v.value), name).toBe(true);
    }
    const training = (await publishedWhere(sql`o.provider_id = 'bpifrance' AND o.type = 'training'`)).length;
    expect(facetCount(list.facets.type, 'training')).toBe(training);
    expect(list.facets.provider.some((v) => v.value === 'bpifrance')).toBe(true);
  });
});

describe('catalogue search: sort and pages', () => {
  it('sorts by title without words, by relevance with words, and by provider or date on demand', async () => {
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const byTitle = await search('pageSize=100');
    const titles = byTitle.items.map((o) => o.title);
    expect(titles).toEqual([...titles].sort(collator.compare));
    expect(ids(await search('pageSize=100&sort=relevance'))).toEqual(ids(byTitle));

    const byProvider = (await search('pageSize=100&sort=provider')).items.map((o) => o.provider.shortName);
    expect(byProvider).toEqual([...byProvider].sort(collator.compare));

    await sql`UPDATE portal_offers SET published_at = now() + interval '1 day' WHERE id = 'credit-export'`.execute(
      t.database.db,
    );
    await sql`UPDATE portal_offers SET published_at = now() + interval '2 days' WHERE id = 'carnet-ata'`.execute(
      t.database.db,
    );
    expect(ids(await search('pageSize=2&sort=recent'))).toEqual(['carnet-ata', 'credit-export']);
    expect(ids(await search(q('assurance', '&sort=title'))).length).toBe((await search(q('assurance'))).total);
  });

  it('pages without overlap, and answers a page past the end with no items and the total', async () => {
    const all = await search('pageSize=100');
    const pages: string[] = [];
    for (let page = 1; (page - 1) * 7 < all.total; page++) {
      const list = await search(`pageSize=7&page=${page}`);
      expect(list).toMatchObject({ page, pageSize: 7, total: all.total });
      pages.push(...ids(list));
    }
    expect(pages).toEqual(ids(all));
    expect(await search('page=999')).toMatchObject({ items: [], total: all.total, page: 999, pageSize: 20 });
  });
});

describe('catalogue: only published offers', () => {
  it('never shows a draft or unpublished offer: items, counts, facets, corrections, by id', async () => {
    const hidden = await search(q(HIDDEN_WORD));
    expect(hidden).toMatchObject({ total: 0, items: [] });
    const all = await search('pageSize=100');
    expect(all.total).toBe((await publishedWhere(sql`true`)).length);
    expect(ids(all)).not.toContain('test-draft-secret');
    expect(ids(all)).not.toContain('test-unpublished-secret');
    expect(all.facets.provider.map((v) => v.value)).not.toContain('test-hidden-provider');
    expect(all.facets.country.map((v) => v.value)).not.toContain('NZ');
    const training = await search('type=training&pageSize=100');
    expect(training.total).toBe((await publishedWhere(sql`o.type = 'training'`)).length);
    for (const id of ['test-draft-secret', 'test-unpublished-secret']) {
      const response = await t.app.inject({ url: `/api/portal/offers/${id}` });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'ERR_NOT_FOUND' });
    }
    const words = await sql<{
      word: string;
    }>`SELECT word FROM portal_search_lexicon WHERE word = ${HIDDEN_WORD}`.execute(t.database.db);
    expect(words.rows).toEqual([]);
  });

  it('shows a change of status at once', async () => {
    const db = t.database.db;
    try {
      await db
        .updateTable('portal_offers')
        .set({ status: 'published', published_at: new Date() })
        .where('id', '=', 'test-draft-secret')
        .execute();
      expect(ids(await search(q(HIDDEN_WORD)))).toEqual(['test-draft-secret']);
      expect((await t.app.inject({ url: '/api/portal/offers/test-draft-secret' })).statusCode).toBe(200);
      expect((await search('pageSize=1')).facets.provider.map((v) => v.value)).toContain('test-hidden-provider');
    } finally {
      await db.updateTable('portal_offers').set({ status: 'draft' }).where('id', '=', 'test-draft-secret').execute();
    }
    expect((await search(q(HIDDEN_WORD))).total).toBe(0);
    expect((await t.app.inject({ url: '/api/portal/offers/test-draft-secret' })).statusCode).toBe(404);
  });
});

describe('catalogue: one offer and the HTTP contract', () => {
  it('answers a published offer in the language asked for, cacheable', async () => {
    const fr = await t.app.inject({ url: '/api/portal/offers/assurance-prospection' });
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['cache-control']).toBe('public, max-age=60');
    expect(fr.json()).toMatchObject({
      id: 'assurance-prospection',
      title: 'Assurance prospection',
      provider: { id: 'bpifrance', name: 'Bpifrance' },
      type: 'insurance_guarantees',
    });
    expect(fr.json().description.length).toBeGreaterThan(0);
    const en = await t.app.inject({
      url: '/api/portal/offers/assurance-prospection',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().title).toMatch(/Prospecting insurance/);
    expect((await t.app.inject({ url: '/api/portal/offers/no-such-offer' })).statusCode).toBe(404);
  });

  it('makes the search cacheable and honours ?lang over Accept-Language', async () => {
    const response = await t.app.inject({
      url: '/api/portal/offers?lang=en&pageSize=1',
      headers: { 'accept-language': 'fr' },
    });
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.json().facets.type.find((v: FacetValue) => v.value === 'training')?.label ?? 'Training').toBe(
      'Training',
    );
    expect(response.json().facets.price.find((v: FacetValue) => v.value === 'paid')?.label).toBe('Paid');
  });

  it('refuses bad parameters with a clear 400', async () => {
    for (const query of [
      'page=0',
      'step=9',
      `q=${'a'.repeat(500)}`,
      'pageSize=101',
      'sort=price',
      'type=lottery',
      'country=ZZ',
      'country=fr',
      'region=1',
      'lang=de',
      'unknown=1',
    ]) {
      const response = await t.app.inject({ url: `/api/portal/offers?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.json().code, query).toBe('ERR_VALIDATION');
    }
  });
});
