// SQL of the scoring job: what a window's scoring reads (accounts, post aggregates, reposts, interactions)
// and how it writes scores. Every read is bounded by the window's dates.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, WindowKind } from '../../db/schema.ts';
import type { Period } from './periods.ts';

type Executor = Kysely<DB> | Transaction<DB>;
/** Midnight UTC of a day: bounds never depend on the session's time zone. */
const utc = (day: string) => `${day}T00:00:00Z`;

export interface OfficialAccount {
  id: number;
  country: string;
  /** International organisations are ranked as accounts but are not part of their seat country's index. */
  international?: boolean;
  followers: number | null;
  followers_start: number | null;
}

/** Accounts attached to an actor (the official ones), with their followers at the end and start of the period. */
export async function officialAccounts(db: Executor, period: Period): Promise<OfficialAccount[]> {
  const result = await sql<OfficialAccount>`
    SELECT a.id, ac.country, ac.type = 'international_organisation' AS international,
      (SELECT s.followers FROM obs_account_snapshots s WHERE s.account_id = a.id AND s.observed_at < ${utc(period.endExclusive)}::timestamptz
        ORDER BY s.observed_at DESC LIMIT 1) AS followers,
      (SELECT s.followers FROM obs_account_snapshots s WHERE s.account_id = a.id AND s.observed_at < ${utc(period.start)}::timestamptz
        ORDER BY s.observed_at DESC LIMIT 1) AS followers_start
    FROM obs_accounts a JOIN obs_actors ac ON ac.id = a.actor_id
    ORDER BY a.id`.execute(db);
  return result.rows;
}

export interface PostAggregate {
  account_id: number;
  own_posts: number;
  reposts_made: number;
  replies_outside: number;
  reactions: number;
  amplification: number;
}

/** Per author: own posts (not reposts), reposts made, replies to non-official accounts, reactions received. */
export async function postAggregates(db: Executor, period: Period): Promise<PostAggregate[]> {
  const result = await sql<PostAggregate>`
    SELECT p.account_id,
      count(*) FILTER (WHERE p.kind <> 'repost')::int AS own_posts,
      count(*) FILTER (WHERE p.kind = 'repost')::int AS reposts_made,
      count(*) FILTER (WHERE p.kind = 'reply' AND p.reply_to_account IS NOT NULL AND t.actor_id IS NULL)::int AS replies_outside,
      COALESCE(sum(COALESCE(p.likes, 0) + COALESCE(p.replies, 0) + COALESCE(p.reposts, 0) + COALESCE(p.quotes, 0))
        FILTER (WHERE p.kind <> 'repost'), 0)::float8 AS reactions,
      COALESCE(sum(COALESCE(p.reposts, 0) + COALESCE(p.quotes, 0)) FILTER (WHERE p.kind <> 'repost'), 0)::float8 AS amplification
    FROM obs_posts p LEFT JOIN obs_accounts t ON t.id = p.reply_to_account
    WHERE p.posted_at >= ${utc(period.start)}::timestamptz AND p.posted_at < ${utc(period.endExclusive)}::timestamptz
    GROUP BY p.account_id`.execute(db);
  return result.rows;
}

export interface RepostRow {
  account_id: number;
  target: number;
  source: string;
}

/** Reposts made in the period: who reposted whom, and which post (or, when unknown, which day of the target). */
export async function reposts(db: Executor, period: Period): Promise<RepostRow[]> {
  const result = await sql<RepostRow>`
    SELECT account_id, repost_of_account AS target,
      COALESCE(repost_of_post_id, repost_of_account::text || '@' || (posted_at AT TIME ZONE 'UTC')::date::text) AS source
    FROM obs_posts
    WHERE kind = 'repost' AND repost_of_account IS NOT NULL
      AND posted_at >= ${utc(period.start)}::timestamptz AND posted_at < ${utc(period.endExclusive)}::timestamptz`.execute(
    db,
  );
  return result.rows;
}

export interface EdgeRow {
  source: number;
  target: number;
  reposts: number;
  replies: number;
  others: number;
  source_official: boolean;
  target_official: boolean;
}

/** The interaction graph of the period: one row per (source, target), counting posts, not interaction rows. */
export async function interactionEdges(db: Executor, period: Period): Promise<EdgeRow[]> {
  const result = await sql<EdgeRow>`
    SELECT e.source, e.target, e.reposts, e.replies, e.others,
      (sa.actor_id IS NOT NULL) AS source_official, (ta.actor_id IS NOT NULL) AS target_official
    FROM (
      SELECT account_id AS source, target_id AS target,
        count(DISTINCT network_post_id) FILTER (WHERE kind = 'repost')::int AS reposts,
        count(DISTINCT network_post_id) FILTER (WHERE kind = 'reply')::int AS replies,
        count(DISTINCT network_post_id) FILTER (WHERE kind <> 'repost')::int AS others
      FROM obs_interactions
      WHERE occurred_at >= ${utc(period.start)}::timestamptz AND occurred_at < ${utc(period.endExclusive)}::timestamptz
      GROUP BY account_id, target_id
    ) e
    JOIN obs_accounts sa ON sa.id = e.source
    JOIN obs_accounts ta ON ta.id = e.target`.execute(db);
  return result.rows;
}

export async function previousRanks(db: Executor, window: WindowKind, periodEnd: string) {
  const accounts = await db
    .selectFrom('obs_account_scores')
    .select(['account_id', 'rank'])
    .where('window_kind', '=', window)
    .where('period_end', '=', periodEnd)
    .execute();
  const countries = await db
    .selectFrom('obs_country_scores')
    .select(['country', 'rank'])
    .where('window_kind', '=', window)
    .where('period_end', '=', periodEnd)
    .execute();
  return {
    accounts: new Map(accounts.map((r) => [r.account_id, r.rank])),
    countries: new Map(countries.map((r) => [r.country, r.rank])),
  };
}

export async function hasScores(db: Executor, window: WindowKind, periodEnd: string): Promise<boolean> {
  const row = await db
    .selectFrom('obs_country_scores')
    .select('country')
    .where('window_kind', '=', window)
    .where('period_end', '=', periodEnd)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface AccountScoreRow {
  account_id: number;
  country: string | null;
  raw: string;
  normalised: string;
  index: number;
  rank: number;
  movement: number | null;
  followers: number | null;
  posts: number;
}
export interface CountryScoreRow {
  country: string;
  index: number;
  rank: number;
  movement: number | null;
  accounts: number;
  followers: number;
}

const CHUNK = 10_000;

/** Replaces a period's scores in one transaction. */
export async function replaceScores(
  db: Kysely<DB>,
  window: WindowKind,
  periodEnd: string,
  accounts: AccountScoreRow[],
  countries: CountryScoreRow[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('obs_account_scores')
      .where('window_kind', '=', window)
      .where('period_end', '=', periodEnd)
      .execute();
    await trx
      .deleteFrom('obs_country_scores')
      .where('window_kind', '=', window)
      .where('period_end', '=', periodEnd)
      .execute();
    for (let i = 0; i < accounts.length; i += CHUNK) {
      const rows = accounts.slice(i, i + CHUNK);
      const col = <T>(f: (r: AccountScoreRow) => T) => rows.map(f);
      await sql`
        INSERT INTO obs_account_scores (account_id, window_kind, period_end, country, raw, normalised, index, rank, movement, followers, posts)
        SELECT account_id, ${window}, ${periodEnd}::date, country, raw::jsonb, normalised::jsonb, index, rank, movement, followers, posts
        FROM unnest(${col((r) => r.account_id)}::bigint[], ${col((r) => r.country)}::text[], ${col((r) => r.raw)}::text[],
          ${col((r) => r.normalised)}::text[], ${col((r) => r.index)}::float8[], ${col((r) => r.rank)}::int[],
          ${col((r) => r.movement)}::int[], ${col((r) => r.followers)}::bigint[], ${col((r) => r.posts)}::int[])
          AS v(account_id, country, raw, normalised, index, rank, movement, followers, posts)`.execute(trx);
    }
    if (countries.length > 0) {
      const col = <T>(f: (r: CountryScoreRow) => T) => countries.map(f);
      await sql`
        INSERT INTO obs_country_scores (country, window_kind, period_end, index, rank, movement, accounts, followers)
        SELECT country, ${window}, ${periodEnd}::date, index, rank, movement, accounts, followers
        FROM unnest(${col((r) => r.country)}::text[], ${col((r) => r.index)}::float8[], ${col((r) => r.rank)}::int[],
          ${col((r) => r.movement)}::int[], ${col((r) => r.accounts)}::int[], ${col((r) => r.followers)}::bigint[])
          AS v(country, index, rank, movement, accounts, followers)`.execute(trx);
    }
  });
}

/** The last day with data: scoring periods end there (or today, whichever comes first). */
export async function lastDataDay(db: Executor): Promise<string | null> {
  const result = await sql<{ day: string | null }>`
    SELECT (max(posted_at) AT TIME ZONE 'UTC')::date::text AS day FROM obs_posts`.execute(db);
  return result.rows[0]?.day ?? null;
}
