// Spaces: who may know of a community (its own label, per audience: lists, counts, search, identical 404s), deal
// rooms never listed, creation by agents only, changes by moderators (raise, explicit lowering, archive).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent, partnerUser, tag } from '../test/people.ts';
import { comparable, RANDOM_ID } from '../test/problems.ts';
import { type Member, makeComment, makeDealRoom, makePost, makeSpace } from '../test/world.ts';

const t = networkTestApp();

/** A word of letters only, unique to a test, to find its spaces by search. */
const word = () =>
  `Zq${randomBytes(4)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
const agent = (roles: ('admin' | 'moderator')[] = []) => embassyAgent(t, { roles });
const partner = () => partnerUser(t);
const company = () => companyUser(t);

interface Item {
  id: string;
  kind: string;
  memberCount: number;
  role: string | null;
  state: string | null;
  abilities: Record<string, boolean>;
}

async function list(who: Member, query: string) {
  const res = await who.client.get(`/api/network/spaces?pageSize=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['cache-control']).toBe('private, no-store');
  return res.json() as { items: Item[]; total: number };
}

const audit = (objectId: string, action: string) =>
  t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('object_id', '=', objectId)
    .where('action', '=', action)
    .orderBy('id')
    .execute();

describe('who may know of a space', () => {
  it('shows a level-2 space to agents only: lists, counts, search, and an identical 404', async () => {
    const w = word();
    const owner = await agent();
    const [other, p, c] = await Promise.all([agent(), partner(), company()]);
    const agents = await makeSpace(t.database.db, { createdBy: owner.id, name: `Cercle ${w}`, level: 2 });
    const open = await makeSpace(t.database.db, { createdBy: owner.id, name: `Forum ${w}`, level: 1 });
    const pub = await makeSpace(t.database.db, { createdBy: owner.id, name: `Vitrine ${w}`, level: 0 });

    const seen = await list(other, `q=${w}`);
    expect(seen.items.map((s) => s.id).sort()).toEqual([agents.id, open.id, pub.id].sort());
    expect(seen.total).toBe(3);
    for (const outsider of [p, c]) {
      const mine = await list(outsider, `q=${w}`);
      expect(mine.items.map((s) => s.id).sort()).toEqual([open.id, pub.id].sort());
      expect(mine.total).toBe(2);
      expect((await list(outsider, `q=${w}&kind=theme`)).total).toBe(2);

      const hidden = await outsider.client.get(`/api/network/spaces/${agents.id}`);
      const random = await outsider.client.get(`/api/network/spaces/${RANDOM_ID}`);
      const malformed = await outsider.client.get('/api/network/spaces/pas-un-id');
      expect(hidden.statusCode).toBe(404);
      expect(comparable(hidden.body)).toEqual(comparable(random.body));
      expect(comparable(malformed.body)).toEqual(comparable(random.body));
      for (const path of ['members', 'members?state=requested']) {
        const res = await outsider.client.get(`/api/network/spaces/${agents.id}/${path}`);
        expect(comparable(res.body)).toEqual(comparable(random.body));
      }
      const join = await outsider.client.post(`/api/network/spaces/${agents.id}/members`, {});
      const joinRandom = await outsider.client.post(`/api/network/spaces/${RANDOM_ID}/members`, {});
      expect(join.statusCode).toBe(404);
      expect(comparable(join.body)).toEqual(comparable(joinRandom.body));
      expect((await outsider.client.get(`/api/network/spaces/${open.id}`)).statusCode).toBe(200);
    }
    const view = await other.client.get(`/api/network/spaces/${agents.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ label: { level: 2, tlp: 'AMBER+STRICT' }, memberCount: 1, kind: 'theme' });
  });

  it('never lists deal rooms; shows one to its members only, audited as a restricted read', async () => {
    const w = word();
    const lead = await agent();
    const [outsiderAgent, c] = await Promise.all([agent(), company()]);
    const room = await makeDealRoom(t.database.db, {
      createdBy: lead.id,
      companyId: c.organisationId,
      userIds: [c.id],
      name: `Projet ${w}`,
    });
    expect((await list(lead, `q=${w}`)).total).toBe(0);
    expect((await list(c, `q=${w}`)).total).toBe(0);
    const view = await c.client.get(`/api/network/spaces/${room.id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ kind: 'deal_room', label: { level: 3 }, memberCount: 2 });
    expect(view.json().abilities).toMatchObject({ post: true, join: false, edit: false, invite: false });
    expect((await audit(room.id, 'restricted.read')).some((e) => e.actor_id === c.id)).toBe(true);

    const hidden = await outsiderAgent.client.get(`/api/network/spaces/${room.id}`);
    const random = await outsiderAgent.client.get(`/api/network/spaces/${RANDOM_ID}`);
    expect(hidden.statusCode).toBe(404);
    expect(comparable(hidden.body)).toEqual(comparable(random.body));
    const patch = await lead.client.patch(`/api/network/spaces/${room.id}`, { name: 'Autre' });
    expect(patch.statusCode).toBe(403);
  });

  it('filters by kind, country, sector, membership and French words', async () => {
    const w = word();
    const owner = await agent();
    const viewer = await partner();
    const mali = await makeSpace(t.database.db, {
      createdBy: owner.id,
      kind: 'country',
      country: 'ML',
      name: `Mali ${w}`,
      description: 'Les énergies renouvelables au Sahel',
      membership: 'request',
    });
    const energy = await makeSpace(t.database.db, {
      createdBy: owner.id,
      kind: 'sector',
      sector: 'energy',
      name: `Énergie ${w}`,
      members: [{ userId: viewer.id }],
    });
    const ids = (r: { items: Item[] }) => r.items.map((s) => s.id).sort();
    expect(ids(await list(viewer, `q=${w}&kind=country`))).toEqual([mali.id]);
    expect(ids(await list(viewer, `q=${w}&country=ML`))).toEqual([mali.id]);
    expect(ids(await list(viewer, `q=${w}&sector=energy`))).toEqual([energy.id]);
    expect(ids(await list(viewer, `q=${w}&mine=true`))).toEqual([energy.id]);
    // French full text on the description (stems, accents aside) and name prefixes.
    expect(ids(await list(viewer, `q=${encodeURIComponent(`${w} energie renouvelable`)}`))).toEqual([mali.id]);
    expect(ids(await list(viewer, `q=${w.slice(0, 6)}`))).toEqual([energy.id, mali.id].sort());

    const row = (await list(viewer, `q=${w}&kind=sector`)).items[0]!;
    expect(row).toMatchObject({ role: 'member', state: 'member', memberCount: 2 });
    expect(row.abilities).toMatchObject({ join: false, leave: true, post: true, moderate: false, edit: false });
    const other = (await list(viewer, `q=${w}&kind=country`)).items[0]!;
    expect(other.abilities).toMatchObject({ join: false, requestToJoin: true, leave: false, post: false });

    await viewer.client.post(`/api/network/spaces/${mali.id}/members`, {});
    expect(ids(await list(viewer, `q=${w}&state=requested`))).toEqual([mali.id]);
    expect((await list(viewer, `q=${w}&mine=true`)).total).toBe(1);
  });
});

describe('creating a space', () => {
  it('is for agents only', async () => {
    for (const who of [await partner(), await company()]) {
      const res = await who.client.post('/api/network/spaces', { name: 'Mon espace', kind: 'theme', level: 1 });
      expect(res.statusCode).toBe(403);
    }
  });

  it('makes the creator owner, with defaults, audited', async () => {
    const creator = await agent();
    const res = await creator.client.post('/api/network/spaces', {
      name: `  Export agroalimentaire ${tag()} `,
      description: 'Échanges entre conseillers',
      kind: 'sector',
      sector: 'agri_food',
      level: 1,
      defaultLevel: 2,
      membership: 'request',
    });
    expect(res.statusCode, res.body).toBe(201);
    const space = res.json();
    expect(space).toMatchObject({
      kind: 'sector',
      sector: 'agri_food',
      label: { level: 1, tlp: 'GREEN' },
      defaultLabel: { level: 2, tlp: 'AMBER+STRICT' },
      membership: 'request',
      memberCount: 1,
      role: 'owner',
      state: 'member',
      archived: false,
      createdBy: { id: creator.id },
      pendingRequests: 0,
    });
    expect(space.name.startsWith('Export')).toBe(true);
    expect(space.abilities).toMatchObject({ post: true, edit: true, invite: true, moderate: true, leave: false });
    expect(await audit(space.id, 'space.created')).toHaveLength(1);
    const added = await audit(space.id, 'space.member.added');
    expect(added[0]!.details).toMatchObject({ userId: creator.id, role: 'owner' });
  });

  it('refuses bad input with clear 4xx', async () => {
    const creator = await agent();
    const post = (body: unknown) => creator.client.post('/api/network/spaces', body);
    const noCountry = await post({ name: 'Pays', kind: 'country', level: 1 });
    expect(noCountry.statusCode).toBe(400);
    expect(JSON.stringify(noCountry.json())).toContain('country');
    expect((await post({ name: 'Secteur', kind: 'sector', level: 1 })).statusCode).toBe(400);
    const below = await post({ name: 'Bas', kind: 'theme', level: 2, defaultLevel: 1 });
    expect(below.statusCode).toBe(422);
    expect(below.json().code).toBe('ERR_INVALID_LABEL');
    const marked = await post({ name: 'Notes', kind: 'theme', level: 1, description: 'DIFFUSION RESTREINTE' });
    expect(marked.statusCode).toBe(422);
    expect(marked.json().code).toBe('ERR_CLASSIFIED_MARKING');
    expect((await post({ name: 'Trois', kind: 'theme', level: 3 })).statusCode).toBe(400);
    expect((await post({ name: 'Salle', kind: 'deal_room', level: 1 })).statusCode).toBe(400);
    expect((await post({ name: '   ', kind: 'theme', level: 1 })).statusCode).toBe(400);
    expect((await post({ name: 'X', kind: 'theme', level: 1, extra: true })).statusCode).toBe(400);
    expect((await creator.client.get('/api/network/spaces?page=0')).statusCode).toBe(400);
  });
});

describe('changing a space', () => {
  it('lets owner and moderator agents and global moderators edit; others get 403', async () => {
    const owner = await agent();
    const [mod, plain, global] = await Promise.all([agent(), agent(), agent(['moderator'])]);
    const space = await makeSpace(t.database.db, {
      createdBy: owner.id,
      members: [{ userId: mod.id, role: 'moderator' }, { userId: plain.id }],
    });
    const url = `/api/network/spaces/${space.id}`;
    expect((await plain.client.patch(url, { name: 'Non' })).statusCode).toBe(403);
    const renamed = await mod.client.patch(url, { name: 'Nouveau nom', membership: 'invitation' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Nouveau nom', membership: 'invitation' });
    expect((await global.client.patch(url, { description: 'Par la modération' })).statusCode).toBe(200);
    const updates = await audit(space.id, 'space.updated');
    expect(updates.map((e) => e.actor_id)).toEqual([mod.id, global.id]);
    const marked = await owner.client.patch(url, { description: 'SECRET DÉFENSE' });
    expect(marked.statusCode).toBe(422);
    expect((await owner.client.patch(url, { defaultLevel: 0 })).json().code).toBe('ERR_INVALID_LABEL');
    expect((await owner.client.patch(url, { defaultLevel: 2 })).json().defaultLabel.level).toBe(2);
    expect((await owner.client.patch(url, { level: 2, defaultLevel: 1 })).json().code).toBe('ERR_INVALID_LABEL');
  });

  it('lowers a level only explicitly, with a reason, audited', async () => {
    const owner = await agent();
    const p = await partner();
    const space = await makeSpace(t.database.db, { createdBy: owner.id, level: 2 });
    const url = `/api/network/spaces/${space.id}`;
    const silent = await owner.client.patch(url, { level: 1 });
    expect(silent.statusCode).toBe(422);
    expect(silent.json().code).toBe('ERR_SPACE_LEVEL_LOWERING');
    expect((await owner.client.patch(url, { level: 1, lowerLevel: true })).statusCode).toBe(422);
    expect((await p.client.get(url)).statusCode).toBe(404);
    const lowered = await owner.client.patch(url, { level: 1, lowerLevel: true, reason: 'Ouvert aux partenaires' });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(lowered.json()).toMatchObject({ label: { level: 1 }, defaultLabel: { level: 2 } });
    const entries = await audit(space.id, 'space.label.lowered');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({
      from: { level: 2 },
      to: { level: 1 },
      reason: 'Ouvert aux partenaires',
    });
    expect((await p.client.get(url)).statusCode).toBe(200);
  });

  it('raising a level raises the content below it and removes members who could not read it', async () => {
    const owner = await agent();
    const [p, colleague] = await Promise.all([partner(), agent()]);
    const space = await makeSpace(t.database.db, {
      createdBy: owner.id,
      level: 1,
      members: [{ userId: p.id }, { userId: colleague.id }],
    });
    const post = await makePost(t.database.db, { spaceId: space.id, authorId: p.id, level: 1 });
    const comment = await makeComment(t.database.db, { postId: post.id, authorId: colleague.id });
    const res = await owner.client.patch(`/api/network/spaces/${space.id}`, { level: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ label: { level: 2 }, defaultLabel: { level: 2 }, memberCount: 2 });
    const postRow = await t.database.db
      .selectFrom('net_posts')
      .select(['level', 'tlp'])
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    expect(postRow).toEqual({ level: 2, tlp: 'AMBER+STRICT' });
    const commentRow = await t.database.db
      .selectFrom('net_comments')
      .select('level')
      .where('id', '=', comment.id)
      .executeTakeFirstOrThrow();
    expect(commentRow.level).toBe(2);
    const raised = await audit(space.id, 'space.label.raised');
    expect(raised[0]!.details).toMatchObject({ posts: 1, comments: 1, membersRemoved: 1 });
    expect(await audit(post.id, 'label.raised')).toHaveLength(1);
    const removed = await audit(space.id, 'space.member.removed');
    expect(removed[0]!.details).toMatchObject({ userId: p.id, via: 'label.raised' });
    expect((await p.client.get(`/api/network/spaces/${space.id}`)).statusCode).toBe(404);
  });

  it('archives: still readable, no new posts or members, and back', async () => {
    const owner = await agent();
    const [m, newcomer] = await Promise.all([partner(), partner()]);
    const space = await makeSpace(t.database.db, { createdBy: owner.id, members: [{ userId: m.id }] });
    const url = `/api/network/spaces/${space.id}`;
    const res = await owner.client.patch(url, { archived: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ archived: true });
    expect(res.json().archivedAt).not.toBeNull();
    expect(await audit(space.id, 'space.archived')).toHaveLength(1);

    const view = await m.client.get(url);
    expect(view.statusCode).toBe(200);
    expect(view.json().abilities).toMatchObject({ post: false, leave: true });
    const posted = await m.client.post(`${url}/posts`, { body: 'Encore une publication' });
    expect(posted.statusCode).toBe(409);
    expect(posted.json().code).toBe('ERR_SPACE_ARCHIVED');
    const join = await newcomer.client.post(`${url}/members`, {});
    expect(join.statusCode).toBe(409);
    expect(join.json().code).toBe('ERR_SPACE_ARCHIVED');
    expect((await list(newcomer, 'archived=true')).items.some((s) => s.id === space.id)).toBe(true);

    expect((await owner.client.patch(url, { archived: false })).json().archived).toBe(false);
    expect(await audit(space.id, 'space.unarchived')).toHaveLength(1);
    expect((await newcomer.client.post(`${url}/members`, {})).statusCode).toBe(201);
  });
});
