import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { loadViewers } from '../core/notify.ts';
import { makeComment, makeDealRoom, makePost, makeSpace, member } from '../test/world.ts';
import { feedSpaceIds, selectFeedPosts } from './feed.repo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const inMonth = () => new Date(Date.now() + 30 * 86_400_000);
const db = () => t.database.db;

const feedIds = async (who: { client: { get: (url: string) => Promise<{ json: () => unknown }> } }, query = '') =>
  ((await who.client.get(`/api/network/feed?limit=50${query}`)).json() as { items: { id: string }[] }).items.map(
    (p) => p.id,
  );

describe('the home feed', () => {
  it('holds, for each audience, only posts of its spaces and rooms that it may read, newest first', async () => {
    const lead = await member(t, { audience: 'agent' });
    const partner = await member(t, { audience: 'partner', partnerExpiresAt: inMonth() });
    const insider = await member(t, { audience: 'company' });
    const rival = await member(t, { audience: 'company' });
    const community = await makeSpace(db(), {
      createdBy: lead.id,
      level: 1,
      members: [{ userId: partner.id }, { userId: insider.id }, { userId: rival.id }],
    });
    const agentsSpace = await makeSpace(db(), { createdBy: lead.id, level: 2 });
    const notJoined = await makeSpace(db(), { createdBy: lead.id, level: 1 });
    const requested = await makeSpace(db(), {
      createdBy: lead.id,
      level: 1,
      members: [{ userId: partner.id, state: 'requested' }],
    });
    const room = await makeDealRoom(db(), {
      createdBy: lead.id,
      companyId: insider.organisationId,
      userIds: [insider.id],
    });

    const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 12, minutes));
    const open = await makePost(db(), { spaceId: community.id, authorId: lead.id, level: 1, createdAt: at(1) });
    const agentsOnly = await makePost(db(), { spaceId: community.id, authorId: lead.id, level: 2, createdAt: at(2) });
    const inAgentsSpace = await makePost(db(), {
      spaceId: agentsSpace.id,
      authorId: lead.id,
      level: 2,
      createdAt: at(3),
    });
    const elsewhere = await makePost(db(), { spaceId: notJoined.id, authorId: lead.id, createdAt: at(4) });
    const pending = await makePost(db(), { spaceId: requested.id, authorId: lead.id, createdAt: at(5) });
    const inRoom = await makePost(db(), { spaceId: room.id, authorId: insider.id, level: 3, createdAt: at(6) });
    const hidden = await makePost(db(), { spaceId: community.id, authorId: lead.id, createdAt: at(7), hidden: true });

    // The lead agent owns every space (so they are members of all), and is in the room; hidden posts stay out.
    expect(await feedIds(lead)).toEqual([
      inRoom.id,
      pending.id,
      elsewhere.id,
      inAgentsSpace.id,
      agentsOnly.id,
      open.id,
    ]);
    expect(await feedIds(partner)).toEqual([open.id]);
    expect(await feedIds(insider)).toEqual([inRoom.id, open.id]);
    expect(await feedIds(rival)).toEqual([open.id]);
    for (const who of [partner, insider, rival]) {
      const ids = await feedIds(who);
      for (const id of [elsewhere.id, pending.id, hidden.id, inAgentsSpace.id]) expect(ids).not.toContain(id);
    }
    const rivalFeed = await rival.client.get('/api/network/feed');
    expect(rivalFeed.body).not.toContain(room.id);
    expect(rivalFeed.body).not.toContain(room.name);

    // Items carry the space, the abilities and the counts of the viewer.
    await makeComment(db(), { postId: open.id, authorId: lead.id, level: 2 });
    const partnerItem = (await partner.client.get('/api/network/feed')).json().items[0];
    expect(partnerItem).toMatchObject({
      id: open.id,
      space: { id: community.id, kind: 'theme' },
      commentCount: 0,
      abilities: { comment: true, react: true, edit: false, hide: false, report: true },
    });
    const leadItem = (await lead.client.get('/api/network/feed'))
      .json()
      .items.find((p: { id: string }) => p.id === open.id);
    expect(leadItem).toMatchObject({ commentCount: 1, abilities: { hide: true, edit: true } });

    // Level-3 posts read through the feed are audited.
    const reads = await db()
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'restricted.read')
      .where('object_id', '=', inRoom.id)
      .execute();
    // One row per read: the lead and the insider each read the room's post twice through the feed; nobody else.
    expect(reads.filter((r) => r.actor_id === lead.id)).toHaveLength(2);
    expect(reads.filter((r) => r.actor_id === insider.id)).toHaveLength(2);
    expect(reads).toHaveLength(4);
  });

  it('pages with cursors and matches its repository with and without the access filter', async () => {
    const lead = await member(t, { audience: 'agent' });
    const partner = await member(t, { audience: 'partner', partnerExpiresAt: inMonth() });
    const spaces = [
      await makeSpace(db(), { createdBy: lead.id, level: 1, members: [{ userId: partner.id }] }),
      await makeSpace(db(), { createdBy: lead.id, level: 1, members: [{ userId: partner.id }] }),
    ];
    const made: { id: string; level: number }[] = [];
    for (let i = 0; i < 9; i++) {
      const level = i % 3 === 0 ? 2 : 1;
      const post = await makePost(db(), {
        spaceId: spaces[i % 2]!.id,
        authorId: lead.id,
        level: level as 1 | 2,
        createdAt: new Date(Date.UTC(2026, 3, 1, 9, 0, i)),
      });
      made.push({ id: post.id, level });
    }
    const newestFirst = [...made].reverse();
    const expected = newestFirst.filter((p) => p.level === 1).map((p) => p.id);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await partner.client.get(`/api/network/feed?limit=2${cursor ? `&before=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const json = res.json() as { items: { id: string }[]; nextCursor: string | null };
      pages.push(...json.items.map((p) => p.id));
      cursor = json.nextCursor;
    } while (cursor);
    expect(pages).toEqual(expected);
    expect((await partner.client.get('/api/network/feed?before=nope')).statusCode).toBe(400);

    const [viewer] = await loadViewers(db(), [partner.id]);
    const ids = await feedSpaceIds(db(), viewer!);
    expect(ids.sort()).toEqual(spaces.map((s) => s.id).sort());
    const filtered = await selectFeedPosts(db(), viewer!, ids, { before: null, limit: 20 });
    expect(filtered.map((p) => p.id)).toEqual(expected);
    const unfiltered = await selectFeedPosts(db(), viewer!, ids, {
      before: null,
      limit: 20,
      withoutAccessFilter: true,
    });
    expect(unfiltered.map((p) => p.id)).toEqual(newestFirst.map((p) => p.id));
    expect(await selectFeedPosts(db(), viewer!, [], { before: null, limit: 20 })).toEqual([]);
  });
});
