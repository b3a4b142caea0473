// Writes on members: your profile (markings, control characters, bad input), the verification badge,
// deactivation and assignments, with their permissions and audit rows.
import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent } from '../test/people.ts';
import type { Member } from '../test/world.ts';

const t = networkTestApp();
const agent = (roles: ('admin' | 'moderator')[] = []) => embassyAgent(t, { roles });
const company = (organisation?: string) => companyUser(t, { organisation });

const putProfile = (who: Member, payload: unknown) =>
  who.client.request({ method: 'PUT', url: '/api/network/profile', payload: payload as object });

async function audit(objectId: string) {
  return t.database.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();
}

describe('your profile', () => {
  it('starts with defaults, saves, and keeps the fields left out', async () => {
    const alice = await company();
    const empty = await alice.client.get('/api/network/profile');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ id: alice.id, title: '', sectors: [], publicProfile: false, verified: false });

    const saved = await putProfile(alice, {
      title: '  Responsable export ',
      country: 'SN',
      sectors: ['health', 'energy'],
      expertise: ['Appels d’offres', 'appels d’offres', 'Financement'],
      languages: ['fr', 'en'],
      bio: 'Ligne 1\r\nLigne 2',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      title: 'Responsable export',
      country: 'SN',
      expertise: ['Appels d’offres', 'Financement'],
      bio: 'Ligne 1\nLigne 2',
    });
    const again = await putProfile(alice, { publicProfile: true });
    expect(again.json()).toMatchObject({ title: 'Responsable export', country: 'SN', publicProfile: true });
    expect((await audit(alice.id)).map((e) => e.action)).toEqual(['member.profile.public']);

    // Public: a member of another company now sees Alice.
    const stranger = await company();
    expect((await stranger.client.get(`/api/network/members/${alice.id}`)).statusCode).toBe(200);
  });

  it('refuses classification markings in every text', async () => {
    const alice = await company();
    for (const payload of [
      { title: 'Chef SECRET DÉFENSE' },
      { bio: 'Document diffusion restreinte joint' },
      { expertise: ['NATO SECRET'] },
    ]) {
      const res = await putProfile(alice, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().code).toBe('ERR_CLASSIFIED_MARKING');
    }
    expect((await alice.client.get('/api/network/profile')).json().title).toBe('');
  });

  it('answers 400 to bad input', async () => {
    const alice = await company();
    const bad = [
      { title: 'a\u0007b' },
      { title: 'ligne\nligne' },
      { bio: 'nul\u0000' },
      { expertise: ['x'.repeat(61)] },
      { expertise: Array.from({ length: 21 }, (_, i) => `tag ${i}`) },
      { expertise: ['   '] },
      { sectors: ['spaceships'] },
      { sectors: ['energy', 'energy'] },
      { languages: ['klingon'] },
      { country: 'France' },
      { country: 'XX' },
      { bio: 'x'.repeat(2001) },
      { publicProfile: 'yes' },
      { unknown: true },
    ];
    for (const payload of bad) {
      const res = await putProfile(alice, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});

describe('verification badge', () => {
  it('is given and withdrawn by agents, audited, and filters the directory', async () => {
    const verifier = await agent();
    const alice = await company();
    const outsider = await company();
    expect((await outsider.client.post(`/api/network/members/${alice.id}/verification`)).statusCode).toBe(404);
    const colleague = await company(
      (
        await t.database.db
          .selectFrom('organisations')
          .select('name')
          .where('id', '=', alice.organisationId)
          .executeTakeFirstOrThrow()
      ).name,
    );
    expect((await colleague.client.post(`/api/network/members/${alice.id}/verification`)).statusCode).toBe(403);
    expect((await verifier.client.post(`/api/network/members/${verifier.id}/verification`)).statusCode).toBe(403);

    const given = await verifier.client.post(`/api/network/members/${alice.id}/verification`);
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json().verified).toBe(true);
    await verifier.client.post(`/api/network/members/${alice.id}/verification`);
    const list = await verifier.client.get(`/api/network/members?verified=true&organisation=${alice.organisationId}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([alice.id]);

    const withdrawn = await verifier.client.delete(`/api/network/members/${alice.id}/verification`);
    expect(withdrawn.json().verified).toBe(false);
    const entries = await audit(alice.id);
    expect(entries.map((e) => e.action)).toEqual(['member.verified', 'member.unverified']);
    expect(entries.every((e) => e.actor_id === verifier.id)).toBe(true);
  });
});

describe('deactivation', () => {
  it('is for admins, never on themselves, and takes the member out of the directory and the network', async () => {
    const admin = await agent(['admin']);
    const plainAgent = await agent();
    const alice = await company();
    const colleague = await company(
      (
        await t.database.db
          .selectFrom('organisations')
          .select('name')
          .where('id', '=', alice.organisationId)
          .executeTakeFirstOrThrow()
      ).name,
    );
    expect((await plainAgent.client.post(`/api/network/members/${alice.id}/deactivation`)).statusCode).toBe(403);
    const self = await admin.client.post(`/api/network/members/${admin.id}/deactivation`);
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('ERR_SELF_DEACTIVATION');

    const res = await admin.client.post(`/api/network/members/${alice.id}/deactivation`, { reason: 'Départ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deactivated).toBe(true);
    expect((await audit(alice.id)).map((e) => [e.action, e.details])).toEqual([
      ['member.deactivated', { reason: 'Départ' }],
    ]);

    // Alice's session no longer works; her colleague and plain agents no longer see her; admins do.
    expect([401, 403]).toContain((await alice.client.get('/api/network/profile')).statusCode);
    expect((await colleague.client.get(`/api/network/members/${alice.id}`)).statusCode).toBe(404);
    expect((await plainAgent.client.get(`/api/network/members/${alice.id}`)).statusCode).toBe(404);
    const listed = await colleague.client.get(`/api/network/members?organisation=${alice.organisationId}`);
    expect(listed.json().items.map((i: { id: string }) => i.id)).toEqual([colleague.id]);
    expect(listed.json().total).toBe(1);
    const forAdmin = await admin.client.get(`/api/network/members?organisation=${alice.organisationId}&pageSize=100`);
    expect(forAdmin.json().total).toBe(2);

    const back = await admin.client.delete(`/api/network/members/${alice.id}/deactivation`);
    expect(back.json().deactivated).toBe(false);
    expect((await audit(alice.id)).map((e) => e.action)).toEqual(['member.deactivated', 'member.reactivated']);
    expect((await alice.client.get('/api/network/profile')).statusCode).toBe(200);
  });
});

describe('assignments', () => {
  it('lets agents assign themselves or another agent to an outsider, who then sees them', async () => {
    const lead = await agent();
    const helper = await agent();
    const alice = await company();
    expect((await alice.client.get(`/api/network/members/${lead.id}`)).statusCode).toBe(404);

    const mine = await lead.client.post(`/api/network/members/${alice.id}/assignments`);
    expect(mine.statusCode, mine.body).toBe(200);
    const other = await lead.client.post(`/api/network/members/${alice.id}/assignments`, { agentId: helper.id });
    expect(
      other
        .json()
        .items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([lead.id, helper.id].sort());
    const seen = await alice.client.get(`/api/network/members/${lead.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ assignedToYou: true, abilities: { message: true } });
    expect((await audit(alice.id)).map((e) => [e.action, e.details])).toEqual([
      ['member.assigned', { agentId: lead.id }],
      ['member.assigned', { agentId: helper.id }],
    ]);

    const removed = await helper.client.delete(`/api/network/members/${alice.id}/assignments/${lead.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await helper.client.delete(`/api/network/members/${alice.id}/assignments/${lead.id}`)).statusCode).toBe(
      404,
    );
    expect((await alice.client.get(`/api/network/members/${lead.id}`)).statusCode).toBe(404);
    expect((await audit(alice.id)).at(-1)?.action).toBe('member.unassigned');
  });

  it('refuses outsiders, agents as targets, and unknown agents', async () => {
    const lead = await agent();
    const other = await agent();
    const alice = await company();
    const bob = await company();
    await lead.client.post(`/api/network/members/${alice.id}/assignments`, {});
    // Alice sees her assigned agent but may not assign anyone.
    expect((await alice.client.post(`/api/network/members/${lead.id}/assignments`, {})).statusCode).toBe(403);
    expect((await bob.client.post(`/api/network/members/${alice.id}/assignments`, {})).statusCode).toBe(404);
    expect((await lead.client.post(`/api/network/members/${other.id}/assignments`, {})).statusCode).toBe(400);
    for (const agentId of [alice.id, 'nope', '0badc0de-0000-4000-8000-000000000000']) {
      const res = await lead.client.post(`/api/network/members/${bob.id}/assignments`, { agentId });
      expect(res.statusCode, agentId).toBe(400);
    }
  });
});

describe('the OpenAPI description', () => {
  it('documents the members routes with their schemas', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>>;
    };
    for (const path of [
      '/api/network/members',
      '/api/network/members/autocomplete',
      '/api/network/members/{id}',
      '/api/network/profile',
      '/api/network/members/{id}/verification',
      '/api/network/members/{id}/deactivation',
      '/api/network/members/{id}/assignments',
      '/api/network/members/{id}/assignments/{agentId}',
    ]) {
      const operations = Object.values(doc.paths[path] ?? {});
      expect(operations.length, path).toBeGreaterThan(0);
      for (const operation of operations) expect(operation.tags).toEqual(['network-members']);
    }
  });
});
