// The directory, member pages and autocomplete per audience: who sees whom, totals, identical 404s.
import { createHash, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { companyUser, embassyAgent, tag } from '../test/people.ts';
import { comparable, RANDOM_ID } from '../test/problems.ts';
import { type Member, makeDealRoom, makeSpace, member } from '../test/world.ts';

const t = networkTestApp();

/** A word of letters only, unique to a test, to find its members by name. */
const word = () =>
  `Zz${randomBytes(4)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

const agent = (name: string, options: { organisation?: string; roles?: ('admin' | 'moderator')[] } = {}) =>
  embassyAgent(t, { ...options, name });
const company = (name: string, organisation: string) => companyUser(t, { name, organisation });

async function directory(who: Member, query: string) {
  const res = await who.client.get(`/api/network/members?pageSize=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { items: { id: string; assignedToYou: boolean }[]; total: number };
  return { ids: body.items.map((i) => i.id).sort(), total: body.total, items: body.items };
}

async function makePublic(userId: string) {
  await t.database.db
    .insertInto('net_profiles')
    .values({ user_id: userId, public_profile: true })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ public_profile: true }))
    .execute();
}

async function assign(memberId: string, agentId: string) {
  await t.database.db
    .insertInto('net_assignments')
    .values({ member_id: memberId, agent_id: agentId, reason: 'manual' })
    .execute();
}

/** One small world per test: two companies, a partner, agents; all names share one unique word. */
async function world() {
  const w = word();
  const orgA = `Société A ${tag()}`;
  const orgB = `Société B ${tag()}`;
  const assigned = await agent(`Agnès ${w}`);
  const other = await agent(`Octave ${w}`);
  const sponsor = await agent(`Sophie ${w}`);
  const alice = await company(`Alice ${w}`, orgA);
  const colleague = await company(`Claire ${w}`, orgA);
  const rival = await company(`Rémi ${w}`, orgB);
  const famous = await company(`Fanny ${w}`, orgB);
  const partner = await member(t, { audience: 'partner', organisation: `Cabinet ${tag()}`, name: `Paul ${w}` });
  await makePublic(famous.id);
  await assign(alice.id, assigned.id);
  // The partner accepted the sponsor's invitation: the sponsor counts as assigned.
  await t.database.db
    .insertInto('invitations')
    .values({
      token_hash: createHash('sha256').update(tag()).digest('hex'),
      email: partner.email,
      audience: 'partner',
      organisation_id: partner.organisationId,
      partner_expires_at: new Date(Date.now() + 86_400_000 * 30),
      invited_by: sponsor.id,
      expires_at: new Date(Date.now() + 86_400_000),
      accepted_at: new Date(),
    })
    .execute();
  return { w, assigned, other, sponsor, alice, colleague, rival, famous, partner };
}

// One world for the whole file: the tests only read it or add to it what no other test looks at.
let x: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  x = await world();
});

describe('the directory per audience', () => {
  it('agents see every member', async () => {
    const { ids, total } = await directory(x.other, `q=${x.w}`);
    const everyone = [x.assigned, x.other, x.sponsor, x.alice, x.colleague, x.rival, x.famous, x.partner];
    expect(ids).toEqual(everyone.map((m) => m.id).sort());
    expect(total).toBe(everyone.length);
  });

  it('a company sees itself, its colleagues, its assigned agents and public profiles, and counts only those', async () => {
    const { ids, total, items } = await directory(x.alice, `q=${x.w}`);
    expect(ids).toEqual([x.alice.id, x.colleague.id, x.assigned.id, x.famous.id].sort());
    expect(total).toBe(4);
    expect(items.find((i) => i.id === x.assigned.id)?.assignedToYou).toBe(true);
    expect(items.find((i) => i.id === x.colleague.id)?.assignedToYou).toBe(false);
    // The plain list without a query counts the same rule.
    const all = await directory(x.alice, `organisation=${x.rival.organisationId}`);
    expect(all.ids).toEqual([x.famous.id]);
    expect(all.total).toBe(1);
  });

  it('a partner sees its sponsor and public profiles, not other companies’ members', async () => {
    const { ids, total } = await directory(x.partner, `q=${x.w}`);
    expect(ids).toEqual([x.partner.id, x.sponsor.id, x.famous.id].sort());
    expect(total).toBe(3);
  });

  it('refuses the agent directory to outsiders, not to agents', async () => {
    for (const outsider of [x.alice, x.partner]) {
      const res = await outsider.client.get('/api/network/members?audience=agent');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ERR_AGENT_DIRECTORY');
    }
    const agents = await directory(x.other, `audience=agent&q=${x.w}`);
    expect(agents.ids).toEqual([x.assigned.id, x.other.id, x.sponsor.id].sort());
  });

  it('finds members by organisation, post, expertise and sector words, accents aside', async () => {
    const res = await x.alice.client.request({
      method: 'PUT',
      url: '/api/network/profile',
      payload: { title: 'Directrice export', expertise: ['Hydrogène vert'], sectors: ['energy'], country: 'ML' },
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const q of ['directrice', 'hydrogene', 'énergie', 'energy', x.w.slice(0, 6).toLowerCase()]) {
      const found = await directory(x.other, `q=${encodeURIComponent(q)}&organisation=${x.alice.organisationId}`);
      expect(found.ids, q).toContain(x.alice.id);
    }
    const filtered = await directory(x.other, `country=ML&sector=energy&q=${x.w}`);
    expect(filtered.ids).toEqual([x.alice.id]);
  });

  it('answers 400 to bad filters', async () => {
    for (const query of ['organisation=nope', 'sector=spaceships', 'country=France', 'audience=visitor', 'page=0']) {
      const res = await x.other.client.get(`/api/network/members?${query}`);
      expect(res.statusCode, query).toBe(400);
    }
  });

  it('is for signed-in members', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/network/members' });
    expect(res.statusCode).toBe(401);
  });
});

describe('a member’s page', () => {
  it('answers the same 404 for hidden, unknown and malformed ids', async () => {
    const hidden = await x.alice.client.get(`/api/network/members/${x.rival.id}`);
    const unknown = await x.alice.client.get(`/api/network/members/${RANDOM_ID}`);
    const malformed = await x.alice.client.get('/api/network/members/not-an-id');
    expect(hidden.statusCode).toBe(404);
    expect(comparable(hidden.body)).toEqual(comparable(unknown.body));
    expect(comparable(malformed.body)).toEqual(comparable(unknown.body));
    expect(hidden.headers['cache-control']).toBe('private, no-store');
    const visible = await x.alice.client.get(`/api/network/members/${x.famous.id}`);
    expect(visible.statusCode).toBe(200);
  });

  it('lists only the spaces the viewer can see, never deal rooms', async () => {
    const open = await makeSpace(t.database.db, {
      createdBy: x.other.id,
      level: 1,
      name: `Communauté ${x.w}`,
      members: [{ userId: x.assigned.id }],
    });
    const agentsOnly = await makeSpace(t.database.db, {
      createdBy: x.other.id,
      level: 2,
      name: `Cercle agents ${x.w}`,
      members: [{ userId: x.assigned.id }],
    });
    const room = await makeDealRoom(t.database.db, {
      createdBy: x.assigned.id,
      companyId: x.alice.organisationId,
      userIds: [x.alice.id],
    });
    const seenByAgent = (await x.other.client.get(`/api/network/members/${x.assigned.id}`)).json();
    expect(seenByAgent.spaces.map((s: { id: string }) => s.id).sort()).toEqual([open.id, agentsOnly.id].sort());
    const res = await x.alice.client.get(`/api/network/members/${x.assigned.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().spaces.map((s: { id: string }) => s.id)).toEqual([open.id]);
    expect(res.body).not.toContain(agentsOnly.id);
    expect(res.body).not.toContain(room.id);
    expect(res.body).not.toContain(room.name);
    expect(res.json().assignedToYou).toBe(true);
    expect(res.json().abilities.message).toBe(true);
  });

  it('shows a company member’s assigned agents to agents and to the member, not to others', async () => {
    const byAgent = (await x.other.client.get(`/api/network/members/${x.alice.id}`)).json();
    expect(byAgent.assignedAgents.map((a: { id: string }) => a.id)).toEqual([x.assigned.id]);
    expect(byAgent.abilities).toMatchObject({ verify: true, assign: true, deactivate: false, message: true });
    const own = (await x.alice.client.get('/api/network/profile')).json();
    expect(own.assignedAgents.map((a: { id: string }) => a.id)).toEqual([x.assigned.id]);
    expect(own.abilities.editProfile).toBe(true);
    const byColleague = (await x.colleague.client.get(`/api/network/members/${x.alice.id}`)).json();
    expect(byColleague.assignedAgents).toEqual([]);
    expect(byColleague.abilities).toMatchObject({ verify: false, assign: false, message: false });
  });
});

describe('mention autocomplete', () => {
  it('matches word beginnings under the directory rule', async () => {
    const prefix = x.w.slice(0, 7);
    const res = await x.alice.client.get(`/api/network/members/autocomplete?q=${prefix}`);
    expect(res.statusCode).toBe(200);
    const ids = res
      .json()
      .items.map((i: { id: string }) => i.id)
      .sort();
    expect(ids).toEqual([x.alice.id, x.colleague.id, x.assigned.id, x.famous.id].sort());
    // Inside a word is not a beginning.
    const inside = await x.other.client.get(`/api/network/members/autocomplete?q=${x.w.slice(2, 8)}`);
    expect(inside.json().items).toEqual([]);
    const first = await x.other.client.get(`/api/network/members/autocomplete?q=agn%20${prefix}`);
    expect(first.json().items.map((i: { id: string }) => i.id)).toEqual([x.assigned.id]);
  });

  it('is scoped to a deal room’s members, and a room outside answers 404', async () => {
    const room = await makeDealRoom(t.database.db, {
      createdBy: x.assigned.id,
      companyId: x.alice.organisationId,
      userIds: [x.alice.id],
    });
    const res = await x.alice.client.get(`/api/network/members/autocomplete?q=${x.w}&spaceId=${room.id}`);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([x.alice.id, x.assigned.id].sort());
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', room.id)
      .where('actor_id', '=', x.alice.id)
      .execute();
    expect(audited.map((a) => a.action)).toContain('restricted.read');

    const outside = await x.other.client.get(`/api/network/members/autocomplete?q=${x.w}&spaceId=${room.id}`);
    const unknown = await x.other.client.get(`/api/network/members/autocomplete?q=${x.w}&spaceId=${RANDOM_ID}`);
    const malformed = await x.other.client.get(`/api/network/members/autocomplete?q=${x.w}&spaceId=nope`);
    expect(outside.statusCode).toBe(404);
    expect(comparable(outside.body)).toEqual(comparable(unknown.body));
    expect(comparable(malformed.body)).toEqual(comparable(unknown.body));
  });

  it('offers only agents in an agents-only community, and hides that community from outsiders', async () => {
    const space = await makeSpace(t.database.db, { createdBy: x.other.id, level: 2 });
    const res = await x.other.client.get(`/api/network/members/autocomplete?q=${x.w}&spaceId=${space.id}`);
    expect(
      res
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([x.assigned.id, x.other.id, x.sponsor.id].sort());
    const outsider = await x.alice.client.get(`/api/network/members/autocomplete?q=${x.w}&spaceId=${space.id}`);
    expect(outsider.statusCode).toBe(404);
  });

  it('answers an empty list to a query without letters, and 400 to a missing one', async () => {
    expect((await x.other.client.get('/api/network/members/autocomplete?q=%25%25')).json().items).toEqual([]);
    expect((await x.other.client.get('/api/network/members/autocomplete')).statusCode).toBe(400);
  });
});
