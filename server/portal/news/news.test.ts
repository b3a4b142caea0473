import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';

let t: TestApp;
let visitor: Client;

const news = (
  id: string,
  dated: string,
  fields: {
    countries?: string[];
    sectors?: string[];
    steps?: number[];
    status?: 'published' | 'draft' | 'unpublished';
  } = {},
) => ({
  id,
  title_fr: `Actualité ${id}`,
  title_en: `News ${id}`,
  summary_fr: 'Résumé',
  summary_en: 'Summary',
  body_fr: 'Premier paragraphe.\n\nSecond paragraphe.',
  body_en: 'First paragraph.\n\nSecond paragraph.',
  dated,
  status: fields.status ?? 'published',
  published_at: (fields.status ?? 'published') === 'published' ? new Date() : null,
  countries: fields.countries ?? [],
  sectors: fields.sectors ?? [],
  steps: fields.steps ?? [],
});

beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  await t.database.db
    .insertInto('portal_news')
    .values([
      news('tst-vn-health', '2099-03-01', { countries: ['VN'], sectors: ['health'], steps: [2] }),
      news('tst-vn-energy', '2099-02-01', { countries: ['VN', 'TH'], sectors: ['energy'], steps: [4] }),
      news('tst-general', '2099-01-01', { steps: [1] }),
      news('tst-vn-draft', '2099-04-01', { countries: ['VN'], status: 'draft' }),
      news('tst-vn-withdrawn', '2099-04-02', { countries: ['VN'], status: 'unpublished' }),
    ])
    .execute();
  visitor = new Client(t.app);
});
afterAll(() => t.close());

interface Item {
  id: string;
  dated: string;
  countries: string[];
  sectors: string[];
  steps: number[];
}
const list = async (query = '') => {
  const res = await visitor.get(`/api/portal/news${query}`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  return res.json() as { items: Item[]; total: number; page: number; pageSize: number };
};
const ids = (body: { items: Item[] }) => body.items.map((n) => n.id);

describe('news', () => {
  it('lists published news, latest first, cacheable', async () => {
    const res = await visitor.get('/api/portal/news?pageSize=100');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = await list('?pageSize=100');
    expect(ids(body).slice(0, 3)).toEqual(['tst-vn-health', 'tst-vn-energy', 'tst-general']);
    expect(ids(body)).not.toContain('tst-vn-draft');
    expect(ids(body)).not.toContain('tst-vn-withdrawn');
    const dates = body.items.map((n) => n.dated);
    expect(dates).toEqual([...dates].sort().reverse());
    const count = await t.database.db
      .selectFrom('portal_news')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    expect(body.total).toBe(Number(count.n));
  });

  it('filters by country, sector and step (an item naming none matches none)', async () => {
    const vn = await list('?country=VN&pageSize=100');
    expect(vn.items.every((n) => n.countries.includes('VN'))).toBe(true);
    expect(ids(vn)).toEqual(expect.arrayContaining(['tst-vn-health', 'tst-vn-energy']));
    expect(ids(vn)).not.toContain('tst-general');
    const health = await list('?country=VN&sector=health');
    expect(ids(health)).toEqual(['tst-vn-health']);
    const step = await list('?step=4&step=1&pageSize=100');
    expect(step.items.every((n) => n.steps.includes(4) || n.steps.includes(1))).toBe(true);
    expect(ids(step)).toEqual(expect.arrayContaining(['tst-vn-energy', 'tst-general']));
    expect(ids(await list('?country=TH&sector=energy'))).toEqual(['tst-vn-energy']);
  });

  it('pages', async () => {
    const all = ids(await list('?pageSize=100'));
    const pages: string[] = [];
    for (let page = 1; page <= all.length; page++) pages.push(...ids(await list(`?pageSize=1&page=${page}`)));
    expect(pages).toEqual(all);
    expect((await list(`?pageSize=1&page=${all.length + 1}`)).items).toEqual([]);
  });

  it('shows one published item in the language asked; others are not found', async () => {
    const fr = await visitor.get('/api/portal/news/tst-vn-health');
    expect(fr.statusCode).toBe(200);
    expect(fr.json()).toMatchObject({
      id: 'tst-vn-health',
      title: 'Actualité tst-vn-health',
      body: 'Premier paragraphe.\n\nSecond paragraphe.',
      dated: '2099-03-01',
    });
    expect((await visitor.get('/api/portal/news/tst-vn-health?lang=en')).json().body).toBe(
      'First paragraph.\n\nSecond paragraph.',
    );
    for (const id of ['tst-vn-draft', 'tst-vn-withdrawn', 'nothing-here']) {
      const res = await visitor.get(`/api/portal/news/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('ERR_NOT_FOUND');
    }
  });

  it('refuses bad input with a 400', async () => {
    for (const query of ['page=0', 'pageSize=500', 'step=7', 'country=france', 'sector=x', 'lang=es', 'q=x']) {
      expect((await visitor.get(`/api/portal/news?${query}`)).statusCode, query).toBe(400);
    }
    expect((await visitor.get('/api/portal/news/NOT_A_SLUG')).statusCode).toBe(400);
  });
});
