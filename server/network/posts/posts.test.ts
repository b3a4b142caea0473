import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { auditRows } from '../test/audit.ts';
import { inMonth, partnerUser } from '../test/people.ts';
import { comparable, RANDOM_ID } from '../test/problems.ts';
import { makeDealRoom, makePost, makeSpace, member } from '../test/world.ts';

const t = networkTestApp();

const agent = (roles: ('moderator' | 'admin')[] = []) => member(t, { audience: 'agent', roles });
const company = () => member(t, { audience: 'company' });
const partner = () => partnerUser(t, { expiresAt: inMonth() });
const db = () => t.database.db;

describe('posting in a space', () => {
  it('takes the space default, refuses non-members, hidden spaces, labels below the space and wrong levels', async () => {
    const owner = await agent();
    const joined = await partner();
    const outsider = await company();
    const space = await makeSpace(db(), {
      createdBy: owner.id,
      level: 1,
      defaultLevel: 2,
      members: [{ userId: joined.id }],
    });
    const agentsOnly = await makeSpace(db(), { createdBy: owner.id, level: 2 });

    const res = await owner.client.post(`/api/network/spaces/${space.id}/posts`, {
      title: 'Mission au Mali',
      body: 'Réunion **jeudi**',
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const post = res.json();
    expect(post).toMatchObject({
      spaceId: space.id,
      title: 'Mission au Mali',
      body: 'Réunion **jeudi**',
      label: { level: 2, tlp: 'AMBER+STRICT' },
      author: { id: owner.id, audience: 'agent' },
      commentCount: 0,
      hidden: null,
      abilities: { edit: true, delete: true, comment: true, react: true, lower: true, hide: true, report: false },
    });
    expect(post.bodyHtml).toContain('<strong>jeudi</strong>');

    // A partner member posts at the community level, not at the agents' default.
    const partnerPost = await joined.client.post(`/api/network/spaces/${space.id}/posts`, {
      body: 'Bonjour',
      label: { level: 1 },
    });
    expect(partnerPost.statusCode).toBe(201);
    expect(partnerPost.json().label.tlp).toBe('GREEN');
    const tooHigh = await joined.client.post(`/api/network/spaces/${space.id}/posts`, {
      body: 'x',
      label: { level: 2 },
    });
    expect(tooHigh.statusCode).toBe(403);

    const notMember = await outsider.client.post(`/api/network/spaces/${space.id}/posts`, { body: 'x' });
    expect(notMember.statusCode).toBe(403);
    expect(notMember.json().code).toBe('ERR_NOT_SPACE_MEMBER');

    const below = await owner.client.post(`/api/network/spaces/${agentsOnly.id}/posts`, {
      body: 'x',
      label: { level: 1 },
    });
    expect(below.statusCode).toBe(422);
    expect(below.json().code).toBe('ERR_LABEL_BELOW_SPACE');
    const noCompartment = await owner.client.post(`/api/network/spaces/${space.id}/posts`, {
      body: 'x',
      label: { level: 3, tlp: 'RED' },
    });
    expect(noCompartment.statusCode).toBe(422);
    expect(noCompartment.json().code).toBe('ERR_INVALID_LABEL');

    // A level-2 space is unknown to a partner: same 404 as a random id, for reads and writes.
    const hidden = await joined.client.get(`/api/network/spaces/${agentsOnly.id}/posts`);
    const random = await joined.client.get(`/api/network/spaces/${RANDOM_ID}/posts`);
    expect(hidden.statusCode).toBe(404);
    expect(comparable(hidden.body)).toEqual(comparable(random.body));
    const hiddenWrite = await joined.client.post(`/api/network/spaces/${agentsOnly.id}/posts`, { body: 'x' });
    expect(hiddenWrite.statusCode).toBe(404);
    expect((await joined.client.get('/api/network/posts/not-a-uuid')).statusCode).toBe(404);
    expect((await joined.client.get(`/api/network/spaces/${space.id}/posts?before=zzz`)).statusCode).toBe(400);
  });

  it('refuses writes in archived spaces and from suspended members, and blank bodies', async () => {
    const owner = await agent();
    const space = await makeSpace(db(), { createdBy: owner.id });
    expect((await owner.client.post(`/api/network/spaces/${space.id}/posts`, { body: '   ' })).statusCode).toBe(400);
    await db()
      .insertInto('net_suspensions')
      .values({ user_id: owner.id, reason: 'Test', created_by: owner.id })
      .execute();
    const suspended = await owner.client.post(`/api/network/spaces/${space.id}/posts`, { body: 'x' });
    expect(suspended.statusCode).toBe(403);
    expect(suspended.json().code).toBe('ERR_SUSPENDED');
    await db().updateTable('net_suspensions').set({ lifted_at: new Date() }).where('user_id', '=', owner.id).execute();
    await db().updateTable('net_spaces').set({ archived_at: new Date() }).where('id', '=', space.id).execute();
    const archived = await owner.client.post(`/api/network/spaces/${space.id}/posts`, { body: 'x' });
    expect(archived.statusCode).toBe(409);
    expect(archived.json().code).toBe('ERR_SPACE_ARCHIVED');
  });

  it('refuses classification markings in titles, bodies and comments', async () => {
    const owner = await agent();
    const space = await makeSpace(db(), { createdBy: owner.id });
    const url = `/api/network/spaces/${space.id}/posts`;
    const title = await owner.client.post(url, { title: 'Note DIFFUSION RESTREINTE', body: 'x' });
    expect(title.statusCode).toBe(422);
    expect(title.json()).toMatchObject({ code: 'ERR_CLASSIFIED_MARKING' });
    expect(title.json().detail).toContain('DIFFUSION RESTREINTE');
    const body = await owner.client.post(url, { body: 'Objet : SECRET DÉFENSE' });
    expect(body.json().code).toBe('ERR_CLASSIFIED_MARKING');
    const post = await makePost(db(), { spaceId: space.id, authorId: owner.id });
    const comment = await owner.client.post(`/api/network/posts/${post.id}/comments`, { body: 'NATO SECRET' });
    expect(comment.statusCode).toBe(422);
    expect(comment.json().code).toBe('ERR_CLASSIFIED_MARKING');
    const edit = await owner.client.patch(`/api/network/posts/${post.id}`, { body: 'TRÈS SECRET' });
    expect(edit.json().code).toBe('ERR_CLASSIFIED_MARKING');
    const count = await db().selectFrom('net_posts').select('id').where('space_id', '=', space.id).execute();
    expect(count).toHaveLength(1);
  });

  it('renders Markdown inert: no script, no event handler, no javascript: link, no remote image', async () => {
    const owner = await agent();
    const space = await makeSpace(db(), { createdBy: owner.id });
    const body = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '[clic](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=)',
      '![pixel](https://tracker.example/p.png)',
      '[ok](https://www.diplomatie.gouv.fr)',
    ].join('\n\n');
    const res = await owner.client.post(`/api/network/spaces/${space.id}/posts`, { body });
    expect(res.statusCode).toBe(201);
    const html: string = res.json().bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/<img[^>]+tracker/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://www.diplomatie.gouv.fr"');
    expect(html).toContain('rel="nofollow noopener noreferrer ugc"');
  });
});

describe('reading posts', () => {
  it('pages a space newest first with stable cursors, even within one millisecond', async () => {
    const owner = await agent();
    const space = await makeSpace(db(), { createdBy: owner.id });
    const at = new Date('2026-03-01T10:00:00.123Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await makePost(db(), { spaceId: space.id, authorId: owner.id, createdAt: at })).id);
    const older = await makePost(db(), {
      spaceId: space.id,
      authorId: owner.id,
      createdAt: new Date(at.getTime() - 1000),
    });
    // Half a millisecond later: inside the same millisecond as the others, newer by its microseconds.
    await db()
      .updateTable('net_posts')
      .set({ created_at: sql`created_at + interval '500 microseconds'` })
      .where('id', '=', ids[0]!)
      .execute();
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const url: string = `/api/network/spaces/${space.id}/posts?limit=2${cursor ? `&before=${cursor}` : ''}`;
      const res = await owner.client.get(url);
      expect(res.statusCode).toBe(200);
      const json = res.json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...json.items.map((p) => p.id));
      cursor = json.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen).toEqual([ids[0], ...ids.slice(1).sort().reverse(), older.id]);
  });

  it('shows hidden posts only to their author and moderators, with the notice', async () => {
    const owner = await agent();
    const author = await company();
    const reader = await company();
    const globalModerator = await agent(['moderator']);
    const space = await makeSpace(db(), {
      createdBy: owner.id,
      members: [{ userId: author.id }, { userId: reader.id }],
    });
    const post = await makePost(db(), { spaceId: space.id, authorId: author.id, hidden: true });
    for (const who of [author, owner, globalModerator]) {
      const res = await who.client.get(`/api/network/posts/${post.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().hidden).toMatchObject({ reason: 'test' });
      const list = await who.client.get(`/api/network/spaces/${space.id}/posts`);
      expect(list.json().items.map((p: { id: string }) => p.id)).toContain(post.id);
    }
    const denied = await reader.client.get(`/api/network/posts/${post.id}`);
    expect(denied.statusCode).toBe(404);
    expect(comparable(denied.body)).toEqual(
      comparable((await reader.client.get(`/api/network/posts/${RANDOM_ID}`)).body),
    );
    expect((await reader.client.get(`/api/network/spaces/${space.id}/posts`)).json().items).toEqual([]);
    expect((await reader.client.get(`/api/network/posts/${post.id}/comments`)).statusCode).toBe(404);
  });

  it('keeps deal-room posts invisible to outsiders (404 identical) and audits level-3 reads', async () => {
    const lead = await agent();
    const insider = await company();
    const rival = await company();
    const stranger = await agent();
    const room = await makeDealRoom(db(), {
      createdBy: lead.id,
      companyId: insider.organisationId,
      userIds: [insider.id],
    });
    const created = await insider.client.post(`/api/network/spaces/${room.id}/posts`, { body: 'Offre pour Bamako' });
    expect(created.statusCode).toBe(201);
    const post = created.json();
    expect(post.label).toMatchObject({ level: 3, tlp: 'AMBER' });
    const wrongLevel = await insider.client.post(`/api/network/spaces/${room.id}/posts`, {
      body: 'x',
      label: { level: 1 },
    });
    expect(wrongLevel.statusCode).toBe(422);
    expect(wrongLevel.json().code).toBe('ERR_INVALID_LABEL');

    for (const outsider of [rival, stranger]) {
      const random = comparable((await outsider.client.get(`/api/network/posts/${RANDOM_ID}`)).body);
      for (const url of [
        `/api/network/posts/${post.id}`,
        `/api/network/posts/${post.id}/comments`,
        `/api/network/spaces/${room.id}/posts`,
      ]) {
        const res = await outsider.client.get(url);
        expect(res.statusCode, url).toBe(404);
        expect(comparable(res.body)).toEqual(random);
        expect(res.body).not.toContain('Bamako');
      }
      const write = await outsider.client.post(`/api/network/posts/${post.id}/comments`, { body: 'x' });
      expect(write.statusCode).toBe(404);
      const react = await outsider.client.request({
        method: 'PUT',
        url: `/api/network/posts/${post.id}/reactions/like`,
      });
      expect(react.statusCode).toBe(404);
    }

    expect(await auditRows(db(), 'restricted.read', post.id)).toEqual([]);
    expect((await lead.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);
    expect((await lead.client.get(`/api/network/spaces/${room.id}/posts`)).statusCode).toBe(200);
    const reads = await auditRows(db(), 'restricted.read', post.id);
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actor_id: lead.id, object_type: 'post', details: { compartmentId: room.id } });
  });
});

describe('reactions', () => {
  it('counts per kind with the viewer’s own, idempotently, and notifies the author once per actor', async () => {
    const owner = await agent();
    const fan = await company();
    const outsider = await company();
    const space = await makeSpace(db(), { createdBy: owner.id, members: [{ userId: fan.id }] });
    const post = await makePost(db(), { spaceId: space.id, authorId: owner.id });
    const url = (kind: string) => `/api/network/posts/${post.id}/reactions/${kind}`;
    const put = (who: typeof fan, kind: string) => who.client.request({ method: 'PUT', url: url(kind) });
    expect((await put(fan, 'like')).json()).toEqual({
      counts: { like: 1, thanks: 0, insightful: 0, support: 0 },
      mine: ['like'],
    });
    await put(fan, 'like');
    await put(fan, 'thanks');
    const both = await put(owner, 'like');
    expect(both.json()).toEqual({ counts: { like: 2, thanks: 1, insightful: 0, support: 0 }, mine: ['like'] });
    const removed = await fan.client.delete(url('like'));
    expect(removed.json().counts.like).toBe(1);
    await put(fan, 'like');
    const notes = await db()
      .selectFrom('net_notifications')
      .select('kind')
      .where('user_id', '=', owner.id)
      .where('object_id', '=', post.id)
      .execute();
    expect(notes).toEqual([{ kind: 'reaction' }]);
    const stranger = await put(outsider, 'like');
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().code).toBe('ERR_NOT_SPACE_MEMBER');
    expect((await put(fan, 'love')).statusCode).toBe(400);
    const read = await fan.client.get(`/api/network/posts/${post.id}`);
    expect(read.json().reactions).toEqual({
      counts: { like: 2, thanks: 1, insightful: 0, support: 0 },
      mine: ['like', 'thanks'],
    });
  });
});

describe('mentions', () => {
  it('notifies mentioned members who can read the post, and nobody else', async () => {
    const owner = await agent();
    const colleague = await agent();
    const outsider = await partner();
    const space = await makeSpace(db(), { createdBy: owner.id, level: 1, members: [{ userId: outsider.id }] });
    const body = `Voir @[Collègue](user:${colleague.id}) et @[Partenaire](user:${outsider.id})`;
    const res = await owner.client.post(`/api/network/spaces/${space.id}/posts`, { body, label: { level: 2 } });
    expect(res.statusCode).toBe(201);
    expect(res.json().bodyHtml).toContain(`data-user-id="${colleague.id}"`);
    const notified = await db()
      .selectFrom('net_notifications')
      .select('user_id')
      .where('object_id', '=', res.json().id)
      .where('kind', '=', 'mention')
      .execute();
    expect(notified).toEqual([{ user_id: colleague.id }]);
  });
});

describe('editing and deleting', () => {
  it('lets the author edit and delete, a moderator delete (audited), and nobody else', async () => {
    const owner = await agent();
    const author = await company();
    const other = await company();
    const space = await makeSpace(db(), {
      createdBy: owner.id,
      members: [{ userId: author.id }, { userId: other.id }],
    });
    const post = await makePost(db(), { spaceId: space.id, authorId: author.id });
    expect((await other.client.patch(`/api/network/posts/${post.id}`, { body: 'x' })).statusCode).toBe(403);
    expect((await owner.client.patch(`/api/network/posts/${post.id}`, { body: 'x' })).statusCode).toBe(403);
    const edited = await author.client.patch(`/api/network/posts/${post.id}`, { title: 'Titre', body: '_nouveau_' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Titre', body: '_nouveau_' });
    expect(edited.json().editedAt).not.toBeNull();
    expect(edited.json().bodyHtml).toContain('<em>nouveau</em>');
    // Others do not get the Markdown source.
    expect((await other.client.get(`/api/network/posts/${post.id}`)).json().body).toBeNull();
    expect((await other.client.delete(`/api/network/posts/${post.id}`)).statusCode).toBe(403);
    expect((await owner.client.delete(`/api/network/posts/${post.id}`)).statusCode).toBe(204);
    expect(await auditRows(db(), 'content.deleted', post.id)).toHaveLength(1);
    expect((await author.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(404);
    const mine = await makePost(db(), { spaceId: space.id, authorId: author.id });
    expect((await author.client.delete(`/api/network/posts/${mine.id}`)).statusCode).toBe(204);
  });
});
