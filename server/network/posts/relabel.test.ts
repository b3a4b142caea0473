import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { auditRows } from '../test/audit.ts';
import { inMonth, partnerUser } from '../test/people.ts';
import { makeComment, makeDealRoom, makePost, makeSpace, member } from '../test/world.ts';

const t = networkTestApp();

const agent = (roles: ('moderator' | 'admin')[] = []) => member(t, { audience: 'agent', roles });
const company = () => member(t, { audience: 'company' });
const partner = () => partnerUser(t, { expiresAt: inMonth() });
const db = () => t.database.db;

const audit = (action: string, objectId: string) => auditRows(db(), action, objectId);

const labelOf = async (table: 'net_posts' | 'net_comments', id: string) =>
  db().selectFrom(table).select(['level', 'tlp', 'compartment_id']).where('id', '=', id).executeTakeFirstOrThrow();

describe('lowering a post', () => {
  it('is an explicit, audited action of the author, with a reason, never below the space', async () => {
    const author = await agent();
    const colleague = await agent();
    const outsider = await partner();
    const space = await makeSpace(db(), {
      createdBy: author.id,
      level: 1,
      members: [{ userId: colleague.id }, { userId: outsider.id }],
    });
    const post = await makePost(db(), { spaceId: space.id, authorId: author.id, level: 2 });
    const url = `/api/network/posts/${post.id}/label`;

    const noReason = await author.client.post(url, { level: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toContain('reason');
    const marked = await author.client.post(url, { level: 1, reason: 'Levée DIFFUSION RESTREINTE' });
    expect(marked.json().code).toBe('ERR_CLASSIFIED_MARKING');
    // A member who is neither the author nor a moderator; a partner who cannot even read it.
    expect((await colleague.client.post(url, { level: 1, reason: 'x' })).statusCode).toBe(403);
    expect((await outsider.client.post(url, { level: 1, reason: 'x' })).statusCode).toBe(404);
    const below = await author.client.post(url, { level: 0, reason: 'public' });
    expect(below.statusCode).toBe(422);
    expect(below.json().code).toBe('ERR_LABEL_BELOW_SPACE');
    expect(await audit('label.lowered', post.id)).toEqual([]);

    const lowered = await author.client.post(url, { level: 1, reason: 'Information publiée par le partenaire' });
    expect(lowered.statusCode).toBe(200);
    expect(lowered.json().label).toMatchObject({ level: 1, tlp: 'GREEN' });
    expect(await audit('label.lowered', post.id)).toEqual([
      {
        actor_id: author.id,
        object_type: 'post',
        details: {
          from: { level: 2, tlp: 'AMBER+STRICT', compartmentId: null },
          to: { level: 1, tlp: 'GREEN', compartmentId: null },
          reason: 'Information publiée par le partenaire',
          by: 'author',
        },
      },
    ]);
    expect((await outsider.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);
  });

  it('is open to a moderator of the space (space owner or global moderator), audited as such', async () => {
    const owner = await agent();
    const author = await agent();
    const globalModerator = await agent(['moderator']);
    const space = await makeSpace(db(), { createdBy: owner.id, level: 0, members: [{ userId: author.id }] });
    const first = await makePost(db(), { spaceId: space.id, authorId: author.id, level: 2 });
    const second = await makePost(db(), { spaceId: space.id, authorId: author.id, level: 1 });
    const res = await owner.client.post(`/api/network/posts/${first.id}/label`, { level: 1, reason: 'Pas sensible' });
    expect(res.statusCode).toBe(200);
    const other = await globalModerator.client.post(`/api/network/posts/${second.id}/label`, {
      level: 0,
      reason: 'Déjà public',
    });
    expect(other.statusCode).toBe(200);
    expect((await audit('label.lowered', first.id))[0]).toMatchObject({
      actor_id: owner.id,
      details: { by: 'moderator' },
    });
    expect((await audit('label.lowered', second.id))[0]).toMatchObject({ actor_id: globalModerator.id });
  });
});

describe('raising a post', () => {
  it('raises the comments that would sit below it, audited, and refuses labels the actor cannot read', async () => {
    const author = await agent();
    const outsider = await partner();
    const space = await makeSpace(db(), { createdBy: author.id, level: 1, members: [{ userId: outsider.id }] });
    const post = await makePost(db(), { spaceId: space.id, authorId: author.id, level: 1 });
    const low = await makeComment(db(), { postId: post.id, authorId: outsider.id, level: 1 });
    const high = await makeComment(db(), { postId: post.id, authorId: author.id, level: 2 });
    const res = await author.client.post(`/api/network/posts/${post.id}/label`, { level: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ label: { level: 2 }, commentCount: 2 });
    expect(await labelOf('net_comments', low.id)).toMatchObject({ level: 2, tlp: 'AMBER+STRICT' });
    expect(await labelOf('net_comments', high.id)).toMatchObject({ level: 2 });
    expect(await audit('label.raised', post.id)).toHaveLength(1);
    expect(await audit('label.raised', low.id)).toHaveLength(1);
    expect(await audit('label.raised', high.id)).toHaveLength(0);
    // The partner's own comment is now out of their reach, like the post.
    expect((await outsider.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(404);

    const partnerPost = await makePost(db(), { spaceId: space.id, authorId: outsider.id, level: 1 });
    const up = await outsider.client.post(`/api/network/posts/${partnerPost.id}/label`, { level: 2 });
    expect(up.statusCode).toBe(403);
  });
});

describe('labels in a deal room', () => {
  it('stay at level 3: AMBER to RED raises its comments, RED to AMBER is an audited lowering', async () => {
    const lead = await agent();
    const insider = await company();
    const room = await makeDealRoom(db(), {
      createdBy: lead.id,
      companyId: insider.organisationId,
      userIds: [insider.id],
    });
    const post = await makePost(db(), { spaceId: room.id, authorId: insider.id, level: 3, tlp: 'AMBER' });
    const comment = await makeComment(db(), { postId: post.id, authorId: lead.id });
    const url = `/api/network/posts/${post.id}/label`;
    const out = await insider.client.post(url, { level: 2, reason: 'x' });
    expect(out.statusCode).toBe(422);
    expect(out.json().code).toBe('ERR_INVALID_LABEL');
    const red = await insider.client.post(url, { level: 3, tlp: 'RED' });
    expect(red.statusCode).toBe(200);
    expect(await labelOf('net_comments', comment.id)).toEqual({ level: 3, tlp: 'RED', compartment_id: room.id });
    expect((await insider.client.post(url, { level: 3, tlp: 'AMBER' })).statusCode).toBe(400);
    // The room's agent moderates it.
    const back = await lead.client.post(url, { level: 3, tlp: 'AMBER', reason: 'Accord de l’entreprise' });
    expect(back.statusCode).toBe(200);
    expect(back.json().label.tlp).toBe('AMBER');
    expect(await audit('label.lowered', post.id)).toHaveLength(1);
  });
});

describe('comment labels', () => {
  it('never go below their post; lowering needs a reason and is audited', async () => {
    const author = await agent();
    const other = await agent();
    const space = await makeSpace(db(), { createdBy: author.id, level: 1, members: [{ userId: other.id }] });
    const post = await makePost(db(), { spaceId: space.id, authorId: author.id, level: 1 });
    const comment = await makeComment(db(), { postId: post.id, authorId: other.id, level: 2 });
    const url = `/api/network/comments/${comment.id}/label`;
    expect((await other.client.post(url, { level: 0, reason: 'x' })).json().code).toBe('ERR_LEVEL_WRITE_DOWN');
    expect((await other.client.post(url, { level: 1 })).statusCode).toBe(400);
    const lowered = await other.client.post(url, { level: 1, reason: 'Rien de sensible' });
    expect(lowered.statusCode).toBe(200);
    expect(lowered.json().label.level).toBe(1);
    expect(await audit('label.lowered', comment.id)).toHaveLength(1);
    // The space owner moderates: may raise it back.
    const raised = await author.client.post(url, { level: 2 });
    expect(raised.statusCode).toBe(200);
    expect(await audit('label.raised', comment.id)).toHaveLength(1);
  });
});
