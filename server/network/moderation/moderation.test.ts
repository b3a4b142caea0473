// Moderation through the API: reports reach only moderators who can read their target, hiding and restoring are
// audited and take effect, suspensions block writes until lifted.
import { describe, expect, it } from 'vitest';
import { buildViewer } from '../../access/membership.ts';
import { assertNotSuspended } from '../core/context.ts';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent, tag } from '../test/people.ts';
import { comparable, RANDOM_ID } from '../test/problems.ts';
import { type Member, makeComment, makeDealRoom, makePost, makeSpace } from '../test/world.ts';

const t = networkTestApp();

const db = () => t.database.db;
const agent = (roles: ('moderator' | 'admin')[] = []) => embassyAgent(t, { roles, name: `Agent ${tag()}` });
const company = () => companyUser(t, { name: `Cadre ${tag()}` });
const report = (who: Member, targetType: 'post' | 'comment', targetId: string, reason = 'spam') =>
  who.client.post('/api/network/reports', { targetType, targetId, reason, details: 'Publicité' });
const reportIds = async (who: Member, query = '') => {
  const res = await who.client.get(`/api/network/reports?pageSize=100${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((item) => item.id);
};
const auditOf = (objectId: string) =>
  db()
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();

/** A community with an agent owner, a post by a company member in it. */
async function communityPost(options: { level?: 0 | 1 | 2 } = {}) {
  const owner = await agent();
  const author = await company();
  const space = await makeSpace(db(), {
    createdBy: owner.id,
    level: 1,
    members: [{ userId: author.id }],
  });
  const post = await makePost(db(), { spaceId: space.id, authorId: author.id, level: options.level ?? 1 });
  return { owner, author, space, post };
}

describe('reports', () => {
  it('reach only the moderators who can read the target; one open report per reporter and item', async () => {
    const { owner, post } = await communityPost();
    const reporter = await company();
    const bystander = await agent();
    const global = await agent(['moderator']);

    const created = await report(reporter, 'post', post.id);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json().status).toBe('open');
    const again = await report(reporter, 'post', post.id, 'abuse');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ERR_CONFLICT');
    // At the same time, on a comment: one report is kept, the other is the same clear 409.
    const comment = await makeComment(db(), { postId: post.id, authorId: owner.id });
    const both = await Promise.all([report(reporter, 'comment', comment.id), report(reporter, 'comment', comment.id)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(
      await db()
        .selectFrom('net_reports')
        .select('id')
        .where('comment_id', '=', comment.id)
        .where('status', '=', 'open')
        .execute(),
    ).toHaveLength(1);

    expect(await reportIds(owner)).toContain(id);
    expect(await reportIds(global)).toContain(id);
    expect(await reportIds(bystander)).not.toContain(id);
    expect((await reporter.client.get('/api/network/reports')).statusCode).toBe(403);

    const listed = (await owner.client.get('/api/network/reports?pageSize=100')).json();
    const item = listed.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({
      targetType: 'post',
      targetId: post.id,
      postId: post.id,
      reason: 'spam',
      details: 'Publicité',
      status: 'open',
      reporter: { id: reporter.id },
      abilities: { resolve: true, hide: true, restore: false },
    });
    expect(item.target.excerpt).toMatch(/^Publication /);
    expect(item.target.label.level).toBe(1);

    const notified = await db()
      .selectFrom('net_notifications')
      .select(['user_id', 'kind', 'object_type'])
      .where('object_id', '=', id)
      .execute();
    expect(notified).toEqual([{ user_id: owner.id, kind: 'report', object_type: 'report' }]);
  });

  it('a deal room’s reports stay inside the room, even from global moderators', async () => {
    const insider = await company();
    const roomAgent = await agent();
    const global = await agent(['moderator']);
    const competitor = await company();
    const room = await makeDealRoom(db(), {
      createdBy: roomAgent.id,
      companyId: insider.organisationId,
      userIds: [insider.id],
    });
    const post = await makePost(db(), { spaceId: room.id, authorId: roomAgent.id, level: 3, tlp: 'AMBER' });
    const before = (await global.client.get('/api/network/reports?status=all')).json().total as number;

    const created = await report(insider, 'post', post.id, 'confidential');
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(await reportIds(roomAgent)).toContain(id);
    expect(await reportIds(global)).not.toContain(id);
    expect((await global.client.get('/api/network/reports?status=all')).json().total).toBe(before);
    // Listing a level-3 excerpt is a restricted read.
    const reads = await auditOf(post.id);
    expect(reads.some((r) => r.action === 'restricted.read' && r.actor_id === roomAgent.id)).toBe(true);

    // Outsiders cannot report what they cannot read: the 404 of an unknown id.
    const denied = await report(competitor, 'post', post.id);
    const unknown = await report(competitor, 'post', RANDOM_ID);
    expect(denied.statusCode).toBe(404);
    expect(comparable(denied.body)).toEqual(comparable(unknown.body));
    expect(comparable((await report(competitor, 'comment', 'nope')).body)).toEqual(comparable(unknown.body));
    // Nor resolve a report they should not know of.
    const resolve = await global.client.post(`/api/network/reports/${id}/resolve`, {
      status: 'dismissed',
      resolution: 'Rien à signaler',
    });
    expect(resolve.statusCode).toBe(404);
  });

  it('are resolved or dismissed once, with a resolution, by a moderator of the item', async () => {
    const { owner, post } = await communityPost();
    const reporter = await company();
    const id = (await report(reporter, 'post', post.id)).json().id as string;
    const byReader = await reporter.client.post(`/api/network/reports/${id}/resolve`, {
      status: 'resolved',
      resolution: 'x',
    });
    expect(byReader.statusCode).toBe(404);
    const done = await owner.client.post(`/api/network/reports/${id}/resolve`, {
      status: 'dismissed',
      resolution: 'Hors champ',
    });
    expect(done.statusCode).toBe(204);
    const twice = await owner.client.post(`/api/network/reports/${id}/resolve`, {
      status: 'resolved',
      resolution: 'Encore',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ERR_INVALID_TRANSITION');
    expect(await reportIds(owner)).not.toContain(id);
    const dismissed = (await owner.client.get('/api/network/reports?status=dismissed&pageSize=100')).json();
    expect(dismissed.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      status: 'dismissed',
      resolution: 'Hors champ',
      resolvedBy: { id: owner.id },
      abilities: { resolve: false },
    });
    expect((await auditOf(id)).map((r) => r.action)).toEqual(['report.dismissed']);
    // Closed, the reporter may report again.
    expect((await report(reporter, 'post', post.id)).statusCode).toBe(201);
  });
});

describe('hiding and restoring', () => {
  it('a hidden post vanishes for members, stays for its author and moderators; both actions audited', async () => {
    const { owner, author, post } = await communityPost();
    const reader = await company();
    const reportId = (await report(reader, 'post', post.id)).json().id as string;
    expect((await reader.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);

    const refused = await reader.client.post(`/api/network/posts/${post.id}/hide`, { reason: 'Non' });
    expect(refused.statusCode).toBe(403);
    const hidden = await owner.client.post(`/api/network/posts/${post.id}/hide`, { reason: 'Publicité répétée' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json()).toMatchObject({ targetType: 'post', id: post.id, hidden: { reason: 'Publicité répétée' } });
    expect(hidden.json().resolvedReports).toBe(1);
    const again = await owner.client.post(`/api/network/posts/${post.id}/hide`, { reason: 'Encore' });
    expect(again.statusCode).toBe(409);

    const unknown = await reader.client.get(`/api/network/posts/${RANDOM_ID}`);
    const gone = await reader.client.get(`/api/network/posts/${post.id}`);
    expect(gone.statusCode).toBe(404);
    expect(comparable(gone.body)).toEqual(comparable(unknown.body));
    expect((await author.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);
    expect((await owner.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);
    const row = await db()
      .selectFrom('net_posts')
      .select(['hidden_by', 'hidden_reason'])
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ hidden_by: owner.id, hidden_reason: 'Publicité répétée' });
    const closed = await db()
      .selectFrom('net_reports')
      .select(['status', 'resolution'])
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    expect(closed).toEqual({ status: 'resolved', resolution: 'Publicité répétée' });

    const restored = await owner.client.post(`/api/network/posts/${post.id}/restore`, { reason: 'Erreur' });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().hidden).toBeNull();
    expect((await reader.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);
    const audit = await auditOf(post.id);
    expect(audit.map((r) => [r.action, r.actor_id])).toEqual([
      ['content.hidden', owner.id],
      ['content.restored', owner.id],
    ]);
    expect(audit[0]?.details).toMatchObject({ reason: 'Publicité répétée', resolvedReports: 1 });
    expect(audit[1]?.details).toMatchObject({ reason: 'Erreur' });
  });

  it('comments too; a global moderator may act, an unreadable item answers 404', async () => {
    const { author, post } = await communityPost();
    const global = await agent(['moderator']);
    const reader = await company();
    const comment = await makeComment(db(), { postId: post.id, authorId: author.id });
    const res = await global.client.post(`/api/network/comments/${comment.id}/hide`, { reason: 'Injurieux' });
    expect(res.statusCode, res.body).toBe(200);
    const hiddenRow = await db()
      .selectFrom('net_comments')
      .select('hidden_at')
      .where('id', '=', comment.id)
      .executeTakeFirstOrThrow();
    expect(hiddenRow.hidden_at).not.toBeNull();
    // A hidden comment is no longer reportable by members (they cannot read it).
    expect((await report(reader, 'comment', comment.id)).statusCode).toBe(404);
    expect((await global.client.post(`/api/network/comments/${comment.id}/restore`, { reason: 'Ok' })).statusCode).toBe(
      200,
    );
    expect((await auditOf(comment.id)).map((r) => r.action)).toEqual(['content.hidden', 'content.restored']);

    const agentsOnly = await communityPost({ level: 2 });
    const outsider = await company();
    const hide = await outsider.client.post(`/api/network/posts/${agentsOnly.post.id}/hide`, { reason: 'x' });
    expect(hide.statusCode).toBe(404);
  });
});

describe('suspensions', () => {
  it('block writes until lifted; audited; only global moderators, and moderators only by admins', async () => {
    const global = await agent(['moderator']);
    const otherModerator = await agent(['moderator']);
    const admin = await agent(['admin']);
    const target = await company();
    const { post } = await communityPost();

    expect((await target.client.post(`/api/network/members/${global.id}/suspension`, { reason: 'x' })).statusCode).toBe(
      403,
    );
    const suspended = await global.client.post(`/api/network/members/${target.id}/suspension`, {
      reason: 'Publicités répétées',
    });
    expect(suspended.statusCode, suspended.body).toBe(201);
    expect(suspended.json()).toMatchObject({
      member: { id: target.id },
      reason: 'Publicités répétées',
      until: null,
      createdBy: { id: global.id },
      liftedAt: null,
    });
    const blocked = await report(target, 'post', post.id);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('ERR_SUSPENDED');
    expect(blocked.json().detail).toContain('Publicités répétées');
    const account = await db().selectFrom('users').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    const viewer = await buildViewer(db(), { ...account, roles: account.roles });
    await expect(assertNotSuspended(db(), viewer)).rejects.toMatchObject({ code: 'ERR_SUSPENDED' });
    // Reading goes on.
    expect((await target.client.get(`/api/network/posts/${post.id}`)).statusCode).toBe(200);

    const list = (await global.client.get('/api/network/suspensions')).json();
    expect(list.items.some((s: { member: { id: string } }) => s.member.id === target.id)).toBe(true);
    expect((await target.client.get('/api/network/suspensions')).statusCode).toBe(403);

    expect((await global.client.delete(`/api/network/members/${target.id}/suspension`)).statusCode).toBe(204);
    await assertNotSuspended(db(), viewer);
    expect((await report(target, 'post', post.id)).statusCode).toBe(201);
    expect((await global.client.delete(`/api/network/members/${target.id}/suspension`)).statusCode).toBe(404);
    expect((await auditOf(target.id)).map((r) => [r.action, r.actor_id])).toEqual([
      ['member.suspended', global.id],
      ['member.reinstated', global.id],
    ]);

    const peer = await global.client.post(`/api/network/members/${otherModerator.id}/suspension`, { reason: 'x' });
    expect(peer.statusCode).toBe(403);
    const byAdmin = await admin.client.post(`/api/network/members/${otherModerator.id}/suspension`, {
      reason: 'Abus de pouvoir',
      until: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json().until).not.toBeNull();
    const past = await admin.client.post(`/api/network/members/${target.id}/suspension`, {
      reason: 'x',
      until: '2020-01-01T00:00:00.000Z',
    });
    expect(past.statusCode).toBe(400);
    expect((await admin.client.post(`/api/network/members/${admin.id}/suspension`, { reason: 'x' })).statusCode).toBe(
      403,
    );
    expect((await admin.client.post(`/api/network/members/${RANDOM_ID}/suspension`, { reason: 'x' })).statusCode).toBe(
      404,
    );
  });
});

describe('bad input', () => {
  it('answers 4xx, never 500, to malformed ids and bodies', async () => {
    const admin = await agent(['admin']);
    const urls = [
      '/api/network/reports/x/resolve',
      '/api/network/reports/%00/resolve',
      '/api/network/posts/x/hide',
      '/api/network/comments/%00/restore',
      '/api/network/members/x/suspension',
    ];
    const bodies = [undefined, {}, { reason: '' }, { reason: 'x'.repeat(5000) }, { status: 'open', resolution: 'x' }];
    for (const url of urls) {
      for (const body of bodies) {
        const res = await admin.client.post(url, body);
        expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
    for (const query of ['status=x', 'page=0', 'pageSize=1000', 'reason=nope', 'targetType=space']) {
      expect((await admin.client.get(`/api/network/reports?${query}`)).statusCode).toBe(400);
    }
    expect((await admin.client.delete('/api/network/members/%00/suspension')).statusCode).toBe(404);
    const reports = [{ targetType: 'space', targetId: RANDOM_ID, reason: 'spam' }, { targetType: 'post' }, []];
    for (const body of reports) expect((await admin.client.post('/api/network/reports', body)).statusCode).toBe(400);
  });
});
