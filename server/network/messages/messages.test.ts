import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent, tag } from '../test/people.ts';
import { comparable, RANDOM_ID } from '../test/problems.ts';

const t = networkTestApp();

const agent = () => embassyAgent(t, { name: `Agent ${tag()}` });
const company = () => companyUser(t, { name: `Cadre ${tag()}` });
const assign = (memberId: string, agentId: string) =>
  t.database.db
    .insertInto('net_assignments')
    .values({ member_id: memberId, agent_id: agentId, reason: 'manual' })
    .execute();

describe('who may write to whom', () => {
  it('outsiders write only to their assigned agents; an unknown id is refused the same way', async () => {
    const alice = await company();
    const assigned = await agent();
    const stranger = await agent();
    const colleague = await company();
    await assign(alice.id, assigned.id);

    const refused = await alice.client.post('/api/network/messages', {
      participantIds: [stranger.id],
      body: 'Bonjour',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('ERR_RECIPIENT_NOT_ALLOWED');
    const unknown = await alice.client.post('/api/network/messages', { participantIds: [RANDOM_ID], body: 'Bonjour' });
    expect(comparable(unknown.body)).toEqual(comparable(refused.body));
    const malformed = await alice.client.post('/api/network/messages', { participantIds: ['nope'], body: 'Bonjour' });
    expect(comparable(malformed.body)).toEqual(comparable(refused.body));
    const toCompany = await alice.client.post('/api/network/messages', {
      participantIds: [colleague.id],
      body: 'Salut',
    });
    expect(toCompany.statusCode).toBe(403);
    const mixed = await alice.client.post('/api/network/messages', {
      participantIds: [assigned.id, stranger.id],
      body: 'Bonjour',
    });
    expect(mixed.statusCode).toBe(403);

    const ok = await alice.client.post('/api/network/messages', { participantIds: [assigned.id], body: 'Bonjour' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().message).toMatchObject({ mine: true, label: { level: 3, tlp: 'RED' } });

    const recipients = await alice.client.get('/api/network/messages/recipients');
    expect(recipients.json().items.map((r: { id: string }) => r.id)).toEqual([assigned.id]);
    const byId = await alice.client.get(`/api/network/messages/recipients?id=${stranger.id}`);
    expect(byId.json().items).toEqual([]);
    expect((await alice.client.get('/api/network/messages/recipients?id=nope')).json().items).toEqual([]);
    const preset = await alice.client.get(`/api/network/messages/recipients?id=${assigned.id}`);
    expect(preset.json().items.map((r: { id: string }) => r.id)).toEqual([assigned.id]);
  });

  it('agents write to any listed member and groups; one-to-one conversations are reused', async () => {
    const lead = await agent();
    const alice = await company();
    const bob = await company();
    const first = await lead.client.post('/api/network/messages', { participantIds: [alice.id], body: 'Premier' });
    expect(first.statusCode).toBe(201);
    const again = await lead.client.post('/api/network/messages', { participantIds: [alice.id], body: 'Second' });
    expect(again.json()).toMatchObject({ id: first.json().id, reused: true });
    const group = await lead.client.post('/api/network/messages', {
      participantIds: [alice.id, bob.id],
      title: 'Mission au Mali',
      body: 'À tous',
    });
    expect(group.statusCode).toBe(201);
    expect(group.json().id).not.toBe(first.json().id);

    // Alice may answer the agent who wrote to her, and sees her unread messages.
    const list = await alice.client.get('/api/network/messages');
    const oneToOne = list.json().items.find((c: { id: string }) => c.id === first.json().id);
    expect(oneToOne.unread).toBe(2);
    expect(oneToOne.lastMessage.excerpt).toBe('Second');
    expect(oneToOne.participants.map((p: { id: string }) => p.id).sort()).toEqual([lead.id, alice.id].sort());
    const answer = await alice.client.post(`/api/network/messages/${first.json().id}`, { body: 'Merci' });
    expect(answer.statusCode).toBe(201);
    const notes = await t.database.db
      .selectFrom('net_notifications')
      .select('user_id')
      .where('object_id', '=', first.json().id)
      .where('kind', '=', 'message')
      .execute();
    expect(notes.map((n) => n.user_id).sort()).toEqual([alice.id, alice.id, lead.id].sort());
  });
});

describe('reading a conversation', () => {
  it('is audited once per read, marks it read, pages newest first, and is 404 to others', async () => {
    const lead = await agent();
    const alice = await company();
    const outsider = await agent();
    const { id } = (await lead.client.post('/api/network/messages', { participantIds: [alice.id], body: 'Un' })).json();
    for (const body of ['Deux', 'Trois']) await lead.client.post(`/api/network/messages/${id}`, { body });

    const first = await alice.client.get(`/api/network/messages/${id}?limit=2`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-store');
    const page = first.json();
    expect(page.messages.map((m: { bodyHtml: string }) => m.bodyHtml.trim())).toEqual(['<p>Trois</p>', '<p>Deux</p>']);
    const next = (await alice.client.get(`/api/network/messages/${id}?limit=2&before=${page.nextCursor}`)).json();
    expect(next.messages).toHaveLength(1);
    expect(next.nextCursor).toBeNull();

    const reads = await t.database.db
      .selectFrom('audit_log')
      .select(['object_type', 'actor_id'])
      .where('action', '=', 'restricted.read')
      .where('object_id', '=', id)
      .where('actor_id', '=', alice.id)
      .execute();
    expect(reads).toHaveLength(2);
    expect(reads.every((r) => r.object_type === 'conversation')).toBe(true);
    const list = (await alice.client.get('/api/network/messages')).json();
    expect(list.items.find((c: { id: string }) => c.id === id).unread).toBe(0);

    for (const path of ['/api/network/messages/{id}']) {
      const hidden = await outsider.client.get(path.replace('{id}', id));
      const random = await outsider.client.get(path.replace('{id}', RANDOM_ID));
      expect(hidden.statusCode).toBe(404);
      expect(comparable(hidden.body)).toEqual(comparable(random.body));
    }
    const hiddenReply = await outsider.client.post(`/api/network/messages/${id}`, { body: 'Intrus' });
    const randomReply = await outsider.client.post(`/api/network/messages/${RANDOM_ID}`, { body: 'Intrus' });
    expect(hiddenReply.statusCode).toBe(404);
    expect(comparable(hiddenReply.body)).toEqual(comparable(randomReply.body));
    expect((await outsider.client.get('/api/network/messages')).body.includes(id)).toBe(false);
  });
});

describe('write rules', () => {
  it('refuses markings and suspended writers, and renders Markdown safely', async () => {
    const lead = await agent();
    const alice = await company();
    const marked = await lead.client.post('/api/network/messages', {
      participantIds: [alice.id],
      body: 'SECRET DÉFENSE',
    });
    expect(marked.statusCode).toBe(422);
    expect(marked.json().code).toBe('ERR_CLASSIFIED_MARKING');
    const markedTitle = await lead.client.post('/api/network/messages', {
      participantIds: [alice.id],
      title: 'Diffusion restreinte',
      body: 'Bonjour',
    });
    expect(markedTitle.statusCode).toBe(422);

    const html = await lead.client.post('/api/network/messages', {
      participantIds: [alice.id],
      body: '<script>alert(1)</script> [lien](javascript:alert(1))',
    });
    expect(html.statusCode).toBe(201);
    expect(html.json().message.bodyHtml).not.toContain('<script');
    expect(html.json().message.bodyHtml).not.toContain('href="javascript');

    await t.database.db
      .insertInto('net_suspensions')
      .values({ user_id: alice.id, reason: 'Spam', created_by: lead.id })
      .execute();
    const suspended = await alice.client.post(`/api/network/messages/${html.json().id}`, { body: 'Puis-je ?' });
    expect(suspended.statusCode).toBe(403);
    expect(suspended.json().code).toBe('ERR_SUSPENDED');
    const view = (await alice.client.get(`/api/network/messages/${html.json().id}`)).json();
    expect(view.abilities.reply).toBe(false);
  });
});
