import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent, tag } from '../test/people.ts';
import { comparable, RANDOM_ID } from '../test/problems.ts';
import { makeDealRoom, member } from '../test/world.ts';

const t = networkTestApp();

const agent = () => embassyAgent(t);

async function audit(objectId: string, action?: string) {
  let q = t.database.db.selectFrom('audit_log').selectAll().where('object_id', '=', objectId);
  if (action) q = q.where('action', '=', action);
  return q.orderBy('id').execute();
}

/** An agent, a company with two users, and a room opened through the API. */
async function openRoom(options: { consortium?: boolean; sector?: string; country?: string } = {}) {
  const lead = await agent();
  const colleague = await agent();
  const companyName = `Société ${tag()}`;
  const alice = await companyUser(t, { organisation: companyName });
  const bob = await companyUser(t, { organisation: companyName });
  const res = await lead.client.post('/api/network/deal-rooms', {
    name: `Centrale solaire ${tag()}`,
    project: 'Une centrale de 40 MW près de Kayes.',
    companyId: alice.organisationId,
    sector: options.sector ?? 'energy',
    country: options.country ?? 'ML',
    consortium: options.consortium ?? false,
    memberIds: [alice.id, colleague.id],
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, lead, colleague, alice, bob, companyName };
}

describe('opening a deal room', () => {
  it('is for agents only', async () => {
    const alice = await companyUser(t);
    const res = await alice.client.post('/api/network/deal-rooms', {
      name: 'Mon projet',
      companyId: alice.organisationId,
      sector: 'energy',
      country: 'ML',
      memberIds: [],
    });
    expect(res.statusCode).toBe(403);
  });

  it('names the creator, audits, assigns the agents to the company and notifies', async () => {
    const { id, lead, colleague, alice } = await openRoom();
    const created = await audit(id, 'deal_room.created');
    expect(created).toHaveLength(1);
    expect(created[0]!.actor_id).toBe(lead.id);
    const added = (await audit(id, 'deal_room.member.added')).map((e) => (e.details as { userId?: string }).userId);
    expect(added.sort()).toEqual([lead.id, alice.id, colleague.id].sort());

    const assignments = await t.database.db
      .selectFrom('net_assignments')
      .select(['agent_id', 'reason'])
      .where('member_id', '=', alice.id)
      .execute();
    expect(assignments.map((a) => a.agent_id).sort()).toEqual([lead.id, colleague.id].sort());
    expect(assignments.every((a) => a.reason === 'deal_room')).toBe(true);

    const notes = await t.database.db
      .selectFrom('net_notifications')
      .select(['user_id', 'kind'])
      .where('object_id', '=', id)
      .execute();
    expect(notes.map((n) => n.user_id).sort()).toEqual([alice.id, colleague.id].sort());

    const room = await alice.client.get(`/api/network/deal-rooms/${id}`);
    expect(room.statusCode).toBe(200);
    expect(room.headers['cache-control']).toBe('private, no-store');
    expect(room.json()).toMatchObject({ label: { level: 3, tlp: 'AMBER' }, abilities: { edit: false, post: true } });
    expect(room.json().companies).toHaveLength(1);
  });

  it('refuses classification markings and a user of another company', async () => {
    const lead = await agent();
    const alice = await companyUser(t);
    const other = await companyUser(t);
    const base = { name: 'Projet', companyId: alice.organisationId, sector: 'energy', country: 'ML', memberIds: [] };
    const marked = await lead.client.post('/api/network/deal-rooms', { ...base, project: 'DIFFUSION RESTREINTE' });
    expect(marked.statusCode).toBe(422);
    expect(marked.json().code).toBe('ERR_CLASSIFIED_MARKING');
    const foreign = await lead.client.post('/api/network/deal-rooms', { ...base, memberIds: [other.id] });
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().code).toBe('ERR_DEAL_ROOM_COMPANY');
    const unknown = await lead.client.post('/api/network/deal-rooms', { ...base, memberIds: [RANDOM_ID] });
    expect(unknown.statusCode).toBe(400);
    const notCompany = await lead.client.post('/api/network/deal-rooms', { ...base, companyId: lead.organisationId });
    expect(notCompany.statusCode).toBe(400);
  });
});

describe('a second company', () => {
  it('learns nothing of the room: same 404 as a random id, and no room listed', async () => {
    const { id } = await openRoom();
    const rival = await companyUser(t, { organisation: `Concurrent ${tag()}` });
    const outsiderAgent = await agent();
    for (const viewer of [rival, outsiderAgent]) {
      for (const path of [
        '/api/network/deal-rooms/{id}',
        '/api/network/deal-rooms/{id}/members',
        '/api/network/spaces/{id}/posts',
      ]) {
        const hidden = await viewer.client.get(path.replace('{id}', id));
        const random = await viewer.client.get(path.replace('{id}', RANDOM_ID));
        expect(hidden.statusCode, path).toBe(404);
        expect(comparable(hidden.body), path).toEqual(comparable(random.body));
      }
      const list = await viewer.client.get('/api/network/deal-rooms');
      expect(list.statusCode).toBe(200);
      expect(list.body.includes(id)).toBe(false);
      expect(list.json().total).toBe(0);
    }
    const malformed = await rival.client.get('/api/network/deal-rooms/not-a-uuid');
    expect(malformed.statusCode).toBe(404);
  });
});

describe('members and companies', () => {
  it('one company per room, then a consortium with the conflict check', async () => {
    const { id, lead, alice } = await openRoom({ sector: 'health', country: 'SN' });
    const rivalName = `Concurrent ${tag()}`;
    const rival = await companyUser(t, { organisation: rivalName });
    // The rival has its own room in the same sector and country.
    const otherRoom = await makeDealRoom(t.database.db, {
      createdBy: lead.id,
      companyId: rival.organisationId,
      sector: 'health',
      country: 'SN',
    });

    const refused = await lead.client.post(`/api/network/deal-rooms/${id}/members`, { userId: rival.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ERR_DEAL_ROOM_COMPANY');
    const notConsortium = await lead.client.post(`/api/network/deal-rooms/${id}/companies`, {
      organisationId: rival.organisationId,
    });
    expect(notConsortium.statusCode).toBe(409);
    expect(notConsortium.json().code).toBe('ERR_DEAL_ROOM_COMPANY');

    // Only the room's agents manage it.
    const byCompany = await alice.client.patch(`/api/network/deal-rooms/${id}`, { consortium: true });
    expect(byCompany.statusCode).toBe(403);
    expect((await lead.client.patch(`/api/network/deal-rooms/${id}`, { consortium: true })).statusCode).toBe(200);

    const conflict = await lead.client.post(`/api/network/deal-rooms/${id}/companies`, {
      organisationId: rival.organisationId,
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().code).toBe('ERR_DEAL_ROOM_CONFLICT');
    expect(conflict.json().detail).toContain(rivalName);
    expect(conflict.json().detail).toContain(otherRoom.name);

    const confirmed = await lead.client.post(`/api/network/deal-rooms/${id}/companies`, {
      organisationId: rival.organisationId,
      confirmConflict: true,
    });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().companies.map((c: { id: string }) => c.id)).toContain(rival.organisationId);
    expect(await audit(id, 'deal_room.conflict_confirmed')).toHaveLength(1);

    const added = await lead.client.post(`/api/network/deal-rooms/${id}/members`, { userId: rival.id });
    expect(added.statusCode).toBe(201);
    expect((await rival.client.get(`/api/network/deal-rooms/${id}`)).statusCode).toBe(200);
  });

  it('audits additions and removals, keeps one agent, and adds teams of agents only', async () => {
    const { id, lead, colleague, alice, bob } = await openRoom();
    const add = await lead.client.post(`/api/network/deal-rooms/${id}/members`, { userId: bob.id });
    expect(add.statusCode).toBe(201);
    expect(add.json().members.map((m: { id: string }) => m.id)).toContain(bob.id);
    const bobAssigned = await t.database.db
      .selectFrom('net_assignments')
      .select('agent_id')
      .where('member_id', '=', bob.id)
      .execute();
    expect(bobAssigned.map((a) => a.agent_id).sort()).toEqual([lead.id, colleague.id].sort());

    const team = await lead.client.post(`/api/network/deal-rooms/${id}/members`, {
      organisationId: colleague.organisationId,
    });
    expect(team.statusCode).toBe(201);
    expect(team.json().teams).toHaveLength(1);
    const companyAsTeam = await lead.client.post(`/api/network/deal-rooms/${id}/members`, {
      organisationId: alice.organisationId,
    });
    expect(companyAsTeam.statusCode).toBe(400);

    const byCompany = await alice.client.delete(`/api/network/deal-rooms/${id}/members/${bob.id}`);
    expect(byCompany.statusCode).toBe(403);
    const removed = await lead.client.delete(`/api/network/deal-rooms/${id}/members/${bob.id}`);
    expect(removed.statusCode).toBe(200);
    expect((await bob.client.get(`/api/network/deal-rooms/${id}`)).statusCode).toBe(404);

    await lead.client.delete(`/api/network/deal-rooms/${id}/members/${colleague.organisationId}`);
    await lead.client.delete(`/api/network/deal-rooms/${id}/members/${colleague.id}`);
    const last = await lead.client.delete(`/api/network/deal-rooms/${id}/members/${lead.id}`);
    expect(last.statusCode).toBe(409);

    const actions = (await audit(id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'deal_room.member.removed')).toHaveLength(3);
    expect(actions.filter((a) => a === 'deal_room.member.added')).toHaveLength(5);
  });

  it('audits every read of the room and its members', async () => {
    const { id, alice } = await openRoom();
    await alice.client.get(`/api/network/deal-rooms/${id}`);
    await alice.client.get(`/api/network/deal-rooms/${id}/members`);
    const reads = (await audit(id, 'restricted.read')).filter((e) => e.actor_id === alice.id);
    expect(reads).toHaveLength(2);
    expect(reads.every((e) => e.object_type === 'deal_room')).toBe(true);
  });

  it('lists only the viewer’s rooms, even for an administrator', async () => {
    const { id, lead } = await openRoom();
    const admin = await member(t, {
      audience: 'agent',
      roles: ['admin'],
      organisation: `Ministère ${tag()}`,
      organisationKind: 'ministry',
    });
    expect((await admin.client.get('/api/network/deal-rooms')).body.includes(id)).toBe(false);
    expect((await admin.client.get(`/api/network/deal-rooms/${id}`)).statusCode).toBe(404);
    const mine = await lead.client.get('/api/network/deal-rooms');
    expect(mine.json().items.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('lets agents find candidates and close the room; outsiders cannot', async () => {
    const { id, lead, alice, bob } = await openRoom();
    const found = await lead.client.get(`/api/network/deal-rooms/candidates?roomId=${id}&q=`);
    expect(found.statusCode).toBe(200);
    const ids = found.json().items.map((m: { id: string }) => m.id);
    expect(ids).not.toContain(alice.id);
    expect((await lead.client.get(`/api/network/deal-rooms/candidates?roomId=${RANDOM_ID}`)).statusCode).toBe(404);
    expect((await alice.client.get(`/api/network/deal-rooms/candidates?roomId=${id}`)).statusCode).toBe(403);
    expect((await lead.client.delete(`/api/network/deal-rooms/${id}/members/nope`)).statusCode).toBe(404);
    expect((await lead.client.post(`/api/network/deal-rooms/${id}/members`, {})).statusCode).toBe(400);

    const closed = await lead.client.patch(`/api/network/deal-rooms/${id}`, { status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', abilities: { post: false } });
    expect((await bob.client.patch(`/api/network/deal-rooms/${id}`, { status: 'open' })).statusCode).toBe(404);
    expect((await audit(id, 'deal_room.updated')).map((e) => e.details)).toEqual([
      { fields: ['status'], status: { from: 'open', to: 'closed' } },
    ]);
  });
});
