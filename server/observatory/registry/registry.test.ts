import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { makeUser, PASSWORD } from '../../test/factories.ts';

let t: TestApp;
let editor: Client;
beforeAll(async () => {
  t = await createTestApp();
  editor = await signIn({ audience: 'agent', roles: ['editor'] });
});
afterAll(() => t.close());

async function signIn(options: Parameters<typeof makeUser>[1] = {}): Promise<Client> {
  const user = await makeUser(t.database.db, { no2fa: true, ...options });
  const c = await new Client(t.app).start();
  const res = await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
  expect(res.statusCode).toBe(200);
  return c;
}

const embassy = {
  country: 'FR',
  type: 'embassy',
  nameFr: 'Ambassade de France au Mali',
  nameEn: 'Embassy of France in Mali',
  hostCountry: 'ML',
  city: 'Bamako',
  latitude: 12.64,
  longitude: -8.0,
};

async function auditActions(objectId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select('action')
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('registry: actors', () => {
  it('tells the web app who may edit the observatory: editors and admins among agents, nobody else', async () => {
    const ability = async (c: Client) => (await c.get('/api/auth/me')).json().abilities.editObservatory;
    expect(await ability(editor)).toBe(true);
    expect(await ability(await signIn({ audience: 'agent', roles: ['admin'] }))).toBe(true);
    expect(await ability(await signIn({ audience: 'agent' }))).toBe(false);
    expect(await ability(await signIn({ audience: 'company' }))).toBe(false);
    expect(await ability(await new Client(t.app).start())).toBe(false);
  });

  it('lets an editor create, find (accents and case aside), change and delete an actor, all audited', async () => {
    const created = await editor.post('/api/observatory/actors', {
      ...embassy,
      nameFr: '  Ambassade de France à Bamako ',
    });
    expect(created.statusCode).toBe(201);
    const actor = created.json();
    expect(actor).toMatchObject({
      country: 'FR',
      nameFr: 'Ambassade de France à Bamako',
      hostCountry: 'ML',
      accounts: [],
      abilities: { edit: true },
    });

    const found = (await editor.get('/api/observatory/actors?q=BAMAKO%20ambassade&country=FR')).json();
    expect(found.items.map((a: { id: string }) => a.id)).toContain(actor.id);
    // "a bamako" without its accent still finds "à Bamako".
    const unaccented = (await editor.get('/api/observatory/actors?q=a%20bamako')).json();
    expect(unaccented.total).toBeGreaterThanOrEqual(1);
    expect((await editor.get('/api/observatory/actors?q=bamako&country=DE')).json()).toEqual({ total: 0, items: [] });

    const changed = await editor.patch(`/api/observatory/actors/${actor.id}`, {
      city: 'Bamako (ACI 2000)',
      type: 'consulate',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ city: 'Bamako (ACI 2000)', type: 'consulate', nameEn: embassy.nameEn });

    expect((await editor.delete(`/api/observatory/actors/${actor.id}`)).statusCode).toBe(204);
    expect((await editor.get(`/api/observatory/actors/${actor.id}`)).statusCode).toBe(404);
    expect((await editor.delete(`/api/observatory/actors/${actor.id}`)).statusCode).toBe(404);
    expect(await auditActions(actor.id)).toEqual([
      'observatory.actor.create',
      'observatory.actor.update',
      'observatory.actor.delete',
    ]);
    const update = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', actor.id)
      .where('action', '=', 'observatory.actor.update')
      .executeTakeFirstOrThrow();
    expect(update.details).toEqual({
      changes: { city: ['Bamako', 'Bamako (ACI 2000)'], type: ['embassy', 'consulate'] },
    });
  });

  it('shows the registry to visitors, with no edit ability, paged with a total', async () => {
    for (const city of ['Lyon', 'Lille', 'Nantes']) {
      const res = await editor.post('/api/observatory/actors', {
        ...embassy,
        country: 'DE',
        hostCountry: 'FR',
        nameFr: `Consulat d’Allemagne à ${city}`,
        nameEn: `German consulate in ${city}`,
        type: 'consulate',
        city,
      });
      expect(res.statusCode).toBe(201);
    }
    const visitor = await new Client(t.app).start();
    const page = await visitor.get('/api/observatory/actors?country=DE&type=consulate&limit=2&offset=0');
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(2);
    expect(body.items[0].abilities).toEqual({ edit: false });
    const rest = (await visitor.get('/api/observatory/actors?country=DE&type=consulate&limit=2&offset=2')).json();
    expect(rest.items).toHaveLength(1);
    expect(new Set([...body.items, ...rest.items].map((a: { city: string }) => a.city))).toEqual(
      new Set(['Lyon', 'Lille', 'Nantes']),
    );
    // An underscore or a percent sign in the query is text, not a wildcard.
    expect((await visitor.get('/api/observatory/actors?q=%25&country=DE')).json().total).toBe(0);
  });

  it('refuses writes from visitors (401), company members and agents without the editor role (403)', async () => {
    const { id } = (await editor.post('/api/observatory/actors', embassy)).json();
    const visitor = await new Client(t.app).start();
    const company = await signIn({ audience: 'company' });
    const agent = await signIn({ audience: 'agent' });
    for (const [who, status] of [
      [visitor, 401],
      [company, 403],
      [agent, 403],
    ] as const) {
      expect((await who.post('/api/observatory/actors', embassy)).statusCode).toBe(status);
      expect((await who.patch(`/api/observatory/actors/${id}`, { city: 'X' })).statusCode).toBe(status);
      expect((await who.delete(`/api/observatory/actors/${id}`)).statusCode).toBe(status);
      expect((await who.post('/api/observatory/registry/accounts', { network: 'x', handle: 'abc' })).statusCode).toBe(
        status,
      );
      // Even a malformed body gets the access answer first.
      expect((await who.post('/api/observatory/actors', { nope: 1 })).statusCode).toBe(status);
    }
    const admin = await signIn({ audience: 'agent', roles: ['admin'] });
    expect((await admin.patch(`/api/observatory/actors/${id}`, { city: 'Kayes' })).statusCode).toBe(200);
    expect((await admin.get(`/api/observatory/actors/${id}`)).json().abilities.edit).toBe(true);
  });

  it('answers bad input with 400 and the faulty fields, in French or English', async () => {
    const fake = await editor.post('/api/observatory/actors', { ...embassy, country: 'ZZ', nameFr: '   ' });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().code).toBe('ERR_VALIDATION');
    expect(fake.json().errors).toEqual([
      { field: 'nameFr', message: 'le nom ne peut pas être vide' },
      { field: 'country', message: 'code pays ISO 3166-1 inconnu : ZZ' },
    ]);
    const lower = await editor.post('/api/observatory/actors', { ...embassy, country: 'fr' });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().errors[0].field).toBe('body.country');
    const unknownType = await editor.post('/api/observatory/actors', { ...embassy, type: 'spy' });
    expect(unknownType.statusCode).toBe(400);

    const { id } = (await editor.post('/api/observatory/actors', embassy)).json();
    editor.lang = 'en';
    try {
      const host = await editor.patch(`/api/observatory/actors/${id}`, { hostCountry: 'QQ', latitude: 91 });
      expect(host.statusCode).toBe(400);
      const second = await editor.patch(`/api/observatory/actors/${id}`, { hostCountry: 'QQ' });
      expect(second.json().errors).toEqual([{ field: 'hostCountry', message: 'unknown ISO 3166-1 country code: QQ' }]);
    } finally {
      editor.lang = 'fr';
    }
    expect((await editor.patch(`/api/observatory/actors/${id}`, { hostCountry: null })).json().hostCountry).toBeNull();
    expect((await editor.get('/api/observatory/actors/not-a-uuid')).statusCode).toBe(400);
    expect((await editor.get('/api/observatory/actors/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(
      (await editor.patch('/api/observatory/actors/00000000-0000-4000-8000-000000000000', { city: 'X' })).statusCode,
    ).toBe(404);
    expect((await editor.get('/api/observatory/actors?limit=0')).statusCode).toBe(400);
  });
});

describe('registry: accounts', () => {
  it('registers accounts with normalised handles, attaches and detaches them, audited', async () => {
    const actor = (await editor.post('/api/observatory/actors', embassy)).json();
    const x = await editor.post('/api/observatory/registry/accounts', {
      network: 'x',
      handle: '@FranceAuMali',
      actorId: actor.id,
      verified: true,
      tracked: true,
    });
    expect(x.statusCode).toBe(201);
    expect(x.json()).toMatchObject({
      network: 'x',
      handle: 'franceaumali',
      url: 'https://x.com/franceaumali',
      verified: true,
      actor: { id: actor.id, country: 'FR', nameFr: embassy.nameFr },
    });
    const mastodon = await editor.post('/api/observatory/registry/accounts', {
      network: 'mastodon',
      handle: 'https://Social.Numerique.Gouv.fr/@FranceDiplo',
    });
    expect(mastodon.statusCode).toBe(201);
    expect(mastodon.json()).toMatchObject({ handle: 'francediplo@social.numerique.gouv.fr', actor: null });
    const bluesky = await editor.post('/api/observatory/registry/accounts', {
      network: 'bluesky',
      handle: '@FranceDiplo.bsky.social',
    });
    expect(bluesky.json().handle).toBe('francediplo.bsky.social');

    const listed = (await editor.get(`/api/observatory/actors/${actor.id}`)).json();
    expect(listed.accounts).toEqual([
      { id: x.json().id, network: 'x', handle: 'franceaumali', verified: true, tracked: true },
    ]);

    const attached = await editor.patch(`/api/observatory/registry/accounts/${mastodon.json().id}`, {
      actorId: actor.id,
      tracked: true,
    });
    expect(attached.statusCode).toBe(200);
    expect(attached.json().actor.id).toBe(actor.id);
    expect((await editor.get(`/api/observatory/actors/${actor.id}`)).json().accounts).toHaveLength(2);

    // Deleting the actor keeps its accounts, unregistered.
    expect((await editor.delete(`/api/observatory/actors/${actor.id}`)).statusCode).toBe(204);
    const left = await t.database.db
      .selectFrom('obs_accounts')
      .select(['id', 'actor_id'])
      .where('id', 'in', [x.json().id, mastodon.json().id])
      .execute();
    expect(left).toHaveLength(2);
    expect(left.every((a) => a.actor_id === null)).toBe(true);
    const deletion = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', actor.id)
      .where('action', '=', 'observatory.actor.delete')
      .executeTakeFirstOrThrow();
    expect(deletion.details).toMatchObject({ detachedAccounts: 2 });

    expect(await auditActions(String(mastodon.json().id))).toEqual([
      'observatory.account.create',
      'observatory.account.update',
    ]);
    // A PATCH that changes nothing writes nothing.
    await editor.patch(`/api/observatory/registry/accounts/${mastodon.json().id}`, { tracked: true });
    expect(await auditActions(String(mastodon.json().id))).toHaveLength(2);
  });

  it('answers 409 with the existing account when the handle is already known, e.g. met in imported data', async () => {
    const imported = await t.database.db
      .insertInto('obs_accounts')
      .values({ network: 'x', handle: 'meae_officiel', display_name: 'Met in a CSV' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const again = await editor.post('/api/observatory/registry/accounts', {
      network: 'x',
      handle: '@MEAE_Officiel',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ERR_ACCOUNT_EXISTS');
    expect(again.json().detail).toContain(`n° ${imported.id}`);
    // The way forward: attach the existing account.
    const actor = (await editor.post('/api/observatory/actors', { ...embassy, type: 'foreign_ministry' })).json();
    const patched = await editor.patch(`/api/observatory/registry/accounts/${imported.id}`, { actorId: actor.id });
    expect(patched.json()).toMatchObject({ id: imported.id, displayName: 'Met in a CSV', actor: { id: actor.id } });
    const detached = await editor.patch(`/api/observatory/registry/accounts/${imported.id}`, { actorId: null });
    expect(detached.json().actor).toBeNull();
  });

  it('refuses handles of the wrong shape, unknown actors and unknown accounts', async () => {
    const cases: [string, string][] = [
      ['mastodon', 'francediplo'],
      ['mastodon', 'a@b@c.org'],
      ['bluesky', 'francediplo'],
      ['bluesky', 'did:plc:abc'],
      ['x', 'has space'],
      ['x', 'muchtoolongforanxhandle'],
      ['facebook', 'two words'],
    ];
    for (const [network, handle] of cases) {
      const res = await editor.post('/api/observatory/registry/accounts', { network, handle });
      expect(res.statusCode, `${network} ${handle}`).toBe(400);
      expect(res.json().errors[0].field).toBe('handle');
    }
    const shape = await editor.post('/api/observatory/registry/accounts', {
      network: 'mastodon',
      handle: 'francediplo',
    });
    expect(shape.json().errors[0].message).toContain('utilisateur@instance');

    const noActor = await editor.post('/api/observatory/registry/accounts', {
      network: 'youtube',
      handle: 'FranceDiplomatie',
      actorId: '00000000-0000-4000-8000-000000000000',
    });
    expect(noActor.statusCode).toBe(400);
    expect(noActor.json().errors).toEqual([{ field: 'actorId', message: 'acteur inconnu' }]);
    expect(
      await t.database.db.selectFrom('obs_accounts').select('id').where('handle', '=', 'francediplomatie').execute(),
    ).toHaveLength(0);

    expect((await editor.patch('/api/observatory/registry/accounts/999999999', { verified: true })).statusCode).toBe(
      404,
    );
    expect((await editor.patch('/api/observatory/registry/accounts/0', { verified: true })).statusCode).toBe(400);
    const { id } = (
      await editor.post('/api/observatory/registry/accounts', { network: 'instagram', handle: 'diplo.fr' })
    ).json();
    const badActor = await editor.patch(`/api/observatory/registry/accounts/${id}`, {
      actorId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badActor.statusCode).toBe(400);
    expect((await editor.patch(`/api/observatory/registry/accounts/${id}`, { network: 'x' })).statusCode).toBe(400);
  });
});
