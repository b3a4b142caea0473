import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import { worldCountryList } from './countries.ts';
import { seedWorld, WORLD_SIZES, WorldExistsError, type WorldSizeSpec, type WorldSummary } from './index.ts';

// A canonical dump of every table the world writes, without the columns the database fills (created_at).
const CANONICAL: Record<string, string> = {
  obs_actors:
    "SELECT concat_ws('|', id, country, type, name_fr, name_en, host_country, city, latitude, longitude) AS r FROM obs_actors ORDER BY id",
  obs_accounts:
    "SELECT concat_ws('|', id, network, handle, display_name, actor_id, verified, tracked, followers, following, posts_count, observed_at) AS r FROM obs_accounts ORDER BY id",
  obs_account_snapshots:
    "SELECT concat_ws('|', account_id, observed_at, followers, following, posts_count) AS r FROM obs_account_snapshots ORDER BY account_id, observed_at",
  obs_posts:
    "SELECT concat_ws('|', account_id, network_post_id, posted_at, kind, lang, text, url, reply_to_post_id, reply_to_account, quote_of_post_id, quote_of_account, repost_of_post_id, repost_of_account, mentions, hashtags, likes, reposts, replies, quotes, views, metrics_at) AS r FROM obs_posts ORDER BY account_id, network_post_id",
  obs_post_metrics:
    "SELECT concat_ws('|', account_id, network_post_id, observed_at, likes, reposts, replies, quotes, views) AS r FROM obs_post_metrics ORDER BY account_id, network_post_id, observed_at",
  obs_interactions:
    "SELECT concat_ws('|', account_id, network_post_id, target_id, kind, occurred_at) AS r FROM obs_interactions ORDER BY account_id, network_post_id, target_id, kind",
  obs_synthetic_truth:
    "SELECT concat_ws('|', account_id, world, seed, influence, dialogue_propensity, bought_followers, ring, ring_role) AS r FROM obs_synthetic_truth ORDER BY account_id",
};

async function fingerprint(database: Database): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const [table, query] of Object.entries(CANONICAL)) {
    const { rows } = await sql
      .raw<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, E'\\n'), '')) AS md5 FROM (${query}) t`,
      )
      .execute(database.db);
    out[table] = rows[0] as { rows: number; md5: string };
  }
  return out;
}

const count = async (database: Database, query: string) =>
  Number(((await sql.raw<{ n: number }>(query).execute(database.db)).rows[0] as { n: number }).n);

describe('seedWorld (small world, on the test database)', () => {
  let first: Database;
  let summary: WorldSummary;

  beforeAll(async () => {
    first = await createTestDatabase();
    const phases = new Set<string>();
    summary = await seedWorld(first, { size: 'small', seed: 1, onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['accounts', 'activity', 'totals']);
  }, 600_000);

  afterAll(async () => {
    await first?.close();
  });

  it('reports what it wrote', async () => {
    const a = await fingerprint(first);
    expect(a.obs_posts?.rows).toBe(summary.posts);
    expect(a.obs_post_metrics?.rows).toBe(summary.metrics);
    expect(a.obs_interactions?.rows).toBe(summary.interactions);
    expect(a.obs_account_snapshots?.rows).toBe(summary.snapshots);
    expect(a.obs_accounts?.rows).toBe(summary.accounts);
    expect(a.obs_actors?.rows).toBe(summary.actors);
    expect(summary).toMatchObject({ world: 'small', seed: 1, endDate: '2026-11-22', reusedAccounts: 0 });
    expect(summary.posts).toBeGreaterThan(30_000);
  });

  it('gives every country an official account with its actor', async () => {
    const rows = await first.db
      .selectFrom('obs_accounts as a')
      .innerJoin('obs_actors as r', 'r.id', 'a.actor_id')
      .select('r.country')
      .distinct()
      .execute();
    const present = new Set(rows.map((r) => r.country));
    expect(worldCountryList().filter((c) => !present.has(c.code))).toEqual([]);
    const io = await count(first, "SELECT count(*) AS n FROM obs_actors WHERE type = 'international_organisation'");
    expect(io).toBeGreaterThanOrEqual(5);
  });

  it('keeps France’s shape: about 30 accounts led by the ministry at about 230,000 followers', async () => {
    const fr = await first.db
      .selectFrom('obs_accounts as a')
      .innerJoin('obs_actors as r', 'r.id', 'a.actor_id')
      .select(['a.handle', 'a.followers', 'r.type'])
      .where('r.country', '=', 'FR')
      .where('r.type', '<>', 'international_organisation')
      .orderBy('a.followers', 'desc')
      .execute();
    expect(fr.length).toBeGreaterThanOrEqual(25);
    expect(fr.length).toBeLessThanOrEqual(36);
    const ministry = fr.find((a) => a.handle === 'francediplo');
    expect(ministry?.type).toBe('foreign_ministry');
    expect(ministry?.followers).toBeGreaterThan(200_000);
    expect(ministry?.followers).toBeLessThan(260_000);
  });

  it('stores the ground truth of every official account and bot, and of nothing else', async () => {
    const missing = await count(
      first,
      "SELECT count(*) AS n FROM obs_accounts a LEFT JOIN obs_synthetic_truth t ON t.account_id = a.id WHERE (a.actor_id IS NOT NULL) <> (t.account_id IS NOT NULL) AND t.ring_role IS DISTINCT FROM 'member'",
    );
    expect(missing).toBe(0);
    const bots = await count(first, "SELECT count(*) AS n FROM obs_synthetic_truth WHERE ring_role = 'member'");
    expect(bots).toBe(summary.bots);
    const bought = await count(first, 'SELECT count(*) AS n FROM obs_synthetic_truth WHERE bought_followers');
    expect(bought).toBe(summary.boughtFollowers);
    const targets = await count(
      first,
      "SELECT count(DISTINCT ring) AS n FROM obs_synthetic_truth WHERE ring_role = 'target'",
    );
    expect(targets).toBe(WORLD_SIZES.small.rings);
    const unregistered = await count(
      first,
      'SELECT count(*) AS n FROM obs_synthetic_truth t JOIN obs_accounts a ON a.id = t.account_id WHERE a.actor_id IS NULL',
    );
    expect(unregistered).toBe(summary.bots);
  });

  it('shows bought followers as a tenfold jump in the stored snapshots', async () => {
    const { rows } = await sql<{ account_id: number; jump: number }>`
      SELECT s.account_id, max(s.followers::float8 / p.followers) AS jump
      FROM obs_account_snapshots s
      JOIN obs_account_snapshots p ON p.account_id = s.account_id AND p.observed_at = s.observed_at - interval '1 day'
      JOIN obs_synthetic_truth t ON t.account_id = s.account_id AND t.bought_followers
      GROUP BY s.account_id`.execute(first.db);
    expect(rows.length).toBe(summary.boughtFollowers);
    for (const r of rows) expect(r.jump).toBeGreaterThan(8);
  });

  it('stores ring bots that only repost their ring’s target', async () => {
    const stray = await count(
      first,
      `SELECT count(*) AS n FROM obs_posts p
       JOIN obs_synthetic_truth b ON b.account_id = p.account_id AND b.ring_role = 'member'
       LEFT JOIN obs_synthetic_truth t ON t.account_id = p.repost_of_account AND t.ring = b.ring AND t.ring_role = 'target'
       WHERE p.kind <> 'repost' OR t.account_id IS NULL`,
    );
    expect(stray).toBe(0);
    const reposts = await count(
      first,
      "SELECT count(*) AS n FROM obs_interactions i JOIN obs_synthetic_truth b ON b.account_id = i.account_id AND b.ring_role = 'member' WHERE i.kind = 'repost'",
    );
    expect(reposts).toBeGreaterThan(100);
  });

  it('refuses to seed a second world into the same database, and adds nothing', async () => {
    const before = await count(first, 'SELECT count(*) AS n FROM obs_posts');
    await expect(seedWorld(first, { size: 'small', seed: 1 })).rejects.toThrow(WorldExistsError);
    await expect(seedWorld(first, { size: 'small', seed: 2 })).rejects.toThrow(
      /already holds the synthetic world "small" \(seed 1\)/,
    );
    expect(await count(first, 'SELECT count(*) AS n FROM obs_posts')).toBe(before);
  });
});

// A tiny world: every country still gets its account, but it seeds in seconds.
const tiny: WorldSizeSpec = {
  ...WORLD_SIZES.small,
  name: 'tiny',
  officials: 320,
  franceAccounts: 6,
  publicAccounts: 300,
  rings: 1,
  postsPerDay: 0.03,
  metricOffsetsHours: [1, 24],
};

describe('seedWorld determinism', () => {
  it('writes the same rows, ids included, for the same seed in two fresh databases, and others for another seed', async () => {
    const prints = [];
    for (const seed of [7, 7, 8]) {
      const database = await createTestDatabase();
      try {
        await seedWorld(database, { size: tiny, seed });
        prints.push(await fingerprint(database));
      } finally {
        await database.close();
      }
    }
    const [a, b, c] = prints;
    expect(b).toEqual(a);
    expect(a?.obs_posts?.rows).toBeGreaterThan(500);
    expect(c?.obs_posts?.md5).not.toBe(a?.obs_posts?.md5);
    expect(c?.obs_synthetic_truth?.md5).not.toBe(a?.obs_synthetic_truth?.md5);
  }, 300_000);
});

describe('seedWorld with a registry', () => {
  it('reuses the registry’s missions and never takes over an account it does not own', async () => {
    const database = await createTestDatabase();
    try {
      const actor = await database.db
        .insertInto('obs_actors')
        .values({
          country: 'FR',
          type: 'embassy',
          name_fr: 'Ambassade de France au Mali',
          name_en: 'Embassy of France in Mali',
          host_country: 'ML',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const mission = await database.db
        .insertInto('obs_accounts')
        .values({
          network: 'x',
          handle: 'franceaumali',
          actor_id: actor.id,
          display_name: null,
          network_id: null,
          poll_cursor: null,
          poll_error: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Someone outside the registry already uses the handle the world would give France's foreign minister.
      await database.db
        .insertInto('obs_accounts')
        .values({
          network: 'x',
          handle: 'fr_fm',
          actor_id: null,
          display_name: null,
          network_id: null,
          poll_cursor: null,
          poll_error: null,
        })
        .execute();
      await expect(seedWorld(database, { size: tiny, seed: 3, endDate: '2026-02-30' })).rejects.toThrow(/end date/);
      const summary = await seedWorld(database, { size: tiny, seed: 3, endDate: '2026-03-31' });
      expect(summary.reusedAccounts).toBe(1);
      const reused = await database.db
        .selectFrom('obs_synthetic_truth')
        .selectAll()
        .where('account_id', '=', mission.id)
        .executeTakeFirst();
      expect(reused?.world).toBe('tiny');
      const posts = await count(
        database,
        `SELECT count(*) AS n FROM obs_posts WHERE account_id = ${Number(mission.id)}`,
      );
      const { followers } = await database.db
        .selectFrom('obs_accounts')
        .select('followers')
        .where('id', '=', mission.id)
        .executeTakeFirstOrThrow();
      expect(posts + Number(followers)).toBeGreaterThan(0);
      const fm = await database.db
        .selectFrom('obs_accounts')
        .select(['handle', 'actor_id'])
        .where('handle', 'like', 'fr\\_fm%')
        .orderBy('handle')
        .execute();
      expect(fm).toEqual([
        { handle: 'fr_fm', actor_id: null },
        { handle: 'fr_fm_w1', actor_id: expect.any(String) },
      ]);
      const last = await count(
        database,
        "SELECT count(*) AS n FROM obs_posts WHERE posted_at > '2026-03-31T23:59:59Z'",
      );
      expect(last).toBe(0);
    } finally {
      await database.close();
    }
  }, 300_000);
});
