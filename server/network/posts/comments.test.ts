import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { auditRows } from '../test/audit.ts';
import { inMonth, partnerUser } from '../test/people.ts';
import { RANDOM_ID } from '../test/problems.ts';
import { makeComment, makePost, makeSpace, member } from '../test/world.ts';

const t = networkTestApp();

const agent = (roles: ('moderator' | 'admin')[] = []) => member(t, { audience: 'agent', roles });
const company = () => member(t, { audience: 'company' });
const partner = () => partnerUser(t, { expiresAt: inMonth() });
const db = () => t.database.db;

describe('comments', () => {
  it('refuses write-down, defaults to the post’s label and notifies the post’s author', async () => {
    const owner = await agent();
    const colleague = await agent();
    const space = await makeSpace(db(), { createdBy: owner.id, level: 1, members: [{ userId: colleague.id }] });
    const post = await makePost(db(), { spaceId: space.id, authorId: owner.id, level: 2 });
    const url = `/api/network/posts/${post.id}/comments`;
    const down = await colleague.client.post(url, { body: 'x', label: { level: 1 } });
    expect(down.statusCode).toBe(422);
    expect(down.json().code).toBe('ERR_LEVEL_WRITE_DOWN');
    const ok = await colleague.client.post(url, { body: 'Vu' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ postId: post.id, label: { level: 2 }, body: 'Vu' });
    const note = await db()
      .selectFrom('net_notifications')
      .select(['kind', 'object_type'])
      .where('user_id', '=', owner.id)
      .where('object_id', '=', ok.json().id)
      .execute();
    expect(note).toEqual([{ kind: 'comment', object_type: 'comment' }]);
  });

  it('shows each audience only the comments it may read, and counts only those', async () => {
    const owner = await agent();
    const outsider = await partner();
    const commenter = await company();
    const space = await makeSpace(db(), {
      createdBy: owner.id,
      level: 1,
      members: [{ userId: outsider.id }, { userId: commenter.id }],
    });
    const post = await makePost(db(), { spaceId: space.id, authorId: outsider.id, level: 1 });
    const open = await makeComment(db(), { postId: post.id, authorId: owner.id, level: 1 });
    const agentsOnly = await makeComment(db(), {
      postId: post.id,
      authorId: owner.id,
      level: 2,
      body: 'réservé agents',
    });
    const hidden = await makeComment(db(), { postId: post.id, authorId: commenter.id, level: 1 });
    await db()
      .updateTable('net_comments')
      .set({ hidden_at: new Date(), hidden_reason: 'hors sujet' })
      .where('id', '=', hidden.id)
      .execute();

    const ids = async (who: typeof owner) =>
      ((await who.client.get(`/api/network/posts/${post.id}/comments`)).json().items as { id: string }[]).map(
        (c) => c.id,
      );
    const count = async (who: typeof owner) =>
      (await who.client.get(`/api/network/posts/${post.id}`)).json().commentCount;

    expect(await ids(outsider)).toEqual([open.id]);
    expect(await count(outsider)).toBe(1);
    const partnerView = await outsider.client.get(`/api/network/posts/${post.id}/comments`);
    expect(partnerView.body).not.toContain('réservé agents');
    expect(await ids(commenter)).toEqual([open.id, hidden.id]);
    expect(await count(commenter)).toBe(2);
    // The owner moderates the space: every comment, hidden ones with their notice.
    expect(await ids(owner)).toEqual([open.id, agentsOnly.id, hidden.id]);
    expect(await count(owner)).toBe(3);
    const listed = (await owner.client.get(`/api/network/posts/${post.id}/comments`)).json().items;
    expect(listed[2].hidden).toMatchObject({ reason: 'hors sujet' });
    const spaceList = await outsider.client.get(`/api/network/spaces/${space.id}/posts`);
    expect(spaceList.json().items[0].commentCount).toBe(1);
  });

  it('pages comments oldest first, edits and deletes them', async () => {
    const owner = await agent();
    const member2 = await company();
    const space = await makeSpace(db(), { createdBy: owner.id, members: [{ userId: member2.id }] });
    const post = await makePost(db(), { spaceId: space.id, authorId: owner.id });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await member2.client.post(`/api/network/posts/${post.id}/comments`, { body: `n°${i}` });
      made.push(res.json().id);
    }
    const first = await owner.client.get(`/api/network/posts/${post.id}/comments?limit=2`);
    const next = first.json().nextCursor as string;
    const second = await owner.client.get(`/api/network/posts/${post.id}/comments?limit=2&after=${next}`);
    expect([...first.json().items, ...second.json().items].map((c: { id: string }) => c.id)).toEqual(made);
    expect(second.json().nextCursor).toBeNull();
    expect((await owner.client.patch(`/api/network/comments/${made[0]}`, { body: 'x' })).statusCode).toBe(403);
    const edited = await member2.client.patch(`/api/network/comments/${made[0]}`, { body: '**édité**' });
    expect(edited.json().bodyHtml).toContain('<strong>édité</strong>');
    expect((await member2.client.delete(`/api/network/comments/${made[1]}`)).statusCode).toBe(204);
    expect((await owner.client.delete(`/api/network/comments/${made[2]}`)).statusCode).toBe(204);
    expect(await auditRows(db(), 'content.deleted', made[2]!)).toHaveLength(1);
    expect((await owner.client.delete(`/api/network/comments/${RANDOM_ID}`)).statusCode).toBe(404);
  });
});

describe('attachments', () => {
  const pending = async (uploaderId: string, filename = 'note.txt') =>
    db()
      .insertInto('net_attachments')
      .values({ uploader_id: uploaderId, filename, media_type: 'text/plain', size: 12, sha256: 'a'.repeat(64) })
      .returning('id')
      .executeTakeFirstOrThrow();

  it('attach the author’s pending uploads, take the post’s label and follow it, never someone else’s', async () => {
    const owner = await agent();
    const outsider = await partner();
    const space = await makeSpace(db(), { createdBy: owner.id, level: 1, members: [{ userId: outsider.id }] });
    const mine = await pending(owner.id);
    const theirs = await pending(outsider.id);
    const refused = await owner.client.post(`/api/network/spaces/${space.id}/posts`, {
      body: 'Avec pièce jointe',
      attachmentIds: [mine.id, theirs.id],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('ERR_ATTACHMENT_UNAVAILABLE');
    // Nothing was written: the post and the attachment go together or not at all.
    const posts = await db().selectFrom('net_posts').select('id').where('space_id', '=', space.id).execute();
    expect(posts).toEqual([]);

    const res = await owner.client.post(`/api/network/spaces/${space.id}/posts`, {
      body: 'Avec pièce jointe',
      attachmentIds: [mine.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().attachments).toEqual([
      {
        id: mine.id,
        filename: 'note.txt',
        mediaType: 'text/plain',
        size: 12,
        url: `/api/network/attachments/${mine.id}`,
      },
    ]);
    const label = () =>
      db()
        .selectFrom('net_attachments')
        .select(['level', 'tlp', 'post_id'])
        .where('id', '=', mine.id)
        .executeTakeFirstOrThrow();
    expect(await label()).toEqual({ level: 1, tlp: 'GREEN', post_id: res.json().id });
    expect((await outsider.client.get(`/api/network/posts/${res.json().id}`)).json().attachments).toHaveLength(1);
    await owner.client.post(`/api/network/posts/${res.json().id}/label`, { level: 2 });
    expect(await label()).toMatchObject({ level: 2, tlp: 'AMBER+STRICT' });
    const feed = await outsider.client.get('/api/network/feed');
    expect(feed.body).not.toContain(mine.id);
  });
});
