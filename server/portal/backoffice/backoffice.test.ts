import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';
import { ADMIN, bodies, signIn } from './backoffice.fixtures.ts';

let t: TestApp;
let editor: Client;
let editorName: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  const signedIn = await signIn(t, { audience: 'agent', roles: ['editor'] });
  editor = signedIn.client;
  const row = await t.database.db
    .selectFrom('users')
    .select('name')
    .where('id', '=', signedIn.user.id)
    .executeTakeFirstOrThrow();
  editorName = row.name;
});
afterAll(() => t.close());

const searchIds = async (q: string) =>
  (
    (await editor.get(`/api/portal/offers?q=${encodeURIComponent(q)}&pageSize=100`)).json().items as { id: string }[]
  ).map((o) => o.id);
const providerCount = async (provider: string) => {
  const facets = (await editor.get('/api/portal/offers?pageSize=1')).json().facets;
  return (facets.provider as { value: string; count: number }[]).find((f) => f.value === provider)?.count ?? 0;
};

describe('back office: who may use it', () => {
  it('tells the web app who edits the portal: editors and admins among agents, nobody else', async () => {
    const ability = async (c: Client) => (await c.get('/api/auth/me')).json().abilities.editPortal;
    expect(await ability(editor)).toBe(true);
    expect(await ability((await signIn(t, { audience: 'agent', roles: ['admin'] })).client)).toBe(true);
    expect(await ability((await signIn(t, { audience: 'agent' })).client)).toBe(false);
    expect(await ability((await signIn(t, { audience: 'company' })).client)).toBe(false);
    expect(await ability(await new Client(t.app).start())).toBe(false);
  });

  it('answers 401 to visitors and 403 to other members before looking at the request, editors get through', async () => {
    const visitor = await new Client(t.app).start();
    const company = (await signIn(t, { audience: 'company' })).client;
    const agent = (await signIn(t, { audience: 'agent' })).client;
    const calls = [
      (c: Client) => c.get(`${ADMIN}/offers`),
      (c: Client) => c.get(`${ADMIN}/offers/assurance-prospection`),
      (c: Client) => c.get(`${ADMIN}/countries/VN/history`),
      (c: Client) => c.get(`${ADMIN}/references`),
      // An invalid body is refused for who sends it, not for what it holds.
      (c: Client) => c.post(`${ADMIN}/offers`, { nonsense: true }),
      (c: Client) => c.patch(`${ADMIN}/news/whatever`, {}),
      (c: Client) => c.post(`${ADMIN}/events/whatever/publish`),
      (c: Client) => c.delete(`${ADMIN}/contacts/whatever/draft`),
    ];
    for (const call of calls) {
      expect((await call(visitor)).statusCode).toBe(401);
      expect((await call(company)).statusCode).toBe(403);
      const refused = await call(agent);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('ERR_FORBIDDEN');
    }
    expect((await editor.get(`${ADMIN}/offers`)).statusCode).toBe(200);
    expect(
      (await (await signIn(t, { audience: 'agent', roles: ['admin'] })).client.get(`${ADMIN}/news`)).statusCode,
    ).toBe(200);
  });

  it('needs the CSRF token on writes, and keeps its answers out of shared caches', async () => {
    const res = await editor.request({
      method: 'POST',
      url: `${ADMIN}/offers`,
      payload: bodies.offer('csrf'),
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ERR_CSRF');
    const list = await editor.get(`${ADMIN}/offers`);
    expect(list.headers['cache-control']).toBe('private, no-store');
  });

  it('gives the forms the partners and regions to choose from', async () => {
    const refs = (await editor.get(`${ADMIN}/references`)).json();
    expect(refs.providers.map((p: { id: string }) => p.id)).toContain('bpifrance');
    expect(refs.regions).toHaveLength(18);
  });
});

describe('back office: an offer from draft to the public catalogue and back', () => {
  it('is private while a draft, public once published, changed in a draft the public does not see, then withdrawn', async () => {
    // Created: a draft, the id derived from the French title, not public anywhere.
    const created = await editor.post(`${ADMIN}/offers`, bodies.offer('Zanzibar'));
    expect(created.statusCode).toBe(201);
    const offer = created.json();
    expect(offer).toMatchObject({
      kind: 'offer',
      id: 'cheque-relance-zanzibar',
      status: 'draft',
      pendingChanges: false,
      live: null,
      publishedAt: null,
      abilities: { edit: true, publish: true, unpublish: false, discardDraft: false },
    });
    expect(offer.content).toMatchObject({ titleFr: 'Chèque relance Zanzibar', steps: [3, 4], keywords: '' });
    const id = offer.id as string;
    expect((await editor.get(`/api/portal/offers/${id}`)).statusCode).toBe(404);
    expect(await searchIds('zanzibar')).toEqual([]);
    const bpiBefore = await providerCount('bpifrance');

    // A draft never published is edited in place.
    const tidied = await editor.patch(`${ADMIN}/offers/${id}`, { summaryFr: '  Une aide pour prospecter Zanzibar.  ' });
    expect(tidied.statusCode).toBe(200);
    expect(tidied.json()).toMatchObject({ status: 'draft', pendingChanges: false });
    expect(tidied.json().content.summaryFr).toBe('Une aide pour prospecter Zanzibar.');

    // Published: on its page, in the search (stemming and accents as for the rest) and in the facet counts.
    const published = await editor.post(`${ADMIN}/offers/${id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', abilities: { publish: false, unpublish: true } });
    expect(published.json().publishedAt).not.toBeNull();
    const page = await editor.get(`/api/portal/offers/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: 'Chèque relance Zanzibar', provider: { id: 'bpifrance' } });
    expect(await searchIds('cheque zanzibar')).toContain(id);
    expect(await providerCount('bpifrance')).toBe(bpiBefore + 1);

    // Changed: the change waits in a draft; the public still reads the live version.
    const edited = await editor.patch(`${ADMIN}/offers/${id}`, {
      titleFr: 'Chèque relance Zanzibar et Pemba',
      keywords: 'archipel',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      status: 'published',
      pendingChanges: true,
      changedFields: ['titleFr', 'keywords'],
      abilities: { publish: true, unpublish: true, discardDraft: true },
    });
    expect(edited.json().live.titleFr).toBe('Chèque relance Zanzibar');
    expect(edited.json().content.titleFr).toBe('Chèque relance Zanzibar et Pemba');
    expect((await editor.get(`/api/portal/offers/${id}`)).json().title).toBe('Chèque relance Zanzibar');
    expect(await searchIds('archipel')).not.toContain(id);
    const pending = (await editor.get(`${ADMIN}/offers?status=pending`)).json();
    expect(pending.items.map((i: { id: string }) => i.id)).toEqual([id]);

    // The preview shows the public page with the change, in either language.
    const preview = await editor.get(`${ADMIN}/offers/${id}/preview`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      id,
      title: 'Chèque relance Zanzibar et Pemba',
      provider: { id: 'bpifrance', name: expect.any(String) },
      description: expect.stringContaining('Zanzibar'),
    });
    expect((await editor.get(`${ADMIN}/offers/${id}/preview?lang=en`)).json().title).toBe(
      'Export recovery voucher Zanzibar',
    );

    // Published again: the new version is public and searchable at once.
    expect((await editor.post(`${ADMIN}/offers/${id}/publish`)).json()).toMatchObject({
      pendingChanges: false,
      live: { titleFr: 'Chèque relance Zanzibar et Pemba' },
    });
    expect((await editor.get(`/api/portal/offers/${id}`)).json().title).toBe('Chèque relance Zanzibar et Pemba');
    expect(await searchIds('archipel')).toContain(id);
    expect(await searchIds('pemba')).toContain(id);

    // Unpublished: gone from its page, the search and the facet counts.
    const withdrawn = await editor.post(`${ADMIN}/offers/${id}/unpublish`);
    expect(withdrawn.json()).toMatchObject({ status: 'unpublished', abilities: { publish: true, unpublish: false } });
    expect((await editor.get(`/api/portal/offers/${id}`)).statusCode).toBe(404);
    expect(await searchIds('zanzibar')).toEqual([]);
    expect(await providerCount('bpifrance')).toBe(bpiBefore);
    const lexicon = await t.database.db
      .selectFrom('portal_search_lexicon')
      .select('word')
      .where('word', 'in', ['zanzibar', 'pemba', 'archipel'])
      .execute();
    expect(lexicon).toEqual([]);

    // The history: who did what, when, newest first, with the fields each change touched.
    const history = (await editor.get(`${ADMIN}/offers/${id}/history`)).json();
    expect(history.truncated).toBe(false);
    expect(history.items.map((r: { action: string }) => r.action)).toEqual([
      'unpublish',
      'publish',
      'edit',
      'publish',
      'edit',
      'create',
    ]);
    for (const revision of history.items) {
      expect(revision.author).toMatchObject({ name: editorName });
      expect(Date.now() - Date.parse(revision.at)).toBeLessThan(60_000);
    }
    expect(history.items[2].changes).toEqual([
      { field: 'titleFr', before: 'Chèque relance Zanzibar', after: 'Chèque relance Zanzibar et Pemba' },
      { field: 'keywords', before: '', after: 'archipel' },
    ]);
    expect(history.items[2].content.titleFr).toBe('Chèque relance Zanzibar et Pemba');
    expect(history.items[5].changes).toEqual([]);

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'portal_offer')
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'portal.content.create',
      'portal.content.edit',
      'portal.content.publish',
      'portal.content.edit',
      'portal.content.publish',
      'portal.content.unpublish',
    ]);
  });

  it('throws away pending changes on demand, and an edit back to the live version leaves nothing pending', async () => {
    const id = (await editor.post(`${ADMIN}/offers`, bodies.offer('Tonga'))).json().id;
    await editor.post(`${ADMIN}/offers/${id}/publish`);
    await editor.patch(`${ADMIN}/offers/${id}`, { price: 'free' });
    const discarded = await editor.delete(`${ADMIN}/offers/${id}/draft`);
    expect(discarded.statusCode).toBe(200);
    expect(discarded.json()).toMatchObject({ pendingChanges: false, content: { price: 'cofunded' } });
    expect((await editor.delete(`${ADMIN}/offers/${id}/draft`)).statusCode).toBe(409);

    await editor.patch(`${ADMIN}/offers/${id}`, { price: 'free' });
    const back = await editor.patch(`${ADMIN}/offers/${id}`, { price: 'cofunded' });
    expect(back.json()).toMatchObject({ pendingChanges: false, changedFields: [] });
    // Saving the same content again records nothing.
    const before = (await editor.get(`${ADMIN}/offers/${id}/history`)).json().items.length;
    await editor.patch(`${ADMIN}/offers/${id}`, { price: 'cofunded' });
    expect((await editor.get(`${ADMIN}/offers/${id}/history`)).json().items.length).toBe(before);
  });

  it('edits a seeded offer: the history starts with the seed, compared field by field', async () => {
    const seeded = (await editor.get(`${ADMIN}/offers/assurance-prospection`)).json();
    expect(seeded.status).toBe('published');
    await editor.patch(`${ADMIN}/offers/assurance-prospection`, { keywords: `${seeded.content.keywords} gel` });
    const history = (await editor.get(`${ADMIN}/offers/assurance-prospection/history`)).json();
    expect(history.items.map((r: { action: string }) => r.action)).toEqual(['edit', 'seed']);
    expect(history.items[1].author).toBeNull();
    expect(history.items[0].changes.map((c: { field: string }) => c.field)).toEqual(['keywords']);
  });
});

describe('back office: lists', () => {
  it('searches titles accents and case aside, filters by status and pages', async () => {
    for (const tag of ['Kiribati un', 'Kiribati deux', 'Kiribati trois']) {
      expect((await editor.post(`${ADMIN}/news`, bodies.news(tag))).statusCode).toBe(201);
    }
    await editor.post(`${ADMIN}/news/actualite-kiribati-deux/publish`);
    const found = (await editor.get(`${ADMIN}/news?q=ACTUALITE%20kiribati`)).json();
    expect(found.total).toBe(3);
    expect(found.items[0]).toMatchObject({ lastChangeBy: editorName, status: 'published' });
    const drafts = (await editor.get(`${ADMIN}/news?q=kiribati&status=draft&pageSize=1&page=2`)).json();
    expect(drafts).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(drafts.items).toHaveLength(1);
    expect((await editor.get(`${ADMIN}/news?q=kiribati&status=unpublished`)).json().total).toBe(0);
    // Country pages are found by their names, in French or English.
    const countries = (await editor.get(`${ADMIN}/countries?q=cote%20ivoire`)).json();
    expect(countries.items.map((c: { id: string }) => c.id)).toEqual(['CI']);
    expect(countries.abilities.create).toBe(false);
    expect((await editor.get(`${ADMIN}/countries?q=germany`)).json().items[0]).toMatchObject({
      id: 'DE',
      titleFr: 'Allemagne',
    });
  });
});

describe('back office: events, news, contacts and country pages follow the same lifecycle', () => {
  const publicUrl = {
    event: (id: string) => `/api/portal/events/${id}`,
    news: (id: string) => `/api/portal/news/${id}`,
  };

  for (const kind of ['event', 'news'] as const) {
    it(`${kind}: draft, published, changed in a draft, published again, withdrawn`, async () => {
      const path = kind === 'event' ? 'events' : 'news';
      const created = await editor.post(`${ADMIN}/${path}`, bodies[kind]('Tuvalu'));
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect((await editor.get(publicUrl[kind](id))).statusCode).toBe(404);
      await editor.post(`${ADMIN}/${path}/${id}/publish`);
      expect((await editor.get(publicUrl[kind](id))).json().title).toBe(bodies[kind]('Tuvalu').titleFr);

      await editor.patch(`${ADMIN}/${path}/${id}`, { titleFr: 'Nouveau titre Tuvalu' });
      expect((await editor.get(publicUrl[kind](id))).json().title).toBe(bodies[kind]('Tuvalu').titleFr);
      expect((await editor.get(`${ADMIN}/${path}/${id}/preview`)).json().title).toBe('Nouveau titre Tuvalu');
      await editor.post(`${ADMIN}/${path}/${id}/publish`);
      expect((await editor.get(publicUrl[kind](id))).json().title).toBe('Nouveau titre Tuvalu');

      await editor.post(`${ADMIN}/${path}/${id}/unpublish`);
      expect((await editor.get(publicUrl[kind](id))).statusCode).toBe(404);
      const actions = (await editor.get(`${ADMIN}/${path}/${id}/history`))
        .json()
        .items.map((r: { action: string }) => r.action);
      expect(actions).toEqual(['unpublish', 'publish', 'edit', 'publish', 'create']);
    });
  }

  it('event: keeps the instants given, in UTC, and the event’s own time zone', async () => {
    const event = (await editor.post(`${ADMIN}/events`, bodies.event('Nauru'))).json();
    expect(event.content).toMatchObject({
      startsAt: '2031-03-10T02:00:00.000Z',
      endsAt: '2031-03-11T11:00:00.000Z',
      timezone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('contact: published in the regional directory, withdrawn from it', async () => {
    const body = { ...bodies.contact('Palau'), kind: 'regional_export', region: '53', country: null };
    const id = (await editor.post(`${ADMIN}/contacts`, body)).json().id as string;
    expect(id).toBe('business-france-palau');
    const contactsOfBretagne = async () => {
      const regions = (await editor.get('/api/portal/regions')).json().items as {
        code: string;
        contacts: { id: string; name: string }[];
      }[];
      return regions.find((r) => r.code === '53')?.contacts.map((c) => c.name) ?? [];
    };
    expect(await contactsOfBretagne()).not.toContain('Business France Palau');
    await editor.post(`${ADMIN}/contacts/${id}/publish`);
    expect(await contactsOfBretagne()).toContain('Business France Palau');
    await editor.patch(`${ADMIN}/contacts/${id}`, { name: 'Business France Palau (Rennes)' });
    expect(await contactsOfBretagne()).toContain('Business France Palau');
    expect((await editor.get(`${ADMIN}/contacts/${id}/preview`)).json()).toMatchObject({
      name: 'Business France Palau (Rennes)',
      provider: { id: 'business-france' },
      region: '53',
    });
    await editor.post(`${ADMIN}/contacts/${id}/publish`);
    expect(await contactsOfBretagne()).toContain('Business France Palau (Rennes)');
    await editor.post(`${ADMIN}/contacts/${id}/unpublish`);
    expect(await contactsOfBretagne()).not.toContain('Business France Palau (Rennes)');
  });

  it('country page: exists for every ISO code, cannot be created, its changes wait for publication', async () => {
    expect((await editor.post(`${ADMIN}/countries`, { introFr: 'x' })).statusCode).toBe(404);
    const page = (await editor.get(`${ADMIN}/countries/vn`)).json();
    expect(page).toMatchObject({ kind: 'country', id: 'VN', titleFr: 'Vietnam', status: 'published' });
    const publicIntro = async () => (await editor.get('/api/portal/countries/VN')).json().intro as string;
    const before = await publicIntro();

    const sources = [
      { title: 'Fiche pays', publisher: 'DG Trésor', url: 'https://www.tresor.economie.gouv.fr', lang: 'fr' },
    ];
    const edited = await editor.patch(`${ADMIN}/countries/VN`, { introFr: 'Un marché dynamique.', sources });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().pendingChanges).toBe(true);
    expect(await publicIntro()).toBe(before);
    expect((await editor.get(`${ADMIN}/countries/VN/preview`)).json()).toMatchObject({
      iso2: 'VN',
      name: 'Vietnam',
      intro: 'Un marché dynamique.',
      sources,
    });
    await editor.post(`${ADMIN}/countries/VN/publish`);
    expect(await publicIntro()).toBe('Un marché dynamique.');
    expect((await editor.get('/api/portal/countries/VN')).json().sources).toEqual(sources);
  });
});
