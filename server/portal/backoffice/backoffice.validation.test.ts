import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';
import { ADMIN, bodies, signIn } from './backoffice.fixtures.ts';

let t: TestApp;
let editor: Client;
beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  editor = (await signIn(t, { audience: 'agent', roles: ['editor'] })).client;
});
afterAll(() => t.close());

/** The problem's code and the fields it names; nothing stored. */
async function refused(res: Awaited<ReturnType<Client['post']>>, status: number, fields: string[]) {
  expect(res.statusCode, res.body).toBe(status);
  const problem = res.json();
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(problem.errors.map((e: { field: string }) => e.field.replace(/^body\./, ''))).toEqual(fields);
  for (const error of problem.errors) expect(error.message).toMatch(/\S/);
  return problem;
}

const offerCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('portal_offers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('back office: bad input gets a clear 4xx naming the field, and nothing is stored', () => {
  it('refuses what the schema refuses: missing texts, unknown fields, vocabularies, plain http, bad codes', async () => {
    const before = await offerCount();
    const { titleEn: _titleEn, ...noEnglishTitle } = bodies.offer('a');
    await refused(await editor.post(`${ADMIN}/offers`, noEnglishTitle), 400, ['titleEn']);
    const unknown = await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('b'), colour: 'red' }), 400, [
      'body',
    ]);
    expect(unknown.errors[0].message).toContain('colour');
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('c'), type: 'magic' }), 400, ['type']);
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('d'), steps: [7] }), 400, ['steps.0']);
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('e'), steps: [] }), 400, ['steps']);
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('f'), url: 'http://www.bpifrance.fr' }), 400, [
      'url',
    ]);
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('g'), countries: ['vn'] }), 400, [
      'countries.0',
    ]);
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('h'), titleFr: 'x'.repeat(201) }), 400, [
      'titleFr',
    ]);
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('i'), id: 'Not A Slug' }), 400, ['id']);
    expect(await offerCount()).toBe(before);
  });

  it('refuses what only the rules know: blank texts, unknown partners, regions and countries, odd addresses', async () => {
    const before = await offerCount();
    await refused(
      await editor.post(`${ADMIN}/offers`, { ...bodies.offer('j'), titleFr: '   ', summaryEn: ' \n ' }),
      400,
      ['titleFr', 'summaryEn'],
    );
    const problem = await refused(
      await editor.post(`${ADMIN}/offers`, {
        ...bodies.offer('k'),
        providerId: 'acme',
        regions: ['84', '99'],
        countries: ['VN', 'XX'],
        url: 'https://localhost',
      }),
      400,
      ['providerId', 'regions', 'countries', 'url'],
    );
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors[1].message).toContain('99');
    expect(problem.errors[2].message).toContain('XX');
    expect(await offerCount()).toBe(before);

    const english = await editor.request({
      method: 'POST',
      url: `${ADMIN}/offers`,
      payload: { ...bodies.offer('l'), providerId: 'acme' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().errors[0].message).toBe('unknown partner: acme');
  });

  it('checks events: the end after the start, a real time zone, https links', async () => {
    await refused(
      await editor.post(`${ADMIN}/events`, {
        ...bodies.event('m'),
        startsAt: '2031-03-10T09:00:00Z',
        endsAt: '2031-03-09T09:00:00Z',
        timezone: 'Mars/Olympus',
      }),
      400,
      ['endsAt', 'timezone'],
    );
    await refused(await editor.post(`${ADMIN}/events`, { ...bodies.event('n'), startsAt: 'tomorrow' }), 400, [
      'startsAt',
    ]);
    // On a change too: the new end is checked against the start already stored.
    const id = (await editor.post(`${ADMIN}/events`, bodies.event('o'))).json().id;
    await refused(await editor.patch(`${ADMIN}/events/${id}`, { endsAt: '2030-01-01T00:00:00Z' }), 400, ['endsAt']);
  });

  it('checks contacts: e-mail, phone, where they work', async () => {
    await refused(
      await editor.post(`${ADMIN}/contacts`, { ...bodies.contact('p'), email: 'not-an-address', country: null }),
      400,
      ['email', 'country'],
    );
    await refused(await editor.post(`${ADMIN}/contacts`, { ...bodies.contact('q'), phone: 'call me' }), 400, ['phone']);
    await refused(
      await editor.post(`${ADMIN}/contacts`, { ...bodies.contact('r'), kind: 'regional_export', region: null }),
      400,
      ['region'],
    );
  });

  it('refuses classified markings in any text, sources included (422, the field named)', async () => {
    const res = await editor.post(`${ADMIN}/news`, {
      ...bodies.news('s'),
      bodyFr: 'Compte rendu — DIFFUSION RESTREINTE — à ne pas diffuser.',
    });
    const problem = await refused(res, 422, ['bodyFr']);
    expect(problem.code).toBe('ERR_CLASSIFIED_MARKING');
    expect(problem.detail).toContain('DIFFUSION RESTREINTE');
    await refused(
      await editor.patch(`${ADMIN}/countries/VN`, {
        sources: [
          { title: 'Note SECRET DEFENSE', publisher: '', url: 'https://www.tresor.economie.gouv.fr', lang: 'fr' },
        ],
      }),
      422,
      ['sources.0.title'],
    );
    await refused(
      await editor.patch(`${ADMIN}/countries/VN`, {
        sources: [{ title: 'Fiche', publisher: '', url: 'https://intranet', lang: 'fr' }],
      }),
      400,
      ['sources.0.url'],
    );
  });

  it('answers 409 when the identifier is taken, given or derived from the title', async () => {
    const first = await editor.post(`${ADMIN}/news`, bodies.news('Samoa'));
    expect(first.statusCode).toBe(201);
    const again = await refused(await editor.post(`${ADMIN}/news`, bodies.news('Samoa')), 409, ['id']);
    expect(again.code).toBe('ERR_CONFLICT');
    expect(again.errors[0].message).toContain('actualite-samoa');
    // A seeded offer's id.
    await refused(await editor.post(`${ADMIN}/offers`, { ...bodies.offer('t'), id: 'assurance-prospection' }), 409, [
      'id',
    ]);
    // A title without a letter or a digit gives no identifier.
    await refused(await editor.post(`${ADMIN}/news`, { ...bodies.news('u'), titleFr: '« ! »' }), 400, ['id']);
  });

  it('answers 409 to a publish, unpublish or discard that has nothing to act on, 404 to unknown items', async () => {
    const id = (await editor.post(`${ADMIN}/news`, bodies.news('Fidji'))).json().id;
    await refused(await editor.post(`${ADMIN}/news/${id}/unpublish`), 409, ['status']);
    await refused(await editor.delete(`${ADMIN}/news/${id}/draft`), 409, ['draft']);
    expect((await editor.post(`${ADMIN}/news/${id}/publish`)).statusCode).toBe(200);
    await refused(await editor.post(`${ADMIN}/news/${id}/publish`), 409, ['status']);
    await refused(await editor.patch(`${ADMIN}/news/${id}`, {}), 400, ['body']);
    for (const url of [`${ADMIN}/news/nothing-here`, `${ADMIN}/news/nothing-here/history`, `${ADMIN}/countries/QQ`]) {
      expect((await editor.get(url)).statusCode).toBe(404);
    }
    expect((await editor.patch(`${ADMIN}/offers/nothing-here`, { keywords: 'x' })).statusCode).toBe(404);
    expect((await editor.post(`${ADMIN}/events/nothing-here/publish`)).statusCode).toBe(404);
  });
});

describe('back office: garbage from an editor never makes a server error', () => {
  it('on every back office route', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith(ADMIN))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
    expect(routes.length).toBeGreaterThan(40);
    const params = ['x', 'VN', 'assurance-prospection', '%00', 'a'.repeat(250)];
    const payloads = [
      '{',
      '[]',
      JSON.stringify({ titleFr: { $ne: null }, steps: 'all', startsAt: '2031-02-30T25:00:00Z' }),
      JSON.stringify({ sources: [{ title: 'x', url: 'https://a.b', lang: 'de' }], sectors: ['x'] }),
      JSON.stringify({ dated: '2030-02-31', endsAt: '0000-01-01T00:00:00Z', __proto__: { admin: true } }),
    ];
    const failures: string[] = [];
    for (const route of routes) {
      for (const param of params) {
        const url = `${route.path.replace(/\{[^}]+\}/g, param)}?q=${encodeURIComponent(param)}&page=abc&status=x`;
        for (const payload of route.method === 'GET' || route.method === 'DELETE' ? [undefined] : payloads) {
          const res = await editor.request({
            method: route.method as 'GET',
            url,
            ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }),
          });
          if (res.statusCode >= 500) failures.push(`${route.method} ${url} ${payload}: ${res.body.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
