import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_COUNT_CAP } from '../../../common/schemas/network-search.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { type Member, makeComment, makeDealRoom, makePost, makeSpace, member } from '../test/world.ts';
import { splitHighlight } from './search.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Words made of letters only, unique per test, so French stemming leaves them whole.
const word = (prefix: string) =>
  `${prefix}${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const tag = () => randomBytes(3).toString('hex');
const agent = (roles: ('moderator' | 'admin')[] = [], name = `Agent ${tag()}`) =>
  member(t, {
    audience: 'agent',
    roles,
    organisation: `Ambassade ${tag()}`,
    organisationKind: 'diplomatic_post',
    name,
  });
const company = (name = `Cadre ${tag()}`) =>
  member(t, { audience: 'company', organisation: `Société ${tag()}`, organisationKind: 'company', name });

interface Results {
  counts: Record<'post' | 'comment' | 'space' | 'member', { total: number; totalCapped: boolean }>;
  posts: { id: string; title: string; hidden: boolean; highlight: { text: string; match: boolean }[] }[];
  comments: { id: string }[];
  spaces: { id: string; name: string }[];
  members: { member: { id: string } }[];
}

async function search(who: Member, q: string, extra = ''): Promise<Results & { raw: string }> {
  const res = await who.client.get(`/api/network/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['cache-control']).toBe('private, no-store');
  return { ...(res.json() as Results), raw: res.body };
}

const totals = (r: Results) => Object.values(r.counts).map((c) => c.total);

describe('network search', () => {
  it('a competing company finds nothing of a deal room, an agents-only post or a hidden post, and counts 0', async () => {
    const officer = await agent();
    const insider = await company();
    const competitor = await company();
    const db = t.database.db;
    const roomWord = word('hydro');
    const roomName = `Projet ${word('kayes')}`;
    const room = await makeDealRoom(db, {
      createdBy: officer.id,
      companyId: insider.organisationId,
      name: roomName,
      userIds: [insider.id],
    });
    await db
      .updateTable('net_spaces')
      .set({ description: `Salle ${roomWord}` })
      .where('id', '=', room.id)
      .execute();
    const roomPost = await makePost(db, {
      spaceId: room.id,
      authorId: officer.id,
      level: 3,
      body: `Offre ${roomWord}`,
    });
    await makeComment(db, { postId: roomPost.id, authorId: insider.id, body: `Réponse ${roomWord}` });
    const space = await makeSpace(db, { createdBy: officer.id, level: 1, members: [{ userId: competitor.id }] });
    const agentsWord = word('note');
    await makePost(db, { spaceId: space.id, authorId: officer.id, level: 2, body: `Analyse ${agentsWord}` });
    const hiddenWord = word('cache');
    const hidden = await makePost(db, {
      spaceId: space.id,
      authorId: insider.id,
      body: `Masqué ${hiddenWord}`,
      hidden: true,
    });
    const secretSpaceWord = word('agents');
    await makeSpace(db, { createdBy: officer.id, level: 2, name: `Cercle ${secretSpaceWord}` });
    const requestWord = word('demande');
    await sql`INSERT INTO portal_support_requests (reference, company_name, sector, need, message, contact_name, email,
        consent_at, user_id, organisation_id)
      VALUES (${`REF-${tag()}`}, ${`Société ${requestWord}`}, 'energy', 'financing', ${`Projet ${requestWord}`},
        'Contact', 'contact@example.org', now(), ${insider.id}, ${insider.organisationId})`.execute(db);

    for (const q of [roomWord, roomName, agentsWord, hiddenWord, secretSpaceWord, requestWord, room.id]) {
      const r = await search(competitor, q);
      expect(totals(r), q).toEqual([0, 0, 0, 0]);
      expect(r.raw).not.toContain(room.id);
      expect(r.raw).not.toContain(roomName);
    }

    const inside = await search(insider, roomWord);
    expect(inside.counts.post.total).toBe(1);
    expect(inside.counts.comment.total).toBe(1);
    expect(inside.counts.space.total).toBe(1);
    expect(inside.spaces[0]!.name).toBe(roomName);
    const audited = await db
      .selectFrom('audit_log')
      .select(['object_type', 'object_id'])
      .where('actor_id', '=', insider.id)
      .where('action', '=', 'restricted.read')
      .execute();
    expect(audited).toEqual(
      expect.arrayContaining([
        { object_type: 'post', object_id: roomPost.id },
        { object_type: 'deal_room', object_id: room.id },
      ]),
    );

    expect((await search(officer, agentsWord)).counts.post.total).toBe(1);
    // The hidden post: its author and moderators only, flagged.
    const own = await search(insider, hiddenWord);
    expect(own.posts.map((p) => [p.id, p.hidden])).toEqual([[hidden.id, true]]);
    expect((await search(await agent(['moderator']), hiddenWord)).counts.post.total).toBe(1);
    expect((await search(await agent(), hiddenWord)).counts.post.total).toBe(0);
  });

  it('ignores accents and case, matches the last word as a prefix, and highlights only visible text', async () => {
    const officer = await agent();
    const reader = await company();
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: officer.id, level: 1 });
    const rare = word('zephyr');
    const post = await makePost(db, {
      spaceId: space.id,
      authorId: officer.id,
      title: 'Marché du café',
      body: `Le **café** de Bamako ${rare} et l’hydrolienne de Kayes`,
    });
    for (const q of ['cafe', 'CAFÉ', 'Cafés', `${rare.slice(0, 7)}`, 'hydrol', `café ${rare}`]) {
      const r = await search(reader, q, '&type=post&pageSize=50');
      expect(
        r.posts.map((p) => p.id),
        q,
      ).toContain(post.id);
    }
    const r = await search(reader, rare);
    const hit = r.posts[0]!;
    expect(hit.highlight.filter((s) => s.match).map((s) => s.text)).toEqual([rare]);
    expect(hit.highlight.map((s) => s.text).join('')).toContain('café de Bamako');
    expect(JSON.stringify(hit.highlight)).not.toContain('**');
    expect((await search(reader, `"${rare} inconnu"`)).counts.post.total).toBe(0);
    expect((await search(reader, `${rare} -bamako`)).counts.post.total).toBe(0);
  });

  it('members obey the directory rule', async () => {
    const surname = word('dupont');
    const hiddenAgent = await agent([], `Claire ${surname}`);
    const reader = await company();
    const colleague = await agent();
    expect((await search(reader, surname)).counts.member.total).toBe(0);
    expect((await search(reader, surname, '&type=member')).members).toEqual([]);
    const seen = await search(colleague, `claire ${surname.slice(0, 8)}`);
    expect(seen.members.map((m) => m.member.id)).toEqual([hiddenAgent.id]);
    await t.database.db
      .insertInto('net_assignments')
      .values({ member_id: reader.id, agent_id: hiddenAgent.id, reason: 'manual' })
      .execute();
    expect((await search(reader, surname)).members.map((m) => m.member.id)).toEqual([hiddenAgent.id]);
  });

  it(`pages one kind and caps counts at ${SEARCH_COUNT_CAP}+`, async () => {
    const officer = await agent();
    const db = t.database.db;
    const space = await makeSpace(db, { createdBy: officer.id, level: 1 });
    const common = word('export');
    await sql`INSERT INTO net_posts (space_id, author_id, body, body_html, level, tlp, created_at)
      SELECT ${space.id}, ${officer.id}, ${`Publication ${common} n° `} || i, '<p></p>', 1, 'GREEN',
        now() - make_interval(mins => i)
      FROM generate_series(1, ${SEARCH_COUNT_CAP + 3}) AS i`.execute(db);
    const first = await search(officer, common, '&type=post&pageSize=3');
    expect(first.counts.post).toEqual({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(first.posts).toHaveLength(3);
    expect(first.comments).toEqual([]);
    const second = await search(officer, common, '&type=post&pageSize=3&page=2');
    expect(second.posts).toHaveLength(3);
    expect(second.posts.map((p) => p.id)).not.toContain(first.posts[0]!.id);
    const past = await search(officer, common, `&type=post&pageSize=50&page=${SEARCH_COUNT_CAP / 50 + 1}`);
    expect(past.posts).toEqual([]);
    expect(past.counts.post.totalCapped).toBe(true);
  });

  it('refuses empty, 1-character, word-less and oversized queries with a clear 400', async () => {
    const reader = await company();
    for (const url of [
      'q=',
      'q=a',
      'q=%20%20x%20',
      'q=!!',
      'q=%22%22',
      '',
      `q=${'a'.repeat(201)}`,
      'q=ab&type=x',
      'q=ab&page=0',
    ]) {
      const res = await reader.client.get(`/api/network/search?${url}`);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toMatch(/^ERR_(SEARCH_QUERY|VALIDATION)$/);
    }
    const short = await reader.client.get('/api/network/search?q=a');
    expect(short.json()).toMatchObject({ code: 'ERR_SEARCH_QUERY' });
    expect(short.json().detail).toMatch(/au moins 2 caractères/);
    expect((await t.app.inject({ method: 'GET', url: '/api/network/search?q=cafe' })).statusCode).toBe(401);
  });

  it('splits highlights into plain segments', () => {
    expect(
      splitHighlight('Le \u0002café\u0003 de **Bamako** @[Marie](user:0badc0de-0000-4000-8000-000000000000)'),
    ).toEqual([
      { text: 'Le ', match: false },
      { text: 'café', match: true },
      { text: ' de Bamako @Marie', match: false },
    ]);
  });
});
