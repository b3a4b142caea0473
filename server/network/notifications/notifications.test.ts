import { describe, expect, it } from 'vitest';
import { notify } from '../core/notify.ts';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent, tag } from '../test/people.ts';
import { type Member, makeComment, makeDealRoom, makePost, makeSpace } from '../test/world.ts';
import { flushImmediateEmails, parisDay, sendDailyDigests } from './index.ts';

const t = networkTestApp();
const agent = (roles: ('moderator' | 'admin')[] = []) => embassyAgent(t, { roles, name: `Agent ${tag()}` });
const company = () => companyUser(t, { name: `Cadre ${tag()}` });
const deps = () => ({ db: t.database.db, config: t.config, mailer: t.app.mailer });

async function notifyPost(
  recipient: Member,
  actor: Member,
  post: { id: string },
  kind: 'mention' | 'comment' = 'mention',
) {
  const row = await t.database.db
    .selectFrom('net_posts')
    .select(['level', 'compartment_id'])
    .where('id', '=', post.id)
    .executeTakeFirstOrThrow();
  const sent = await notify(t.database.db, {
    recipients: [recipient.id],
    kind,
    actorId: actor.id,
    object: { type: 'post', id: post.id, level: row.level, compartmentId: row.compartment_id },
  });
  expect(sent).toEqual([recipient.id]);
}

async function state(who: Member) {
  const list = await who.client.get('/api/network/notifications?limit=50');
  const count = await who.client.get('/api/network/notifications/count');
  expect(list.statusCode).toBe(200);
  expect(count.statusCode).toBe(200);
  expect(list.headers['cache-control']).toBe('private, no-store');
  const items = list.json().items as { id: number; object: { id: string }; read: boolean; text: string }[];
  const unread = count.json().unread as number;
  expect(items.filter((i) => !i.read)).toHaveLength(unread);
  return { items, unread, objectIds: items.map((i) => i.object.id) };
}

describe('notifications in the app', () => {
  it('list and count agree and drop what the reader can no longer read: relabelled, hidden, left room', async () => {
    const author = await agent();
    const reader = await company();
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: author.id, level: 1, members: [{ userId: reader.id }] });
    const kept = await makePost(db, { spaceId: space.id, authorId: author.id, title: `Gardée ${tag()}` });
    const raised = await makePost(db, { spaceId: space.id, authorId: author.id, title: `Relevée ${tag()}` });
    const hidden = await makePost(db, { spaceId: space.id, authorId: author.id });
    const onComment = await makePost(db, { spaceId: space.id, authorId: reader.id });
    const comment = await makeComment(db, { postId: onComment.id, authorId: author.id, body: `Réponse ${tag()}` });
    const room = await makeDealRoom(db, {
      createdBy: author.id,
      companyId: reader.organisationId,
      userIds: [reader.id],
    });
    const roomPost = await makePost(db, { spaceId: room.id, authorId: author.id, level: 3, body: `Offre ${tag()}` });
    for (const post of [kept, raised, hidden, roomPost]) await notifyPost(reader, author, post);
    await notify(db, {
      recipients: [reader.id],
      kind: 'comment',
      actorId: author.id,
      object: { type: 'comment', id: comment.id, level: 1, compartmentId: null },
    });

    let s = await state(reader);
    expect(s.unread).toBe(5);
    expect(s.objectIds).toEqual(expect.arrayContaining([kept.id, raised.id, hidden.id, roomPost.id, comment.id]));

    await db.updateTable('net_posts').set({ level: 2, tlp: 'AMBER+STRICT' }).where('id', '=', raised.id).execute();
    s = await state(reader);
    expect(s.unread).toBe(4);
    expect(s.objectIds).not.toContain(raised.id);

    const hide = { hidden_at: new Date(), hidden_by: author.id, hidden_reason: 'test' };
    await db.updateTable('net_posts').set(hide).where('id', '=', hidden.id).execute();
    await db.updateTable('net_comments').set(hide).where('id', '=', comment.id).execute();
    s = await state(reader);
    expect(s.unread).toBe(2);
    expect(s.objectIds).not.toContain(hidden.id);
    expect(s.objectIds).not.toContain(comment.id);

    await db
      .deleteFrom('compartment_members')
      .where('compartment_id', '=', room.id)
      .where('user_id', '=', reader.id)
      .execute();
    s = await state(reader);
    expect(s.unread).toBe(1);
    expect(s.objectIds).toEqual([kept.id]);
    expect(JSON.stringify(s.items)).not.toContain(room.name);
  });

  it('moderators and the author still see notifications of hidden items; level-3 ones are audited', async () => {
    const author = await agent();
    const moderator = await agent(['moderator']);
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: author.id, level: 1 });
    const post = await makePost(db, { spaceId: space.id, authorId: author.id, hidden: true });
    await notifyPost(moderator, author, post);
    expect((await state(moderator)).objectIds).toEqual([post.id]);

    const room = await makeDealRoom(db, {
      createdBy: author.id,
      companyId: moderator.organisationId,
      userIds: [moderator.id],
    });
    const roomPost = await makePost(db, { spaceId: room.id, authorId: author.id, level: 3 });
    await notifyPost(moderator, author, roomPost);
    const list = await moderator.client.get('/api/network/notifications');
    expect(list.json().items[0].object.label.level).toBe(3);
    const audited = await db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', moderator.id)
      .where('object_id', '=', roomPost.id)
      .execute();
    expect(audited.map((a) => a.action)).toContain('restricted.read');
  });

  it('names the actor only when the directory lets the reader see them', async () => {
    const author = await agent();
    const reader = await company();
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: author.id, level: 1 });
    const post = await makePost(db, { spaceId: space.id, authorId: author.id, body: 'Bonjour @[Cadre](user:x)' });
    await notifyPost(reader, author, post);
    let item = (await reader.client.get('/api/network/notifications')).json().items[0];
    expect(item.actor).toBeNull();
    expect(item.text).toBe('Un membre vous a mentionné');
    expect(JSON.stringify(item)).not.toContain(author.id);
    expect(item.link).toBe(`/reseau/publications/${post.id}`);

    await db
      .insertInto('net_assignments')
      .values({ member_id: reader.id, agent_id: author.id, reason: 'manual' })
      .execute();
    reader.client.lang = 'en';
    item = (await reader.client.get('/api/network/notifications')).json().items[0];
    expect(item.actor.id).toBe(author.id);
    expect(item.text).toMatch(/ mentioned you$/);
  });

  it('pages with a cursor, filters unread, marks read (own ids only) and refuses bad input', async () => {
    const author = await agent();
    const reader = await agent();
    const other = await agent();
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: author.id, level: 1 });
    const posts = [];
    for (let i = 0; i < 3; i++) posts.push(await makePost(db, { spaceId: space.id, authorId: author.id }));
    // One statement: the three share their created_at, and the keyset must still page through all of them.
    await db
      .insertInto('net_notifications')
      .values(
        posts.map((p) => ({
          user_id: reader.id,
          kind: 'mention',
          actor_id: author.id,
          object_type: 'post' as const,
          object_id: p.id,
          level: 1,
          compartment_id: null,
        })),
      )
      .execute();
    await notifyPost(other, author, posts[0]!);

    const first = (await reader.client.get('/api/network/notifications?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = (
      await reader.client.get(`/api/network/notifications?limit=2&before=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i: { object: { id: string } }) => i.object.id))).toEqual(
      new Set(posts.map((p) => p.id)),
    );

    const otherId = (await other.client.get('/api/network/notifications')).json().items[0].id as number;
    const marked = await reader.client.post('/api/network/notifications/read', { ids: [first.items[0].id, otherId] });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toEqual({ unread: 2 });
    expect((await other.client.get('/api/network/notifications/count')).json()).toEqual({ unread: 1 });
    const unread = (await reader.client.get('/api/network/notifications?unread=true')).json();
    expect(unread.items.map((i: { id: number }) => i.id)).not.toContain(first.items[0].id);
    expect((await reader.client.post('/api/network/notifications/read', { all: true })).json()).toEqual({ unread: 0 });

    for (const bad of [{}, { ids: [] }, { ids: ['x'] }, { all: false }, { ids: [1], extra: 1 }]) {
      expect((await reader.client.post('/api/network/notifications/read', bad)).statusCode).toBe(400);
    }
    expect((await reader.client.get('/api/network/notifications?before=nope')).statusCode).toBe(400);
    const forged = Buffer.from('2026-02-30T10:00:00.000000Z|5').toString('base64url');
    expect((await reader.client.get(`/api/network/notifications?before=${forged}`)).statusCode).toBe(400);
    expect((await reader.client.get('/api/network/notifications?limit=500')).statusCode).toBe(400);
  });

  it('needs a signed-in member', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/network/notifications/count' });
    expect(res.statusCode).toBe(401);
  });
});

describe('e-mail settings', () => {
  it('default to a daily digest at 7 (Paris), are validated and saved', async () => {
    const reader = await company();
    const url = '/api/network/notifications/settings';
    expect((await reader.client.get(url)).json()).toEqual({ email: 'daily', digestHour: 7, timeZone: 'Europe/Paris' });
    for (const bad of [
      { email: 'weekly', digestHour: 7 },
      { email: 'daily', digestHour: 24 },
      { email: 'daily', digestHour: -1 },
      { email: 'daily', digestHour: 7.5 },
      { email: 'daily' },
      { email: 'off', digestHour: 7, other: true },
    ]) {
      const res = await reader.client.request({ method: 'PUT', url, payload: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const saved = await reader.client.request({ method: 'PUT', url, payload: { email: 'immediate', digestHour: 18 } });
    expect(saved.statusCode).toBe(200);
    expect((await reader.client.get(url)).json()).toEqual({
      email: 'immediate',
      digestHour: 18,
      timeZone: 'Europe/Paris',
    });
  });

  it('knows the Paris hour and when the Paris day began, across clock changes', () => {
    expect(parisDay(new Date('2030-01-15T11:30:00Z'))).toEqual({
      hour: 12,
      startOfDay: new Date('2030-01-14T23:00:00Z'),
    });
    expect(parisDay(new Date('2030-07-15T21:30:00Z'))).toEqual({
      hour: 23,
      startOfDay: new Date('2030-07-14T22:00:00Z'),
    });
    // 31 March 2030: clocks go forward at 2:00; the day began at 23:00 UTC the day before.
    expect(parisDay(new Date('2030-03-31T10:00:00Z'))).toEqual({
      hour: 12,
      startOfDay: new Date('2030-03-30T23:00:00Z'),
    });
  });
});

const setMode = (who: Member, email: 'off' | 'immediate' | 'daily', digestHour = 0) =>
  who.client.request({ method: 'PUT', url: '/api/network/notifications/settings', payload: { email, digestHour } });

describe('notification e-mails', () => {
  it('immediate: one e-mail per notification, restricted items without their text, in the reader’s language', async () => {
    const author = await agent();
    const reader = await agent();
    const db = t.database.db;
    expect((await setMode(reader, 'immediate')).statusCode).toBe(200);
    await db
      .insertInto('net_assignments')
      .values({ member_id: reader.id, agent_id: author.id, reason: 'manual' })
      .execute();
    const space = await makeSpace(db, { createdBy: author.id, level: 1, name: `Espace Eau ${tag()}` });
    const title = `Salon de l’eau à Bamako ${tag()}`;
    const open = await makePost(db, { spaceId: space.id, authorId: author.id, title });
    await notifyPost(reader, author, open);
    expect(await flushImmediateEmails(deps())).toBeGreaterThanOrEqual(1);
    const mail = await t.smtp.waitFor(reader.email);
    expect(mail.subject).toMatch(/vous a mentionné/);
    expect(mail.text).toContain(title);
    expect(mail.text).toContain(`${t.config.publicUrl}/reseau/publications/${open.id}`);

    const secret = `Note interne ${tag()}`;
    const agentsOnly = await makePost(db, {
      spaceId: space.id,
      authorId: author.id,
      level: 2,
      title: secret,
      body: secret,
    });
    await notifyPost(reader, author, agentsOnly);
    await db.updateTable('users').set({ lang: 'en' }).where('id', '=', reader.id).execute();
    await flushImmediateEmails(deps());
    const restricted = await t.smtp.waitFor(reader.email);
    expect(restricted.subject).toMatch(/a restricted item/);
    expect(restricted.text).toContain('a restricted item');
    expect(restricted.text).toContain(`/reseau/publications/${agentsOnly.id}`);
    expect(`${restricted.subject}\n${restricted.text}\n${restricted.html || ''}`).not.toContain(secret);
    expect(restricted.text).not.toContain(space.id);

    // Read in the app, or no longer readable: marked e-mailed, nothing sent.
    const gone = await makePost(db, { spaceId: space.id, authorId: author.id, title: `Disparue ${tag()}` });
    await notifyPost(reader, author, gone);
    await db
      .updateTable('net_posts')
      .set({ hidden_at: new Date(), hidden_by: author.id })
      .where('id', '=', gone.id)
      .execute();
    const before = t.smtp.messages.length;
    await flushImmediateEmails(deps());
    const row = await db
      .selectFrom('net_notifications')
      .select('emailed_at')
      .where('object_id', '=', gone.id)
      .executeTakeFirstOrThrow();
    expect(row.emailed_at).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.smtp.messages.slice(before).some((m) => (m.text ?? '').includes(gone.id))).toBe(false);
  });

  it('a digest lists what is still readable and never names a room, an agents-only title or what was lost', async () => {
    const author = await agent();
    const reader = await agent();
    const db = t.database.db;
    expect((await setMode(reader, 'daily', 0)).statusCode).toBe(200);
    const space = await makeSpace(db, { createdBy: author.id, level: 1 });
    const openTitle = `Mission agroalimentaire Dakar ${tag()}`;
    const open = await makePost(db, { spaceId: space.id, authorId: author.id, title: openTitle });
    const agentsTitle = `Note diplomatique ${tag()}`;
    const agentsOnly = await makePost(db, { spaceId: space.id, authorId: author.id, level: 2, title: agentsTitle });
    const roomName = `Projet Solaire Kayes ${tag()}`;
    const room = await makeDealRoom(db, {
      createdBy: author.id,
      companyId: author.organisationId,
      name: roomName,
      userIds: [reader.id],
    });
    const roomBody = `Offre confidentielle ${tag()}`;
    const roomPost = await makePost(db, {
      spaceId: room.id,
      authorId: author.id,
      level: 3,
      body: roomBody,
      title: roomBody,
    });
    const lostName = `Ancienne salle ${tag()}`;
    const lostRoom = await makeDealRoom(db, {
      createdBy: author.id,
      companyId: author.organisationId,
      name: lostName,
      userIds: [reader.id],
    });
    const lostBody = `Texte perdu ${tag()}`;
    const lost = await makePost(db, {
      spaceId: lostRoom.id,
      authorId: author.id,
      level: 3,
      title: lostBody,
      body: lostBody,
    });
    for (const post of [open, agentsOnly, roomPost, lost]) await notifyPost(reader, author, post);
    await notify(db, {
      recipients: [reader.id],
      kind: 'deal_room_added',
      actorId: author.id,
      object: { type: 'space', id: room.id, level: 3, compartmentId: room.id },
    });
    await db
      .deleteFrom('compartment_members')
      .where('compartment_id', '=', lostRoom.id)
      .where('user_id', '=', reader.id)
      .execute();

    expect(await sendDailyDigests(deps(), new Date())).toBeGreaterThanOrEqual(1);
    const mail = await t.smtp.waitFor(reader.email, { subject: /résumé/ });
    const raw = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
    expect(mail.subject).toMatch(/4 notifications/);
    expect(mail.text).toContain(openTitle);
    for (const secret of [agentsTitle, roomName, roomBody, lostName, lostBody, lostRoom.id, lost.id]) {
      expect(raw, secret).not.toContain(secret);
    }
    expect(mail.text?.match(/un contenu à diffusion restreinte/g)).toHaveLength(3);
    expect(mail.text).toContain(`/reseau/salles/${room.id}`);

    // Once a day: nothing more today, even with a new notification.
    await notifyPost(reader, author, await makePost(db, { spaceId: space.id, authorId: author.id }));
    const before = t.smtp.messages.length;
    await sendDailyDigests(deps(), new Date());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.smtp.messages.slice(before).filter((m) => JSON.stringify(m.to).includes(reader.email))).toHaveLength(0);
    const pending = await db
      .selectFrom('net_notifications')
      .select('id')
      .where('user_id', '=', reader.id)
      .where('emailed_at', 'is', null)
      .execute();
    expect(pending).toHaveLength(1);
  });

  it('no digest when nothing is still readable, nor for users who turned e-mails off or have not reached their hour', async () => {
    const author = await agent();
    const lostReader = await company();
    const offReader = await company();
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: author.id, level: 1 });
    const post = await makePost(db, { spaceId: space.id, authorId: author.id });
    await notifyPost(lostReader, author, post);
    await notifyPost(offReader, author, post);
    await setMode(offReader, 'off');
    await db.updateTable('net_posts').set({ level: 2, tlp: 'AMBER+STRICT' }).where('id', '=', post.id).execute();
    await setMode(lostReader, 'daily', 0);
    const late = await agent();
    await setMode(late, 'daily', 23);
    await notifyPost(late, author, await makePost(db, { spaceId: space.id, authorId: author.id }));

    const before = t.smtp.messages.length;
    // 20:00 in Paris: `late` (23:00) is not due yet.
    await sendDailyDigests(deps(), new Date('2030-01-15T19:00:00Z'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const to = (m: (typeof t.smtp.messages)[number]) => JSON.stringify(m.to);
    const received = t.smtp.messages.slice(before).map(to).join(' ');
    expect(received).not.toContain(lostReader.email);
    expect(received).not.toContain(offReader.email);
    expect(received).not.toContain(late.email);
  });
});
