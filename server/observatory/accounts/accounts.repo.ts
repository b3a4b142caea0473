// SQL of the account reads: the filtered, sorted list with its totals, and an account's detail parts.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB, WindowKind } from '../../db/schema.ts';
import { type AccountSummaryRow, accountSummaryColumns } from '../shared.ts';

export interface AccountFilter {
  window: WindowKind;
  periodEnd: string | null;
  country?: string | undefined;
  network?: string | undefined;
  type?: string | undefined;
  q?: string | undefined;
  registered?: boolean | undefined;
}

export interface AccountListRow extends AccountSummaryRow {
  followers: number | null;
  growth: number | null;
  posts: number | null;
  engagement: number | null;
  dialogue: number | null;
  index: number | null;
  rank: number | null;
  movement: number | null;
  normalised: Record<string, number> | null;
}

const SORTS: Record<string, RawBuilder<unknown>> = {
  index: sql`s.index`,
  followers: sql`COALESCE(s.followers, a.followers)`,
  growth: sql`(s.raw->>'followersGrowth')::float8`,
  posts: sql`s.posts`,
  engagement: sql`(s.raw->>'engagement')::float8`,
  dialogue: sql`(s.normalised->>'dialogue')::float8`,
  name: sql`lower(COALESCE(ac.name_fr, a.display_name, a.handle))`,
};

function where(f: AccountFilter) {
  const parts: RawBuilder<unknown>[] = [];
  const registered = f.registered ?? true;
  parts.push(registered ? sql`a.actor_id IS NOT NULL` : sql`a.actor_id IS NULL`);
  if (f.country) parts.push(sql`ac.country = ${f.country}`);
  if (f.network) parts.push(sql`a.network = ${f.network}`);
  if (f.type) parts.push(sql`ac.type = ${f.type}`);
  if (f.q?.trim()) {
    const like = `%${f.q.trim().toLowerCase().replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
    parts.push(sql`(immutable_unaccent(lower(COALESCE(a.handle, '') || ' ' || COALESCE(a.display_name, '') || ' ' ||
      COALESCE(ac.name_fr, '') || ' ' || COALESCE(ac.name_en, ''))) LIKE immutable_unaccent(${like}))`);
  }
  return sql.join(parts, sql` AND `);
}

const fromClause = (f: AccountFilter) => sql`
  FROM obs_accounts a
  LEFT JOIN obs_actors ac ON ac.id = a.actor_id
  LEFT JOIN obs_account_scores s ON s.account_id = a.id AND s.window_kind = ${f.window} AND s.period_end = ${f.periodEnd}::date`;

export async function listAccounts(
  db: Kysely<DB>,
  f: AccountFilter,
  page: { sort: string; order: 'asc' | 'desc'; limit: number; offset: number },
) {
  const sortExpr = SORTS[page.sort] ?? SORTS.index;
  const dir = page.order === 'asc' ? sql`ASC NULLS LAST` : sql`DESC NULLS LAST`;
  const rows = await sql<AccountListRow>`
    SELECT ${accountSummaryColumns}, COALESCE(s.followers, a.followers) AS followers,
      (s.raw->>'followersGrowth')::float8 AS growth, s.posts, (s.raw->>'engagement')::float8 AS engagement,
      (s.normalised->>'dialogue')::float8 AS dialogue, s.index, s.rank, s.movement, s.normalised
    ${fromClause(f)}
    WHERE ${where(f)}
    ORDER BY ${sortExpr} ${dir}, a.id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const totals = await sql<{ accounts: number; followers: number | null; posts: number | null }>`
    SELECT count(*)::int AS accounts, sum(COALESCE(s.followers, a.followers))::float8 AS followers, sum(s.posts)::float8 AS posts
    ${fromClause(f)}
    WHERE ${where(f)}`.execute(db);
  const t = totals.rows[0];
  return {
    rows: rows.rows,
    totals: { accounts: t?.accounts ?? 0, followers: t?.followers ?? 0, posts: t?.posts ?? 0 },
  };
}

export interface AccountDetailRow extends AccountSummaryRow {
  followers: number | null;
  following: number | null;
  posts_count: number | null;
  tracked: boolean;
  last_polled_at: Date | null;
}

export async function findAccount(db: Kysely<DB>, id: number): Promise<AccountDetailRow | undefined> {
  const result = await sql<AccountDetailRow>`
    SELECT ${accountSummaryColumns}, a.followers, a.following, a.posts_count, a.tracked, a.last_polled_at
    FROM obs_accounts a LEFT JOIN obs_actors ac ON ac.id = a.actor_id
    WHERE a.id = ${id}`.execute(db);
  return result.rows[0];
}

export async function accountScore(db: Kysely<DB>, id: number, window: WindowKind, periodEnd: string) {
  const score = await db
    .selectFrom('obs_account_scores')
    .select(['raw', 'normalised', 'index', 'rank', 'movement'])
    .where('account_id', '=', id)
    .where('window_kind', '=', window)
    .where('period_end', '=', periodEnd)
    .executeTakeFirst();
  if (!score) return undefined;
  const ranked = await db
    .selectFrom('obs_account_scores')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('window_kind', '=', window)
    .where('period_end', '=', periodEnd)
    .executeTakeFirstOrThrow();
  return { ...score, ranked: Number(ranked.n) };
}

export async function accountHistory(db: Kysely<DB>, id: number, window: WindowKind) {
  return db
    .selectFrom('obs_account_scores')
    .select(['period_end', 'index', 'rank'])
    .where('account_id', '=', id)
    .where('window_kind', '=', window)
    .orderBy('period_end')
    .execute();
}

/** Daily followers (the last snapshot of each day) over the days before `end`. */
export async function followerSeries(db: Kysely<DB>, accountIds: number[], start: string, endExclusive: string) {
  if (accountIds.length === 0) return [];
  const result = await sql<{ account_id: number; day: string; followers: number | null }>`
    SELECT DISTINCT ON (account_id, day) account_id, day, followers FROM (
      SELECT account_id, (observed_at AT TIME ZONE 'UTC')::date::text AS day, observed_at, followers
      FROM obs_account_snapshots
      WHERE account_id = ANY(${accountIds}::bigint[]) AND observed_at >= ${`${start}T00:00:00Z`}::timestamptz
        AND observed_at < ${`${endExclusive}T00:00:00Z`}::timestamptz AND followers IS NOT NULL
    ) s ORDER BY account_id, day, observed_at DESC`.execute(db);
  return result.rows;
}

export interface PostRow {
  account_id: number;
  network_post_id: string;
  handle: string | null;
  network: string;
  posted_at: Date;
  kind: string;
  lang: string | null;
  text: string | null;
  url: string | null;
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
  engagement: number;
}

/** The most engaging own posts (not reposts) of the given accounts in a period. */
export async function bestPosts(db: Kysely<DB>, accountIds: number[], start: string, endExclusive: string, limit = 5) {
  if (accountIds.length === 0) return [];
  const result = await sql<PostRow>`
    SELECT p.account_id, p.network_post_id, a.handle, a.network, p.posted_at, p.kind, p.lang, p.text, p.url,
      p.likes, p.reposts, p.replies, p.quotes,
      (COALESCE(p.likes, 0) + COALESCE(p.reposts, 0) + COALESCE(p.replies, 0) + COALESCE(p.quotes, 0))::float8 AS engagement
    FROM obs_posts p JOIN obs_accounts a ON a.id = p.account_id
    WHERE p.account_id = ANY(${accountIds}::bigint[]) AND p.kind <> 'repost'
      AND p.posted_at >= ${`${start}T00:00:00Z`}::timestamptz AND p.posted_at < ${`${endExclusive}T00:00:00Z`}::timestamptz
    ORDER BY engagement DESC, p.posted_at DESC
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** The accounts this one interacts with most in a period, both directions. */
export async function topPartners(db: Kysely<DB>, id: number, start: string, endExclusive: string, limit = 10) {
  const result = await sql<AccountSummaryRow & { outgoing: number; incoming: number }>`
    WITH pairs AS (
      SELECT target_id AS partner, count(DISTINCT network_post_id)::int AS outgoing, 0 AS incoming
      FROM obs_interactions WHERE account_id = ${id}
        AND occurred_at >= ${`${start}T00:00:00Z`}::timestamptz AND occurred_at < ${`${endExclusive}T00:00:00Z`}::timestamptz
      GROUP BY target_id
      UNION ALL
      SELECT account_id AS partner, 0 AS outgoing, count(DISTINCT network_post_id)::int AS incoming
      FROM obs_interactions WHERE target_id = ${id}
        AND occurred_at >= ${`${start}T00:00:00Z`}::timestamptz AND occurred_at < ${`${endExclusive}T00:00:00Z`}::timestamptz
      GROUP BY account_id
    ), totals AS (
      SELECT partner, sum(outgoing)::int AS outgoing, sum(incoming)::int AS incoming FROM pairs GROUP BY partner
    )
    SELECT ${accountSummaryColumns}, t.outgoing, t.incoming
    FROM totals t JOIN obs_accounts a ON a.id = t.partner LEFT JOIN obs_actors ac ON ac.id = a.actor_id
    ORDER BY t.outgoing + t.incoming DESC, a.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
