// The seeded network: `small` attaches to the demo accounts, is deterministic and respects the model; the generator
// of `demo` and `large` is checked on a tiny size of its own (large never runs in tests); seeded members sign in
// with the demo password and read the network through the real API.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import { DEMO_PASSWORD, seedDemo } from '../../seed/demo.ts';
import { Rng } from '../../shared/random.ts';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/db.ts';
import { renderMarkdown } from '../core/markdown.ts';
import {
  HYDRO_SAHEL_EMAIL,
  NETWORK_SIZES,
  NetworkExistsError,
  type NetworkSizeSpec,
  seededNetwork,
  seedNetwork,
} from './index.ts';
import { plainParagraphsHtml, TextGenerator } from './text.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

const TINY: NetworkSizeSpec = {
  ...NETWORK_SIZES.demo,
  name: 'tiny',
  agents: 90,
  partners: 40,
  companyMembers: 40,
  companies: 15,
  embassies: 10,
  communities: 14,
  dealRooms: 8,
  posts: 1_500,
  requests: 12,
  conversations: 6,
};

/** A digest of everything seeded, by names and e-mails (the demo accounts' ids differ between databases). */
async function checksum(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ digest: string }>`
    SELECT md5(string_agg(line, '|' ORDER BY line)) AS digest FROM (
      SELECT concat_ws('~', 'space', s.name, s.kind, s.level, s.default_level, s.membership, s.country) AS line
        FROM net_spaces AS s
      UNION ALL SELECT concat_ws('~', 'member', s.name, u.email, m.role, m.state)
        FROM net_space_members AS m JOIN net_spaces AS s ON s.id = m.space_id JOIN users AS u ON u.id = m.user_id
      UNION ALL SELECT concat_ws('~', 'post', s.name, u.email, p.level, p.tlp, p.title, p.body,
          extract(epoch FROM p.created_at)::bigint)
        FROM net_posts AS p JOIN net_spaces AS s ON s.id = p.space_id JOIN users AS u ON u.id = p.author_id
      UNION ALL SELECT concat_ws('~', 'comment', u.email, c.level, c.body)
        FROM net_comments AS c JOIN users AS u ON u.id = c.author_id
      UNION ALL SELECT concat_ws('~', 'compartment', c.kind, c.name, u.email, o.name)
        FROM compartment_members AS m JOIN compartments AS c ON c.id = m.compartment_id
        LEFT JOIN users AS u ON u.id = m.user_id LEFT JOIN organisations AS o ON o.id = m.organisation_id
      UNION ALL SELECT concat_ws('~', 'request', r.reference, r.status, r.company_name, r.amount_eur)
        FROM portal_support_requests AS r
      UNION ALL SELECT concat_ws('~', 'profile', u.email, p.title, p.public_profile)
        FROM net_profiles AS p JOIN users AS u ON u.id = p.user_id
    ) AS t`.execute(db);
  return result.rows[0]!.digest;
}

async function counts(db: Kysely<DB>) {
  const result = await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM net_spaces)::int AS spaces,
      (SELECT count(*) FROM net_posts)::int AS posts, (SELECT count(*) FROM net_comments)::int AS comments,
      (SELECT count(*) FROM net_reactions)::int AS reactions,
      (SELECT count(*) FROM portal_support_requests)::int AS requests`.execute(db);
  return result.rows[0]!;
}

/** Every rule of the access model a seeded network must keep; returns the offending rows by rule. */
async function violations(db: Kysely<DB>): Promise<Record<string, number>> {
  const one = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(db)).rows[0]!.n);
  return {
    roomsNotLevel3: await one(sql`SELECT count(*)::int AS n FROM net_spaces
      WHERE kind = 'deal_room' AND (level <> 3 OR compartment_id IS DISTINCT FROM id
        OR NOT EXISTS (SELECT 1 FROM compartments AS c WHERE c.id = net_spaces.id AND c.kind = 'deal_room'))`),
    roomPostsNotLevel3:
      await one(sql`SELECT count(*)::int AS n FROM net_posts AS p JOIN net_spaces AS s ON s.id = p.space_id
      WHERE s.kind = 'deal_room' AND (p.level <> 3 OR p.compartment_id IS DISTINCT FROM s.id)`),
    postsBelowSpace:
      await one(sql`SELECT count(*)::int AS n FROM net_posts AS p JOIN net_spaces AS s ON s.id = p.space_id
      WHERE p.level < s.level`),
    communityPostsInCompartment: await one(sql`SELECT count(*)::int AS n FROM net_posts AS p
      JOIN net_spaces AS s ON s.id = p.space_id WHERE s.kind <> 'deal_room' AND p.compartment_id IS NOT NULL`),
    commentsBelowPost:
      await one(sql`SELECT count(*)::int AS n FROM net_comments AS c JOIN net_posts AS p ON p.id = c.post_id
      WHERE c.level < p.level OR c.compartment_id IS DISTINCT FROM p.compartment_id OR c.space_id <> p.space_id`),
    companyMemberInOtherRoom: await one(sql`SELECT count(*)::int AS n FROM compartment_members AS m
      JOIN compartments AS c ON c.id = m.compartment_id AND c.kind = 'deal_room'
      JOIN users AS u ON u.id = m.user_id AND u.audience = 'company'
      WHERE NOT EXISTS (SELECT 1 FROM net_deal_room_companies AS d
        WHERE d.room_id = c.id AND d.organisation_id = u.organisation_id)`),
    outsiderOwnersOrModerators: await one(sql`SELECT count(*)::int AS n FROM net_space_members AS m
      JOIN users AS u ON u.id = m.user_id WHERE u.audience <> 'agent' AND m.role <> 'member'`),
    outsidersInAgentSpaces: await one(sql`SELECT count(*)::int AS n FROM net_space_members AS m
      JOIN users AS u ON u.id = m.user_id JOIN net_spaces AS s ON s.id = m.space_id
      WHERE u.audience <> 'agent' AND s.level > 1`),
    outsiderPostsAboveTheirLevel: await one(sql`SELECT count(*)::int AS n FROM net_posts AS p
      JOIN users AS u ON u.id = p.author_id WHERE u.audience <> 'agent' AND p.level = 2`),
    authorsNotMembers:
      await one(sql`SELECT count(*)::int AS n FROM net_posts AS p JOIN net_spaces AS s ON s.id = p.space_id
      WHERE s.kind <> 'deal_room' AND NOT EXISTS (SELECT 1 FROM net_space_members AS m
        WHERE m.space_id = s.id AND m.user_id = p.author_id AND m.state = 'member')`),
    roomAuthorsNotMembers: await one(sql`SELECT count(*)::int AS n FROM net_posts AS p
      JOIN net_spaces AS s ON s.id = p.space_id AND s.kind = 'deal_room'
      WHERE NOT EXISTS (SELECT 1 FROM compartment_members AS m WHERE m.compartment_id = s.id AND m.user_id = p.author_id)`),
    requestsWithoutFile: await one(sql`SELECT count(*)::int AS n FROM portal_support_requests AS r
      WHERE r.compartment_id IS NULL OR NOT EXISTS (SELECT 1 FROM compartment_members AS m
        WHERE m.compartment_id = r.compartment_id AND m.user_id = r.user_id)`),
    expiredOrUnverified: await one(sql`SELECT count(*)::int AS n FROM users
      WHERE email_verified_at IS NULL OR (audience = 'partner' AND partner_expires_at <= now())`),
    ownerlessSpaces: await one(sql`SELECT count(*)::int AS n FROM net_spaces AS s WHERE s.kind <> 'deal_room'
      AND NOT EXISTS (SELECT 1 FROM net_space_members AS m WHERE m.space_id = s.id AND m.role = 'owner')`),
  };
}

const clean = {
  roomsNotLevel3: 0,
  roomPostsNotLevel3: 0,
  postsBelowSpace: 0,
  communityPostsInCompartment: 0,
  commentsBelowPost: 0,
  companyMemberInOtherRoom: 0,
  outsiderOwnersOrModerators: 0,
  outsidersInAgentSpaces: 0,
  outsiderPostsAboveTheirLevel: 0,
  authorsNotMembers: 0,
  roomAuthorsNotMembers: 0,
  requestsWithoutFile: 0,
  expiredOrUnverified: 0,
  ownerlessSpaces: 0,
};

let t: TestApp;
const others: Database[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { waiveSecondFactor: true });
  await seedNetwork(t.database.db, { size: 'small', now: NOW, waiveSecondFactor: true });
});

afterAll(async () => {
  for (const d of others) await d.close();
  await t?.close();
});

async function freshDatabase(): Promise<Database> {
  const database = await createTestDatabase();
  others.push(database);
  await seedDemo(database.db, { waiveSecondFactor: true });
  return database;
}

describe('the small network', () => {
  it('attaches to the demo accounts: communities, rooms, requests and posts at every level', async () => {
    const c = await counts(t.database.db);
    expect(c.spaces).toBe(10);
    expect(c.posts).toBeGreaterThanOrEqual(140);
    expect(c.requests).toBe(5);
    const levels = await sql<{ level: number; n: number }>`
      SELECT level, count(*)::int AS n FROM net_posts GROUP BY level ORDER BY level`.execute(t.database.db);
    expect(levels.rows.map((r) => r.level)).toEqual([0, 1, 2, 3]);
    const agent = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'agent@diplomatie.test')
      .executeTakeFirstOrThrow();
    const room = await t.database.db
      .selectFrom('net_deal_rooms as d')
      .innerJoin('organisations as o', 'o.id', 'd.company_id')
      .innerJoin('compartment_members as m', 'm.compartment_id', 'd.id')
      .select(['d.id', 'd.request_id'])
      .where('o.name', '=', 'Atelier Lumière SAS')
      .where('m.user_id', '=', agent.id)
      .executeTakeFirstOrThrow();
    expect(room.request_id).not.toBeNull();
    const queue = await sql<{ n: number }>`SELECT count(*)::int AS n FROM portal_support_requests AS r
      JOIN organisations AS o ON o.id = r.queue_id WHERE o.name = 'Ambassade de France au Mali'`.execute(t.database.db);
    expect(queue.rows[0]!.n).toBeGreaterThanOrEqual(3);
    expect(await seededNetwork(t.database.db)).toMatchObject({ size: 'small', seed: 1, version: 1 });
  });

  it('respects the access model', async () => {
    expect(await violations(t.database.db)).toEqual(clean);
  });

  it('refuses a second seed of any size', async () => {
    await expect(seedNetwork(t.database.db, { size: 'small', now: NOW })).rejects.toBeInstanceOf(NetworkExistsError);
    await expect(seedNetwork(t.database.db, { size: TINY, now: NOW })).rejects.toBeInstanceOf(NetworkExistsError);
  });

  it('is deterministic: the same counts and checksum in a second database', async () => {
    const other = await freshDatabase();
    await seedNetwork(other.db, { size: 'small', now: NOW, waiveSecondFactor: true });
    expect(await counts(other.db)).toEqual(await counts(t.database.db));
    expect(await checksum(other.db)).toBe(await checksum(t.database.db));
  });

  it('signs members in with the demo password; the API shows each company its own room only', async () => {
    const login = async (email: string) => {
      const client = await new Client(t.app).start();
      const res = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
      expect(res.statusCode).toBe(200);
      return client;
    };
    const roomPosts = async (client: Client) => {
      const res = await client.get('/api/network/feed?limit=50');
      expect(res.statusCode).toBe(200);
      return (res.json() as { items: { label: { level: number } }[] }).items.filter((p) => p.label.level === 3).length;
    };
    const lumiere = await login('entreprise@diplomatie.test');
    const hydro = await login(HYDRO_SAHEL_EMAIL);
    const agent = await login('agent@diplomatie.test');
    expect(await roomPosts(lumiere)).toBeGreaterThan(0);
    expect(await roomPosts(agent)).toBeGreaterThan(0);
    // Hydro Sahel sees the posts of its own room, never Atelier Lumière's.
    const hydroFeed = (await hydro.get('/api/network/feed?limit=50')).json() as { items: { bodyHtml: string }[] };
    expect(hydroFeed.items.length).toBeGreaterThan(0);
    expect(hydroFeed.items.some((p) => p.bodyHtml.includes('Kayes'))).toBe(true);
    expect(hydroFeed.items.some((p) => p.bodyHtml.includes('13,8 millions'))).toBe(false);
  });
});

describe('the generated network (demo and large, here on a tiny size)', () => {
  let db: Kysely<DB>;
  beforeAll(async () => {
    db = (await freshDatabase()).db;
    await seedNetwork(db, { size: TINY, now: NOW, rebuildIndexes: true });
  });

  it('has every kind of content, and the demo accounts take part', async () => {
    const c = await counts(db);
    expect(c.spaces).toBe(TINY.communities + TINY.dealRooms);
    expect(c.posts).toBe(TINY.posts);
    expect(c.comments).toBeGreaterThan(0);
    expect(c.requests).toBe(TINY.requests);
    const demo = await sql<{ n: number }>`SELECT count(*)::int AS n FROM net_space_members AS m
      JOIN users AS u ON u.id = m.user_id WHERE u.email = 'agent@diplomatie.test'`.execute(db);
    expect(demo.rows[0]!.n).toBeGreaterThan(3);
    // The rebuilt indexes are the migration's.
    const indexes = await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes
      WHERE tablename IN ('net_posts', 'net_comments') ORDER BY indexname`.execute(db);
    expect(indexes.rows.map((r) => r.indexname)).toEqual([
      'net_comments_pkey',
      'net_comments_post_idx',
      'net_comments_search_idx',
      'net_posts_author_idx',
      'net_posts_pkey',
      'net_posts_search_idx',
      'net_posts_space_time_idx',
    ]);
  });

  it('respects the access model', async () => {
    expect(await violations(db)).toEqual(clean);
  });

  it('finds rare and common words with the French search configuration', async () => {
    const hits = async (q: string) =>
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM net_posts
          WHERE search @@ websearch_to_tsquery('french_unaccent', ${q})`.execute(db)
      ).rows[0]!.n;
    expect(await hits('export')).toBeGreaterThan(TINY.posts / 20);
    expect(await hits('financement')).toBeGreaterThan(0);
  });
});

describe('the generated text', () => {
  it('renders exactly as the Markdown renderer would', () => {
    const text = new TextGenerator(new Rng(7, 'test'));
    for (let i = 0; i < 300; i++) {
      const { body } = text.post({ country: i % 2 ? 'ML' : 'CI', sector: i % 3 ? 'energy' : null });
      expect(plainParagraphsHtml(body)).toBe(renderMarkdown(body));
    }
  });
});
