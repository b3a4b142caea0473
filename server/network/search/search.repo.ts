// SQL of the network search. Each type is one statement: the first SEARCH_COUNT_CAP + 1 visible matches (GIN index
// or an early-stopping scan, the planner's choice; the access filter inside the scan) give the capped count and the
// candidates, ranked by ts_rank (computed on the candidates only) then recency; only the requested page gets its
// highlight (ts_headline on visible rows only). No ORDER BY over all the matches: sorting a common word's hundreds
// of thousands of matches is what would cost, so past the cap the ranking is among the candidates found first.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { SEARCH_COUNT_CAP } from '../../../common/schemas/network-search.ts';
import { memberVisibleTo } from '../../access/directory.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { readableComment, readablePost, readableSpace } from './readable.ts';

/** The parsed query: a tsquery expression (the last word as a prefix) and the raw text for name matching. */
export interface ParsedQuery {
  tsquery: RawBuilder<unknown>;
  /** Lower-cased text for LIKE on names, wildcards escaped. */
  likePattern: string;
  /** One plain word (the planner's estimate of its matches is good), or more / operators (it is not). */
  singleWord: boolean;
}

const CONFIG = sql`'french_unaccent'::regconfig`;
const WORD = /[\p{L}\p{N}]+/gu;
/** Highlight markers: control characters no one types, split apart in the service. */
export const MARK_START = '\u0002';
export const MARK_STOP = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** Null when the text holds no word. Quotes, "-word" or " or " switch to websearch syntax (no prefix then). */
export function parseQuery(q: string): ParsedQuery | null {
  const words = q.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return null;
  const likePattern = `%${q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (/["]|(^|\s)-\S|\sor\s/i.test(q)) {
    return { tsquery: sql`websearch_to_tsquery(${CONFIG}, ${q})`, likePattern, singleWord: false };
  }
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1).join(' ');
  return {
    tsquery: sql`(plainto_tsquery(${CONFIG}, ${head}) && to_tsquery(${CONFIG}, ${`${last}:*`}))`,
    likePattern,
    singleWord: words.length === 1,
  };
}

export interface Page {
  limit: number;
  offset: number;
}

interface Counted {
  total: number | string | null;
}

const cap = SEARCH_COUNT_CAP + 1;
/** Pages stop at the cap (the extra candidate only tells that there are more). */
const pageLimit = (page: Page) => Math.max(0, Math.min(page.limit, SEARCH_COUNT_CAP - page.offset));

export interface PostHitRow {
  id: string;
  title: string;
  level: number;
  tlp: string;
  compartment_id: string | null;
  hidden_at: Date | null;
  created_at: Date;
  space_id: string;
  space_name: string;
  space_kind: 'country' | 'sector' | 'theme' | 'deal_room';
  headline: string;
  author_id: string | null;
  author_name: string | null;
  author_audience: 'company' | 'partner' | 'agent' | null;
  author_organisation: string | null;
  author_verified_at: Date | null;
}

const authorJoin = (viewer: Viewer, column: string) => sql`
  LEFT JOIN users AS au ON au.id = ${sql.ref(column)} AND ${memberVisibleTo(viewer, 'au')}
  LEFT JOIN organisations AS ao ON ao.id = au.organisation_id
  LEFT JOIN net_profiles AS apf ON apf.user_id = au.id`;
const authorColumns = sql`au.id AS author_id, au.name AS author_name, au.audience AS author_audience,
  ao.name AS author_organisation, apf.verified_at AS author_verified_at`;

/** Splits the count row (always there) from the page rows (absent past the last page). */
function split<T extends { id: string | null }>(rows: (T & Counted)[]): { total: number; rows: T[] } {
  const total = Number(rows[0]?.total ?? 0);
  return { total, rows: rows.filter((row) => row.id !== null) };
}

export async function searchPosts(
  db: Kysely<DB>,
  viewer: Viewer,
  query: ParsedQuery,
  page: Page | null,
): Promise<{ total: number; rows: PostHitRow[] }> {
  const matches = sql`FROM net_posts AS p JOIN net_spaces AS s ON s.id = p.space_id
    WHERE p.search @@ ${query.tsquery} AND ${readablePost(viewer, 'p', 's')}`;
  if (page === null) return { total: await planned(db, 'net_posts', query, (tx) => capped(tx, matches)), rows: [] };
  const statement = sql<PostHitRow & Counted>`
    WITH hits AS MATERIALIZED (
      SELECT p.id, p.created_at ${matches}
      LIMIT ${cap}),
    ranked AS (SELECT hit.id, ts_rank(ranked_row.search, ${query.tsquery}) AS rank, hit.created_at
      FROM hits AS hit JOIN net_posts AS ranked_row ON ranked_row.id = hit.id
      ORDER BY rank DESC, hit.created_at DESC, hit.id DESC LIMIT ${pageLimit(page)} OFFSET ${page.offset})
    SELECT counted.total, x.* FROM (SELECT count(*) AS total FROM hits) AS counted
    LEFT JOIN LATERAL (
      SELECT p.id, p.title, p.level, p.tlp, p.compartment_id, p.hidden_at, p.created_at,
        s.id AS space_id, s.name AS space_name, s.kind AS space_kind,
        ts_headline(${CONFIG}, p.body, ${query.tsquery}, ${HEADLINE_OPTIONS}) AS headline, ${authorColumns},
        r.rank AS hit_rank
      FROM ranked AS r JOIN net_posts AS p ON p.id = r.id JOIN net_spaces AS s ON s.id = p.space_id
      ${authorJoin(viewer, 'p.author_id')}
    ) AS x ON true
    ORDER BY x.hit_rank DESC, x.created_at DESC, x.id DESC`;
  return split((await planned(db, 'net_posts', query, (tx) => statement.execute(tx))).rows);
}

export interface CommentHitRow extends Omit<PostHitRow, 'title'> {
  post_id: string;
  post_title: string;
}

export async function searchComments(
  db: Kysely<DB>,
  viewer: Viewer,
  query: ParsedQuery,
  page: Page | null,
): Promise<{ total: number; rows: CommentHitRow[] }> {
  const matches = sql`FROM net_comments AS c JOIN net_posts AS p ON p.id = c.post_id JOIN net_spaces AS s ON s.id = c.space_id
    WHERE c.search @@ ${query.tsquery} AND ${readableComment(viewer, 'c', 'p', 's')}`;
  if (page === null) return { total: await planned(db, 'net_comments', query, (tx) => capped(tx, matches)), rows: [] };
  const statement = sql<CommentHitRow & Counted>`
    WITH hits AS MATERIALIZED (
      SELECT c.id, c.created_at ${matches}
      LIMIT ${cap}),
    ranked AS (SELECT hit.id, ts_rank(ranked_row.search, ${query.tsquery}) AS rank, hit.created_at
      FROM hits AS hit JOIN net_comments AS ranked_row ON ranked_row.id = hit.id
      ORDER BY rank DESC, hit.created_at DESC, hit.id DESC LIMIT ${pageLimit(page)} OFFSET ${page.offset})
    SELECT counted.total, x.* FROM (SELECT count(*) AS total FROM hits) AS counted
    LEFT JOIN LATERAL (
      SELECT c.id, c.post_id, p.title AS post_title, c.level, c.tlp, c.compartment_id, c.hidden_at, c.created_at,
        s.id AS space_id, s.name AS space_name, s.kind AS space_kind,
        ts_headline(${CONFIG}, c.body, ${query.tsquery}, ${HEADLINE_OPTIONS}) AS headline, ${authorColumns},
        r.rank AS hit_rank
      FROM ranked AS r JOIN net_comments AS c ON c.id = r.id JOIN net_posts AS p ON p.id = c.post_id
      JOIN net_spaces AS s ON s.id = c.space_id
      ${authorJoin(viewer, 'c.author_id')}
    ) AS x ON true
    ORDER BY x.hit_rank DESC, x.created_at DESC, x.id DESC`;
  return split((await planned(db, 'net_comments', query, (tx) => statement.execute(tx))).rows);
}

export interface SpaceHitRow {
  id: string;
  name: string;
  kind: 'country' | 'sector' | 'theme' | 'deal_room';
  level: number;
  tlp: string;
  compartment_id: string | null;
  archived_at: Date | null;
  headline: string;
}

export async function searchSpaces(
  db: Kysely<DB>,
  viewer: Viewer,
  query: ParsedQuery,
  page: Page | null,
): Promise<{ total: number; rows: SpaceHitRow[] }> {
  const matches = sql`FROM net_spaces AS s WHERE s.search @@ ${query.tsquery} AND ${readableSpace(viewer, 's')}`;
  if (page === null) return { total: await capped(db, matches), rows: [] };
  const result = await sql<SpaceHitRow & Counted>`
    WITH hits AS MATERIALIZED (
      SELECT s.id, s.created_at, ts_rank(s.search, ${query.tsquery}) AS rank ${matches}
      LIMIT ${cap}),
    ranked AS (SELECT id, rank, created_at FROM hits ORDER BY rank DESC, created_at DESC, id DESC
      LIMIT ${pageLimit(page)} OFFSET ${page.offset})
    SELECT counted.total, x.* FROM (SELECT count(*) AS total FROM hits) AS counted
    LEFT JOIN LATERAL (
      SELECT s.id, s.name, s.kind, s.level, s.tlp, s.compartment_id, s.archived_at,
        ts_headline(${CONFIG}, s.description, ${query.tsquery}, ${HEADLINE_OPTIONS}) AS headline,
        r.rank AS hit_rank, r.created_at AS hit_at
      FROM ranked AS r JOIN net_spaces AS s ON s.id = r.id
    ) AS x ON true
    ORDER BY x.hit_rank DESC, x.hit_at DESC, x.id DESC`.execute(db);
  return split(result.rows);
}

export interface MemberHitRow {
  id: string;
  name: string;
  audience: 'company' | 'partner' | 'agent';
  organisation: string;
  verified_at: Date | null;
  title: string | null;
  country: string | null;
}

export async function searchMembers(
  db: Kysely<DB>,
  viewer: Viewer,
  query: ParsedQuery,
  page: Page | null,
): Promise<{ total: number; rows: MemberHitRow[] }> {
  // Two index lookups (the directory's full text, the trigram index on names), then the directory rule.
  const nameMatch = sql`immutable_unaccent(lower(u.name)) LIKE immutable_unaccent(${query.likePattern})`;
  const matches = sql`FROM users AS u
    WHERE u.id IN (SELECT ms.user_id FROM net_member_search AS ms WHERE ms.search @@ ${query.tsquery}
      UNION SELECT named.id FROM users AS named
        WHERE immutable_unaccent(lower(named.name)) LIKE immutable_unaccent(${query.likePattern}))
      AND ${memberVisibleTo(viewer, 'u')}`;
  if (page === null) return { total: await capped(db, matches), rows: [] };
  const result = await sql<MemberHitRow & Counted>`
    WITH hits AS MATERIALIZED (
      SELECT u.id, u.name,
        (CASE WHEN ${nameMatch} THEN 1 ELSE 0 END)
          + COALESCE((SELECT ts_rank(ms.search, ${query.tsquery}) FROM net_member_search AS ms WHERE ms.user_id = u.id), 0)
          AS rank
      ${matches}
      LIMIT ${cap}),
    ranked AS (SELECT id, rank, name FROM hits ORDER BY rank DESC, name, id LIMIT ${pageLimit(page)} OFFSET ${page.offset})
    SELECT counted.total, x.* FROM (SELECT count(*) AS total FROM hits) AS counted
    LEFT JOIN LATERAL (
      SELECT u.id, u.name, u.audience, o.name AS organisation, pf.verified_at, pf.title, pf.country,
        r.rank AS hit_rank
      FROM ranked AS r JOIN users AS u ON u.id = r.id
      JOIN organisations AS o ON o.id = u.organisation_id
      LEFT JOIN net_profiles AS pf ON pf.user_id = u.id
    ) AS x ON true
    ORDER BY x.hit_rank DESC, x.name, x.id`.execute(db);
  return split(result.rows);
}

/** Visible matches, counted up to the cap + 1 (no ranking, no ordering). */
async function capped(db: Kysely<DB>, matches: RawBuilder<unknown>): Promise<number> {
  const result = await sql<{ total: number | string }>`
    SELECT count(*) AS total FROM (SELECT 1 ${matches} LIMIT ${cap}) AS hits`.execute(db);
  return Number(result.rows[0]?.total ?? 0);
}

type BigTable = 'net_posts' | 'net_comments';
const tableSizes = new Map<BigTable, { rows: number; at: number }>();

/** Rows in `table` as the statistics say (-1 before the first ANALYZE), remembered for a minute. */
async function tableRows(db: Kysely<DB>, table: BigTable): Promise<number> {
  const known = tableSizes.get(table);
  if (known && Date.now() - known.at < 60_000) return known.rows;
  const result = await sql<{ rows: number | string }>`
    SELECT reltuples AS rows FROM pg_class WHERE oid = ${table}::regclass`.execute(db);
  const rows = Number(result.rows[0]?.rows ?? -1);
  tableSizes.set(table, { rows, at: Date.now() });
  return rows;
}

/** How many rows, in the order a plain scan reads them, a query of several words is tried on. */
export const DENSITY_SAMPLE = 1_000;

/**
 * The share of `table`'s rows that `query` matches (null on a small table: the planner's choice is fine there). One
 * word: the planner's estimate (one EXPLAIN, well under a millisecond; its statistics on single words are good).
 * Several words: the planner takes them as independent (it expected 217 posts for "centrale solaire" where there
 * are 12,447, and chose the slow path for "assurance prospection": 33,089), so the query is tried on the first
 * DENSITY_SAMPLE rows a plain scan reads, which is what the early-stopping scan will read first (a few ms).
 */
async function matchShare(db: Kysely<DB>, table: BigTable, query: ParsedQuery): Promise<number | null> {
  const rows = await tableRows(db, table);
  if (rows < 10_000) return null;
  if (query.singleWord) {
    const plan = await sql<{ 'QUERY PLAN': unknown }>`
      EXPLAIN (FORMAT JSON) SELECT 1 FROM ${sql.table(table)} WHERE search @@ ${query.tsquery}`.execute(db);
    const raw = plan.rows[0]?.['QUERY PLAN'];
    const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[];
    const estimate = Number(parsed?.[0]?.Plan?.['Plan Rows']);
    return Number.isFinite(estimate) ? estimate / rows : null;
  }
  const result = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM (SELECT search FROM ${sql.table(table)} LIMIT ${DENSITY_SAMPLE}) AS sample
    WHERE search @@ ${query.tsquery}`.execute(db);
  return Number(result.rows[0]?.n ?? 0) / DENSITY_SAMPLE;
}

/**
 * Above this share of matching rows, a scan that stops at the cap (about cap ÷ share rows: 10,000 at 2 %) beats
 * gathering every match from the GIN index first.
 */
export const DENSE_SHARE = 0.02;

/**
 * Runs `work` in a transaction with JIT off (compiling these short LIMIT queries costs far more than running them:
 * 600 ms measured on PostgreSQL 15), and with bitmap scans off when the words are common: the GIN index would
 * first gather every match (hundreds of thousands for "export"), while a plain scan stops as soon as the cap is
 * reached. Rare words keep the index. matchShare decides.
 */
async function planned<T>(
  db: Kysely<DB>,
  table: BigTable,
  query: ParsedQuery,
  work: (db: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  const share = await matchShare(db, table, query);
  const dense = share !== null && share >= DENSE_SHARE;
  return db.transaction().execute(async (tx) => {
    // One statement for both settings (is_local: they end with the transaction).
    await sql`SELECT set_config('jit', 'off', true), set_config('enable_bitmapscan', ${dense ? 'off' : 'on'}, true)`.execute(
      tx,
    );
    return work(tx);
  });
}
