// The front office: intake (hotline and POST /requests) into the embassy's queue, what agents and companies see,
// identical 404s for everyone outside a file, transitions, audit, deal rooms from requests, equal treatment.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { type Member, member } from '../test/world.ts';
import { FRONT_OFFICE_TEAM_MAX } from './front-office.repo.ts';

let t: TestApp;
let central: Member;
const db = () => t.database.db;

beforeAll(async () => {
  t = await createTestApp({ env: { PORTAL_HOTLINE_RATE_LIMIT: '10000' } });
  // The oldest ministry is the central front office.
  central = await member(t, {
    audience: 'agent',
    organisation: 'Ministère de l’Europe et des Affaires étrangères',
    organisationKind: 'ministry',
  });
});
afterAll(() => t.close());

const tag = () => randomUUID().slice(0, 6);
const comparable = (body: string) => {
  const { instance: _i, requestId: _r, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return rest;
};

/** An embassy (diplomatic post in `country`) with one signed-in agent. */
async function embassy(country: string, name = `Ambassade de France ${country} ${tag()}`): Promise<Member> {
  const agent = await member(t, { audience: 'agent', organisation: name, organisationKind: 'diplomatic_post' });
  await db().updateTable('organisations').set({ country }).where('id', '=', agent.organisationId).execute();
  return agent;
}

const company = (name = `Entreprise ${tag()}`) => member(t, { audience: 'company', organisation: name });

const body = (overrides: Record<string, unknown> = {}) => ({
  countries: ['ML'],
  sector: 'energy',
  need: 'find_partners',
  message: 'Nous cherchons un partenaire local pour une centrale solaire.',
  consent: true,
  ...overrides,
});

async function file(who: Member, overrides: Record<string, unknown> = {}) {
  const res = await who.client.post('/api/network/requests', body(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; reference: string; createdAt: string; email: string };
}

const row = (id: string) =>
  db().selectFrom('portal_support_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const members = (compartmentId: string) =>
  db()
    .selectFrom('compartment_members')
    .select(['user_id', 'organisation_id'])
    .where('compartment_id', '=', compartmentId)
    .execute();

const auditRows = (action: string, objectId: string) =>
  db().selectFrom('audit_log').selectAll().where('action', '=', action).where('object_id', '=', objectId).execute();

describe('intake', () => {
  it('files a request from POST /requests into the embassy’s queue, acknowledged by e-mail', async () => {
    const post = await embassy('ML');
    const requester = await company('Solaire du Sahel');
    const created = await file(requester, { amountEur: 15_000_000 });
    expect(created.reference).toMatch(/^DEM-\d{4}-\d{6}$/);
    expect(created.email).toBe(requester.email);

    const stored = await row(created.id);
    expect(stored).toMatchObject({
      status: 'new',
      level: 3,
      user_id: requester.id,
      organisation_id: requester.organisationId,
      company_name: 'Solaire du Sahel',
      queue_id: post.organisationId,
    });
    expect(Number(stored.amount_eur)).toBe(15_000_000);
    expect(await members(stored.compartment_id!)).toEqual(
      expect.arrayContaining([
        { user_id: requester.id, organisation_id: null },
        { user_id: null, organisation_id: post.organisationId },
      ]),
    );
    const compartment = await db()
      .selectFrom('compartments')
      .selectAll()
      .where('id', '=', stored.compartment_id!)
      .executeTakeFirstOrThrow();
    expect(compartment).toMatchObject({ kind: 'company_file', name: created.reference });
    const events = await db()
      .selectFrom('net_request_events')
      .selectAll()
      .where('request_id', '=', created.id)
      .execute();
    expect(events).toMatchObject([{ kind: 'created', level: 3, status: 'new' }]);
    const notified = await db()
      .selectFrom('net_notifications')
      .select(['user_id', 'kind'])
      .where('object_id', '=', created.id)
      .execute();
    expect(notified).toContainEqual({ user_id: post.id, kind: 'request_created' });

    const mail = await t.smtp.waitFor(requester.email);
    expect(mail.text).toContain(created.reference);

    const queue = (await post.client.get('/api/network/requests')).json();
    expect(queue.view).toBe('agent');
    const item = queue.items.find((i: { id: string }) => i.id === created.id);
    expect(item).toMatchObject({
      reference: created.reference,
      companyName: 'Solaire du Sahel',
      queue: { id: post.organisationId },
      waiting: { hours: 0, overdue: false, target: { step: 'triage', hours: 48 } },
    });
  });

  it('announces a new request to an embassy’s team, but in a larger organisation only to those who handle its queue', async () => {
    const announced = async (requestId: string) =>
      (
        await db()
          .selectFrom('net_notifications')
          .select('user_id')
          .where('kind', '=', 'request_created')
          .where('object_id', '=', requestId)
          .execute()
      )
        .map((n) => n.user_id)
        .sort();
    const addAgents = async (organisationId: string, count: number) =>
      (
        await db()
          .insertInto('users')
          .columns(['organisation_id', 'email', 'name', 'audience', 'email_verified_at'])
          .expression((eb) =>
            eb
              .selectFrom(sql<{ n: number }>`generate_series(1, ${count})`.as('g'))
              .select([
                sql`${organisationId}::uuid`.as('organisation_id'),
                sql`'agent-' || g || '-' || ${tag()} || '@front-office.test'`.as('email'),
                sql`'Agent ' || g`.as('name'),
                sql`'agent'`.as('audience'),
                sql`now()`.as('email_verified_at'),
              ]),
          )
          .returning('id')
          .execute()
      ).map((u) => u.id);

    // An embassy's service of a few agents: all of them hear of it.
    const small = await embassy('KM');
    const colleagues = await addAgents(small.organisationId, 3);
    const first = await file(await company(), { countries: ['KM'] });
    expect(await announced(first.id)).toEqual([small.id, ...colleagues].sort());

    // An organisation of more than FRONT_OFFICE_TEAM_MAX agents: nobody at first (the request waits in the queue)...
    const large = await embassy('MG');
    await addAgents(large.organisationId, FRONT_OFFICE_TEAM_MAX);
    const unseen = await file(await company(), { countries: ['MG'] });
    expect(await announced(unseen.id)).toEqual([]);
    expect((await large.client.get('/api/network/requests')).json().items.map((r: { id: string }) => r.id)).toContain(
      unseen.id,
    );
    // ...then the agents who handle its requests.
    expect(
      (await large.client.post(`/api/network/requests/${unseen.id}/assign`, { assigneeId: large.id })).statusCode,
    ).toBe(200);
    const next = await file(await company(), { countries: ['MG'] });
    expect(await announced(next.id)).toEqual([large.id]);
  });

  it('opens the case of a visitor’s hotline request in the embassy’s queue', async () => {
    const post = await embassy('BF');
    const visitor = new Client(t.app);
    const res = await visitor.post('/api/portal/hotline', {
      ...body({ countries: ['BF', 'ML'] }),
      companyName: 'Atelier du Faso',
      contactName: 'Awa Ouédraogo',
      email: `awa-${tag()}@example.org`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { reference } = res.json();
    const stored = await db()
      .selectFrom('portal_support_requests')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(stored.queue_id).toBe(post.organisationId);
    expect(stored.user_id).toBeNull();
    expect(await members(stored.compartment_id!)).toEqual([{ user_id: null, organisation_id: post.organisationId }]);
    const seen = await post.client.get(`/api/network/requests/${reference}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ id: stored.id, view: 'agent', fields: { companyName: 'Atelier du Faso' } });
    expect(seen.json().abilities.openDealRoom).toBe(false);
  });

  it('names the signed-in sender of a hotline request in the file, and falls back to the central front office', async () => {
    const requester = await company();
    const res = await requester.client.post('/api/portal/hotline', {
      ...body({ countries: ['NZ'] }),
      companyName: 'Kiwi Export',
      contactName: 'Jean Dupont',
      email: requester.email,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { reference } = res.json();
    const own = await requester.client.get(`/api/network/requests/${reference}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ view: 'restricted', status: 'new', reference });
    const stored = await db()
      .selectFrom('portal_support_requests')
      .select(['id', 'queue_id'])
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(stored.queue_id).toBe(central.organisationId);
    expect((await central.client.get(`/api/network/requests/${stored.id}`)).statusCode).toBe(200);
  });
});

describe('what each side sees', () => {
  it('shows the company its status, history and routed contacts, never notes, routing messages or the assignee', async () => {
    const post = await embassy('CI');
    const colleague = await member(t, {
      audience: 'agent',
      organisation: (
        await db()
          .selectFrom('organisations')
          .select('name')
          .where('id', '=', post.organisationId)
          .executeTakeFirstOrThrow()
      ).name,
      name: 'Claire Assignée',
    });
    const partner = await member(t, {
      audience: 'agent',
      organisation: `Business France ${tag()}`,
      organisationKind: 'public_body',
      name: 'Paul Conseiller',
    });
    await db().insertInto('net_profiles').values({ user_id: partner.id, title: 'Conseiller export énergie' }).execute();
    const requester = await company();
    const { id, reference } = await file(requester, { countries: ['CI'] });

    expect(
      (await post.client.post(`/api/network/requests/${id}/assign`, { assigneeId: colleague.id })).statusCode,
    ).toBe(200);
    const note = await post.client.post(`/api/network/requests/${id}/notes`, {
      body: 'Note interne : client exigeant',
    });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({ kind: 'note', label: { level: 2 } });
    const routed = await post.client.post(`/api/network/requests/${id}/route`, {
      organisationId: partner.organisationId,
      contactId: partner.id,
      message: 'Message de transmission confidentiel',
    });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({ status: 'routed', routing: { contact: { id: partner.id } } });
    const status = await partner.client.post(`/api/network/requests/${id}/status`, {
      status: 'in_progress',
      message: 'Nous étudions votre projet.',
    });
    expect(status.statusCode, status.body).toBe(200);

    const agentView = (await post.client.get(`/api/network/requests/${id}`)).json();
    expect(agentView.view).toBe('agent');
    expect(agentView.assignee).toMatchObject({ id: colleague.id });
    expect(agentView.history.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'assigned',
      'note',
      'routed',
      'routing_message',
      'status',
    ]);
    expect(agentView.abilities).toEqual({ assign: true, route: true, status: true, note: true, openDealRoom: true });

    for (const url of [`/api/network/requests/${id}`, `/api/network/requests/${reference}`]) {
      const res = await requester.client.get(url);
      expect(res.statusCode).toBe(200);
      const view = res.json();
      expect(view.view).toBe('restricted');
      expect(view.status).toBe('in_progress');
      expect(view.history.map((e: { kind: string; status: string }) => [e.kind, e.status])).toEqual([
        ['created', 'new'],
        ['routed', 'routed'],
        ['status', 'in_progress'],
      ]);
      expect(view.history[2].body).toBe('Nous étudions votre projet.');
      expect(view.routedTo).toMatchObject([
        { contact: { name: 'Paul Conseiller', title: 'Conseiller export énergie' } },
      ]);
      expect(view.abilities).toEqual({ assign: false, route: false, status: false, note: false, openDealRoom: false });
      for (const key of ['assignee', 'assignees', 'queue', 'waiting', 'requester', 'routing', 'nextStatuses']) {
        expect(view).not.toHaveProperty(key);
      }
      expect(res.body).not.toContain('Note interne');
      expect(res.body).not.toContain('Message de transmission');
      expect(res.body).not.toContain(colleague.id);
      expect(res.body).not.toContain('Claire');
    }
    const list = await requester.client.get('/api/network/requests');
    expect(list.json().view).toBe('restricted');
    const item = list.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ reference, status: 'in_progress', countries: ['CI'], sector: 'energy' });
    expect(item.routedTo).toHaveLength(1);
    expect(item).not.toHaveProperty('assignee');
    expect(list.body).not.toContain('Claire');

    // The routed partner's agents see the file, the internal note included.
    const partnerView = (await partner.client.get(`/api/network/requests/${id}`)).json();
    expect(partnerView.view).toBe('agent');
    expect(JSON.stringify(partnerView)).toContain('Message de transmission');
    // The requester now has the assignee as an assigned agent; notifications went out.
    const assigned = await db()
      .selectFrom('net_assignments')
      .selectAll()
      .where('member_id', '=', requester.id)
      .execute();
    expect(assigned).toMatchObject([{ agent_id: colleague.id, reason: 'request' }]);
    const kinds = await db()
      .selectFrom('net_notifications')
      .select(['user_id', 'kind'])
      .where('object_id', '=', id)
      .execute();
    expect(kinds).toEqual(
      expect.arrayContaining([
        { user_id: colleague.id, kind: 'request_assigned' },
        { user_id: partner.id, kind: 'request_routed' },
        { user_id: requester.id, kind: 'request_routed' },
        { user_id: requester.id, kind: 'request_status' },
      ]),
    );
  });

  it('lets a partner named as contact read the request routed to them, in the restricted view', async () => {
    const post = await embassy('GN');
    const association = `CCI France Guinée ${tag()}`;
    const adviser = await member(t, {
      audience: 'partner',
      organisation: association,
      organisationKind: 'association',
    });
    const requester = await company();
    const { id } = await file(requester, { countries: ['GN'] });
    expect((await adviser.client.get(`/api/network/requests/${id}`)).statusCode).toBe(404);
    const routed = await post.client.post(`/api/network/requests/${id}/route`, {
      organisationId: adviser.organisationId,
      contactId: adviser.id,
      message: 'Pour suite à donner',
    });
    expect(routed.statusCode, routed.body).toBe(200);
    const view = await adviser.client.get(`/api/network/requests/${id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().view).toBe('restricted');
    expect(view.body).not.toContain('Pour suite à donner');
    const list = (await adviser.client.get('/api/network/requests')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('answers 404 with the same body to another company and to agents of another embassy', async () => {
    const post = await embassy('TG');
    const otherPost = await embassy('BJ');
    const requester = await company();
    const rival = await company();
    const { id, reference } = await file(requester, { countries: ['TG'], message: 'Projet secret Lomé' });

    for (const outsider of [rival, otherPost]) {
      const unknown = comparable((await outsider.client.get(`/api/network/requests/${randomUUID()}`)).body);
      const unknownReference = await outsider.client.get('/api/network/requests/DEM-2000-999999');
      expect(unknownReference.statusCode).toBe(404);
      expect(comparable(unknownReference.body)).toEqual(unknown);
      for (const url of [`/api/network/requests/${id}`, `/api/network/requests/${reference}`]) {
        const res = await outsider.client.get(url);
        expect(res.statusCode, url).toBe(404);
        expect(comparable(res.body)).toEqual(unknown);
      }
      const write = await outsider.client.post(`/api/network/requests/${id}/notes`, { body: 'x' });
      expect(write.statusCode).toBe(404);
      expect(comparable(write.body)).toMatchObject({ code: 'ERR_NOT_FOUND' });
      const list = await outsider.client.get(`/api/network/requests?q=${encodeURIComponent(reference)}`);
      expect(list.json()).toMatchObject({ items: [], total: 0 });
      expect(list.body).not.toContain('Lomé');
    }
    const offices = (await otherPost.client.get('/api/network/front-offices')).json();
    expect(offices.queues.map((q: { organisation: { id: string } }) => q.organisation.id)).not.toContain(
      post.organisationId,
    );
  });
});

describe('actions', () => {
  it('allows only the documented transitions and records them', async () => {
    const post = await embassy('GH');
    const requester = await company();
    const { id } = await file(requester, { countries: ['GH'] });
    const to = (status: string) => post.client.post(`/api/network/requests/${id}/status`, { status });

    const skip = await to('in_progress');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('ERR_INVALID_TRANSITION');
    expect((await to('new')).statusCode).toBe(409);
    const triaged = await to('triaged');
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json().nextStatuses).toEqual(['routed', 'closed']);
    expect(triaged.json().waiting.target).toMatchObject({ step: 'route', hours: 120 });
    expect((await row(id)).triaged_at).toBeInstanceOf(Date);
    expect((await to('routed')).statusCode).toBe(200);
    expect((await to('triaged')).statusCode).toBe(409);
    expect((await to('in_progress')).statusCode).toBe(200);
    const closed = await to('closed');
    expect(closed.statusCode).toBe(200);
    expect(closed.json().abilities).toMatchObject({ assign: false, route: false, openDealRoom: false });
    expect((await row(id)).closed_at).toBeInstanceOf(Date);
    expect((await to('triaged')).statusCode).toBe(409);
    const reopened = await to('in_progress');
    expect(reopened.statusCode).toBe(200);
    expect((await row(id)).closed_at).toBeNull();

    // Any status may close; the company cannot act.
    const second = await file(requester, { countries: ['GH'] });
    expect((await post.client.post(`/api/network/requests/${second.id}/status`, { status: 'closed' })).statusCode).toBe(
      200,
    );
    const byCompany = await requester.client.post(`/api/network/requests/${second.id}/status`, {
      status: 'in_progress',
    });
    expect(byCompany.statusCode).toBe(403);

    const audits = await auditRows('request.status', id);
    expect(audits.map((a) => a.details)).toEqual([
      { from: 'new', to: 'triaged' },
      { from: 'triaged', to: 'routed' },
      { from: 'routed', to: 'in_progress' },
      { from: 'in_progress', to: 'closed' },
      { from: 'closed', to: 'in_progress' },
    ]);
  });

  it('audits every change and every level-3 read', async () => {
    const post = await embassy('SN');
    const partner = await member(t, {
      audience: 'agent',
      organisation: `Bpifrance ${tag()}`,
      organisationKind: 'public_body',
    });
    const requester = await company();
    const { id } = await file(requester, { countries: ['SN'] });
    await post.client.post(`/api/network/requests/${id}/assign`, { assigneeId: post.id });
    await post.client.post(`/api/network/requests/${id}/notes`, { body: 'Relancer le client' });
    await post.client.post(`/api/network/requests/${id}/route`, {
      organisationId: partner.organisationId,
      message: 'À vous',
    });
    await post.client.post(`/api/network/requests/${id}/status`, { status: 'in_progress' });
    const room = await post.client.post(`/api/network/requests/${id}/deal-room`, {});
    expect(room.statusCode, room.body).toBe(201);
    for (const action of ['request.created', 'request.assigned', 'request.note', 'request.routed', 'request.status']) {
      expect(await auditRows(action, id), action).toHaveLength(1);
    }
    expect((await auditRows('request.routed', id))[0]!.details).toMatchObject({
      organisationId: partner.organisationId,
      from: 'new',
    });
    expect((await auditRows('request.deal_room', id))[0]!.details).toEqual({ dealRoomId: room.json().dealRoomId });

    const before = (await auditRows('restricted.read', id)).length;
    await requester.client.get(`/api/network/requests/${id}`);
    await post.client.get('/api/network/requests');
    const reads = await auditRows('restricted.read', id);
    expect(reads.length).toBe(before + 2);
    expect(reads.map((r) => r.actor_id)).toEqual(expect.arrayContaining([requester.id, post.id]));
  });

  it('opens a deal room from a request with the requester, the assignee and the acting agent', async () => {
    const post = await embassy('CM');
    const colleague = await member(t, {
      audience: 'agent',
      organisation: (
        await db()
          .selectFrom('organisations')
          .select('name')
          .where('id', '=', post.organisationId)
          .executeTakeFirstOrThrow()
      ).name,
    });
    const requester = await company('Cimenterie de Douala');
    const rival = await company();
    const { id } = await file(requester, { countries: ['CM'], sector: 'construction_urban' });
    await post.client.post(`/api/network/requests/${id}/assign`, { assigneeId: colleague.id });
    const res = await post.client.post(`/api/network/requests/${id}/deal-room`, {});
    expect(res.statusCode, res.body).toBe(201);
    const { dealRoomId } = res.json();
    const roomMembers = (await members(dealRoomId)).map((m) => m.user_id);
    expect(roomMembers).toEqual(expect.arrayContaining([requester.id, colleague.id, post.id]));
    const room = await db()
      .selectFrom('net_deal_rooms')
      .selectAll()
      .where('id', '=', dealRoomId)
      .executeTakeFirstOrThrow();
    expect(room).toMatchObject({
      company_id: requester.organisationId,
      sector: 'construction_urban',
      country: 'CM',
      request_id: id,
    });
    expect((await row(id)).deal_room_id).toBe(dealRoomId);
    const view = (await post.client.get(`/api/network/requests/${id}`)).json();
    expect(view.dealRoom).toMatchObject({ id: dealRoomId, name: `Cimenterie de Douala – ${view.reference}` });
    expect(view.abilities.openDealRoom).toBe(false);
    const again = await post.client.post(`/api/network/requests/${id}/deal-room`, {});
    expect(again.statusCode).toBe(409);
    expect((await requester.client.get(`/api/network/deal-rooms/${dealRoomId}`)).statusCode).toBe(200);
    expect((await rival.client.get(`/api/network/deal-rooms/${dealRoomId}`)).statusCode).toBe(404);
    // The company, named in the room, finds it from its request; the internal event stays out of its history.
    const own = (await requester.client.get(`/api/network/requests/${id}`)).json();
    expect(own.view).toBe('restricted');
    expect(own.dealRoom).toEqual({ id: dealRoomId, name: `Cimenterie de Douala – ${view.reference}` });
    expect(own.history.map((e: { kind: string }) => e.kind)).not.toContain('deal_room');
    // Taken out of the room, the link goes with it.
    await db()
      .deleteFrom('compartment_members')
      .where('compartment_id', '=', dealRoomId)
      .where('user_id', '=', requester.id)
      .execute();
    expect((await requester.client.get(`/api/network/requests/${id}`)).body).not.toContain(dealRoomId);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const post = await embassy('NE');
    const requester = await company();
    const { id } = await file(requester, { countries: ['NE'] });
    const stranger = await member(t, { audience: 'agent' });
    const firm = await company();

    const cases: [Member, string, string, unknown, number, string?][] = [
      [post, 'POST', '/api/network/requests', body(), 403, 'ERR_FORBIDDEN'],
      [requester, 'POST', '/api/network/requests', body({ countries: ['XX'] }), 400, 'ERR_VALIDATION'],
      [requester, 'POST', '/api/network/requests', body({ countries: [] }), 400, 'ERR_VALIDATION'],
      [requester, 'POST', '/api/network/requests', body({ consent: false }), 400, 'ERR_VALIDATION'],
      [requester, 'POST', '/api/network/requests', body({ amountEur: -1 }), 400, 'ERR_VALIDATION'],
      [
        requester,
        'POST',
        '/api/network/requests',
        body({ message: 'DIFFUSION RESTREINTE' }),
        422,
        'ERR_CLASSIFIED_MARKING',
      ],
      [requester, 'GET', '/api/network/requests/not-an-id', undefined, 404, 'ERR_NOT_FOUND'],
      [post, 'GET', '/api/network/requests?queue=nope', undefined, 400, 'ERR_VALIDATION'],
      [post, 'GET', '/api/network/requests?status=lost', undefined, 400, 'ERR_VALIDATION'],
      [post, 'POST', `/api/network/requests/${id}/assign`, { assigneeId: 'x' }, 400, 'ERR_VALIDATION'],
      [post, 'POST', `/api/network/requests/${id}/assign`, { assigneeId: stranger.id }, 400, 'ERR_VALIDATION'],
      [post, 'POST', `/api/network/requests/${id}/assign`, { assigneeId: requester.id }, 400, 'ERR_VALIDATION'],
      [
        post,
        'POST',
        `/api/network/requests/${id}/route`,
        { organisationId: firm.organisationId, message: 'x' },
        400,
        'ERR_VALIDATION',
      ],
      [
        post,
        'POST',
        `/api/network/requests/${id}/route`,
        { organisationId: randomUUID(), message: 'x' },
        400,
        'ERR_VALIDATION',
      ],
      [
        post,
        'POST',
        `/api/network/requests/${id}/route`,
        { organisationId: stranger.organisationId, contactId: post.id, message: 'x' },
        400,
        'ERR_VALIDATION',
      ],
      [
        post,
        'POST',
        `/api/network/requests/${id}/route`,
        { organisationId: stranger.organisationId, message: '' },
        400,
        'ERR_VALIDATION',
      ],
      [post, 'POST', `/api/network/requests/${id}/status`, { status: 'lost' }, 400, 'ERR_VALIDATION'],
      [post, 'POST', `/api/network/requests/${id}/notes`, { body: '   ' }, 400, 'ERR_VALIDATION'],
      [
        post,
        'POST',
        `/api/network/requests/${id}/notes`,
        { body: 'Document SECRET DÉFENSE' },
        422,
        'ERR_CLASSIFIED_MARKING',
      ],
      [post, 'POST', `/api/network/requests/${id}/notes`, { body: 'x', level: 1 }, 400, 'ERR_VALIDATION'],
      [post, 'POST', `/api/network/requests/${id}/deal-room`, { memberIds: ['nope'] }, 400, 'ERR_VALIDATION'],
      [requester, 'POST', `/api/network/requests/${id}/notes`, { body: 'x' }, 403, 'ERR_FORBIDDEN'],
      [requester, 'GET', '/api/network/front-offices', undefined, 403, 'ERR_FORBIDDEN'],
    ];
    for (const [who, method, url, payload, status, code] of cases) {
      const res = await who.client.request({
        method: method as 'GET',
        url,
        ...(payload ? { payload: payload as object } : {}),
      });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(status);
      if (code) expect(res.json().code).toBe(code);
    }
    const signedOut = await new Client(t.app).get('/api/network/requests');
    expect(signedOut.statusCode).toBe(401);
    expect((await row(id)).status).toBe('new');
  });
});

describe('the API description and garbage', () => {
  it('documents every front-office route, and never answers garbage with a server error', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { tags?: string[]; security?: unknown[] }>>;
    };
    const ours = Object.entries(doc.paths).filter(([path]) => /\/api\/network\/(requests|front-offices)/.test(path));
    expect(ours.map(([path]) => path).sort()).toEqual(
      [
        '/api/network/front-offices',
        '/api/network/requests',
        '/api/network/requests/{id}',
        '/api/network/requests/{id}/assign',
        '/api/network/requests/{id}/deal-room',
        '/api/network/requests/{id}/notes',
        '/api/network/requests/{id}/route',
        '/api/network/requests/{id}/status',
      ].sort(),
    );
    const post = await embassy('LR');
    const requester = await company();
    const { id } = await file(requester, { countries: ['LR'] });
    const bodies = ['{', 'null', '[]', JSON.stringify({ status: { $ne: 1 }, body: ['x'], assigneeId: 1 })];
    const failures: string[] = [];
    for (const who of [post, requester]) {
      for (const [path, operations] of ours) {
        for (const method of Object.keys(operations)) {
          expect(operations[method]!.tags).toEqual(['network-front-office']);
          for (const param of [id, '%00', 'DEM-0000-000000']) {
            const url = path.replace('{id}', param);
            for (const payload of method === 'get' ? [undefined] : bodies) {
              const res = await who.client.request({
                method: method.toUpperCase() as 'GET',
                url: method === 'get' ? `${url}?page=0&status=x&overdue=maybe` : url,
                ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }),
              });
              if (res.statusCode >= 500) failures.push(`${method} ${url} ${payload}: ${res.statusCode}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('equal treatment', () => {
  it('gives a 15 M€ request in Mali and a 300 M€ one in Riyadh the same targets, fields and actions', async () => {
    const bamako = await embassy('ML', `Ambassade de France au Mali ${tag()}`);
    const riyadh = await embassy('SA', `Ambassade de France en Arabie saoudite ${tag()}`);
    // The oldest embassy of each country holds the queue: use those the file made first for ML.
    const mali = await db()
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'diplomatic_post')
      .where('country', '=', 'ML')
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const maliAgent = mali.id === bamako.organisationId ? bamako : await embassyAgent(mali.id);
    const small = await file(await company(), { countries: ['ML'], amountEur: 15_000_000 });
    const big = await file(await company(), { countries: ['SA'], amountEur: 300_000_000 });
    expect((await row(small.id)).queue_id).toBe(mali.id);
    expect((await row(big.id)).queue_id).toBe(riyadh.organisationId);

    const a = (await maliAgent.client.get(`/api/network/requests/${small.id}`)).json();
    const b = (await riyadh.client.get(`/api/network/requests/${big.id}`)).json();
    expect(a.fields.amountEur).toBe(15_000_000);
    expect(b.fields.amountEur).toBe(300_000_000);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(Object.keys(a.fields).sort()).toEqual(Object.keys(b.fields).sort());
    expect(a.abilities).toEqual(b.abilities);
    expect(a.nextStatuses).toEqual(b.nextStatuses);
    expect(a.label).toEqual(b.label);
    const due = (x: { createdAt: string; waiting: { target: { dueAt: string; hours: number; step: string } } }) => ({
      step: x.waiting.target.step,
      hours: x.waiting.target.hours,
      after: Date.parse(x.waiting.target.dueAt) - Date.parse(x.createdAt),
    });
    expect(due(a)).toEqual(due(b));
    expect(due(a)).toEqual({ step: 'triage', hours: 48, after: 48 * 3_600_000 });
  });

  it('orders a queue by waiting time, never by amount', async () => {
    const post = await embassy('MR');
    const amounts = [300_000_000, 15_000_000, 150_000_000, 1_000];
    const filed = [];
    for (const amountEur of amounts) filed.push(await file(await company(), { countries: ['MR'], amountEur }));
    // The cheapest request has waited the longest, and is past its triage target.
    await db()
      .updateTable('portal_support_requests')
      .set({ created_at: new Date(Date.now() - 72 * 3_600_000) })
      .where('id', '=', filed[3]!.id)
      .execute();
    const list = (await post.client.get(`/api/network/requests?queue=${post.organisationId}`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([
      filed[3]!.id,
      filed[0]!.id,
      filed[1]!.id,
      filed[2]!.id,
    ]);
    expect(list.items[0].waiting).toMatchObject({ overdue: true, hours: 72 });
    expect(list.items.slice(1).every((i: { waiting: { overdue: boolean } }) => !i.waiting.overdue)).toBe(true);
    expect(JSON.stringify(list)).not.toContain('amount');
    const overdue = (await post.client.get('/api/network/requests?overdue=true')).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([filed[3]!.id]);
    const recent = (await post.client.get(`/api/network/requests?queue=${post.organisationId}&sort=recent`)).json();
    expect(recent.items.map((i: { id: string }) => i.id)).toEqual([
      filed[2]!.id,
      filed[1]!.id,
      filed[0]!.id,
      filed[3]!.id,
    ]);

    const offices = (await post.client.get('/api/network/front-offices')).json();
    const queue = offices.queues.find(
      (q: { organisation: { id: string } }) => q.organisation.id === post.organisationId,
    );
    expect(queue).toMatchObject({ kind: 'diplomatic_post', counts: { new: 4, closed: 0 }, overdue: 1 });
    expect(offices.routingTargets.map((o: { organisation: { id: string } }) => o.organisation.id)).toContain(
      post.organisationId,
    );
    const mine = (await post.client.get('/api/network/requests?assignee=me')).json();
    expect(mine.items).toEqual([]);
  });
});

/** A signed-in agent of an existing organisation. */
async function embassyAgent(organisationId: string): Promise<Member> {
  const { name } = await db()
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return member(t, { audience: 'agent', organisation: name });
}
