// The scoring job: for each window, reads the period's data, computes every official account's factors
// (docs/methodology.md), the composite index, ranks and movements, the country index, and stores them.

import { buildCsr } from '../../analytics/csr.ts';
import {
  compositeIndex,
  countryIndex,
  DEFAULT_WEIGHTS,
  effectiveAudience,
  INDEX_DEFAULTS,
  normaliseWeights,
  type RawFactors,
  rankDescending,
  repostCredibility,
  type Weights,
} from '../../analytics/influence-index.ts';
import { pagerank } from '../../analytics/pagerank.ts';
import { quantile } from '../../analytics/stats.ts';
import type { Database } from '../../db/index.ts';
import type { WindowKind } from '../../db/schema.ts';
import { dayOf, historyEnds, type Period, periodEnding, previousEnd, WINDOW_KINDS } from './periods.ts';
import * as repo from './scoring.repo.ts';

/** Per-node L1 tolerance: ranks among accounts with tiny PageRanks need more than graphology's default 1e-6. */
export const PAGERANK_TOLERANCE = 1e-10;

export interface ScoreOptions {
  /** Last day of the periods; default: the last day with posts, or today if earlier. */
  asOf?: string;
  windows?: readonly WindowKind[];
  weights?: Weights;
  /** Also score this many past periods per window (history charts). */
  history?: number;
  /** Recompute periods already scored (the previous periods are otherwise kept). */
  recompute?: boolean;
  now?: Date;
  onPeriod?: (info: PeriodSummary) => void;
}

export interface PeriodSummary {
  window: WindowKind;
  periodEnd: string;
  accounts: number;
  countries: number;
  ms: number;
}

/** Extra facts kept with each score, shown on the account page ("why this score"). */
export interface ScoreDetails {
  followers: number;
  effectiveFollowers: number;
  audienceCapped: number;
  ownPosts: number;
  repostsMade: number;
  ringReposts: number;
  answerRate: number;
  replyShare: number;
  reactions: number;
  followersGrowth: number;
}

export async function loadWeights(database: Database): Promise<Weights> {
  const row = await database.db
    .selectFrom('obs_settings')
    .select('value')
    .where('key', '=', 'weights')
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_WEIGHTS };
  try {
    return normaliseWeights(row.value as Record<string, number>);
  } catch {
    return { ...DEFAULT_WEIGHTS };
  }
}

export async function saveWeights(database: Database, weights: Partial<Record<string, number>>): Promise<Weights> {
  const normalised = normaliseWeights(weights);
  await database.db
    .insertInto('obs_settings')
    .values({ key: 'weights', value: JSON.stringify(normalised) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(normalised), updated_at: new Date() }))
    .execute();
  return normalised;
}

let version = 0;
/** Bumped by every scoring run of this process: cached answers keyed on it are dropped at once here (other
 * instances reuse theirs for at most MEMO_TTL_MS). */
export const scoresVersion = () => version;

/** Scores the current and previous period of each window (and a history when asked). */
export async function scoreAll(database: Database, options: ScoreOptions = {}): Promise<PeriodSummary[]> {
  const today = dayOf(options.now ?? new Date());
  const last = options.asOf ?? (await repo.lastDataDay(database.db));
  if (!last) return [];
  const asOf = [last, today].sort()[0] as string;
  const weights = options.weights ?? (await loadWeights(database));
  const summaries: PeriodSummary[] = [];
  for (const window of options.windows ?? WINDOW_KINDS) {
    const points = Math.max(1, options.history ?? 1);
    // Months: the data rarely reaches further back than a quarter.
    const ends = historyEnds(window, asOf, window === 'month' ? Math.min(points, 3) : points);
    // Every shown period needs the one before it scored first, for its movement (the current one above all).
    const wanted = [...new Set([previousEnd(window, ends[0] as string), previousEnd(window, asOf), ...ends])].sort();
    for (const [i, end] of wanted.entries()) {
      const isCurrent = i === wanted.length - 1;
      if (!isCurrent && !options.recompute && (await repo.hasScores(database.db, window, end))) continue;
      const summary = await scorePeriod(database, periodEnding(window, end), weights);
      version++;
      summaries.push(summary);
      options.onPeriod?.(summary);
    }
  }
  await database.db
    .insertInto('obs_settings')
    .values({ key: 'last_scored_at', value: JSON.stringify(new Date().toISOString()) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(new Date().toISOString()), updated_at: new Date() }),
    )
    .execute();
  return summaries;
}

export async function scorePeriod(
  database: Database,
  period: Period,
  weights: Weights = DEFAULT_WEIGHTS,
): Promise<PeriodSummary> {
  const started = performance.now();
  const db = database.db;
  const [officials, aggregates, repostRows, edges, previous] = await Promise.all([
    repo.officialAccounts(db, period),
    repo.postAggregates(db, period),
    repo.reposts(db, period),
    repo.interactionEdges(db, period),
    repo.previousRanks(db, period.window, previousEnd(period.window, period.end)),
  ]);
  const computed = computeScores({ period, officials, aggregates, reposts: repostRows, edges, weights });
  const accountRows: repo.AccountScoreRow[] = computed.accounts.map((a) => {
    const before = previous.accounts.get(a.id);
    return {
      account_id: a.id,
      country: a.country,
      raw: JSON.stringify({ ...a.raw, ...a.details, ...weightColumns(weights) }),
      normalised: JSON.stringify(a.normalised),
      index: a.index,
      rank: a.rank,
      movement: before === undefined ? null : before - a.rank,
      followers: a.followers,
      posts: a.posts,
    };
  });
  const countryRows: repo.CountryScoreRow[] = computed.countries.map((c) => {
    const before = previous.countries.get(c.country);
    return { ...c, movement: before === undefined ? null : before - c.rank };
  });
  await repo.replaceScores(db, period.window, period.end, accountRows, countryRows);
  return {
    window: period.window,
    periodEnd: period.end,
    accounts: accountRows.length,
    countries: countryRows.length,
    ms: Math.round(performance.now() - started),
  };
}

/** The weights a score was computed with, kept beside it: its breakdown stays true if weights change later. */
function weightColumns(weights: Weights): Record<string, number> {
  return Object.fromEntries(Object.entries(weights).map(([f, w]) => [`weight_${f}`, w]));
}

export interface ScoreInput {
  period: Period;
  officials: repo.OfficialAccount[];
  aggregates: repo.PostAggregate[];
  reposts: repo.RepostRow[];
  edges: repo.EdgeRow[];
  weights: Weights;
}

export interface ComputedAccount {
  id: number;
  /** The country the account counts for (null: an international organisation). */
  country: string | null;
  raw: RawFactors;
  normalised: RawFactors;
  details: ScoreDetails;
  index: number;
  rank: number;
  followers: number | null;
  posts: number;
}

/** The pure part of scoring a period (tested on worked examples and on the synthetic world). */
export function computeScores(input: ScoreInput) {
  const { period, officials, aggregates, edges, weights } = input;
  const agg = new Map(aggregates.map((a) => [a.account_id, a]));

  // 1. Reposter credibility: repost share x synchrony with other repost-heavy accounts on the same posts.
  const share = (id: number) => {
    const a = agg.get(id);
    if (!a) return 0;
    const total = a.own_posts + a.reposts_made;
    return total > 0 ? a.reposts_made / total : 0;
  };
  const heavy = (id: number) => share(id) >= INDEX_DEFAULTS.repostShareFloor;
  const heavyBySource = new Map<string, number>();
  for (const r of input.reposts)
    if (heavy(r.account_id)) heavyBySource.set(r.source, (heavyBySource.get(r.source) ?? 0) + 1);
  const synced = new Map<number, { n: number; synced: number }>();
  for (const r of input.reposts) {
    const s = synced.get(r.account_id) ?? { n: 0, synced: 0 };
    s.n++;
    const others = (heavyBySource.get(r.source) ?? 0) - (heavy(r.account_id) ? 1 : 0);
    if (others >= INDEX_DEFAULTS.ringMinCoReposters) s.synced++;
    synced.set(r.account_id, s);
  }
  const credibility = new Map<number, number>();
  for (const [id, s] of synced) credibility.set(id, repostCredibility(share(id), s.n > 0 ? s.synced / s.n : 0));
  const cred = (id: number) => credibility.get(id) ?? 1;

  // 2. The interaction graph: one node per account met, edges weighted by posts (reposts by credibility).
  const nodeOf = new Map<number, number>();
  const node = (id: number) => {
    let i = nodeOf.get(id);
    if (i === undefined) {
      i = nodeOf.size;
      nodeOf.set(id, i);
    }
    return i;
  };
  for (const o of officials) node(o.id);
  const src = new Int32Array(edges.length);
  const dst = new Int32Array(edges.length);
  const w = new Float64Array(edges.length);
  const ringReposts = new Map<number, number>();
  const askers = new Map<number, Set<number>>();
  const repliedTo = new Map<number, Set<number>>();
  edges.forEach((e, i) => {
    src[i] = node(e.source);
    dst[i] = node(e.target);
    const c = cred(e.source);
    w[i] = e.others + c * e.reposts;
    if (e.reposts > 0 && c < 1) ringReposts.set(e.target, (ringReposts.get(e.target) ?? 0) + (1 - c) * e.reposts);
    if (!e.source_official && e.others > 0) {
      const set = askers.get(e.target) ?? new Set<number>();
      set.add(e.source);
      askers.set(e.target, set);
    }
    if (e.replies > 0 && !e.target_official) {
      const set = repliedTo.get(e.source) ?? new Set<number>();
      set.add(e.target);
      repliedTo.set(e.source, set);
    }
  });
  const graph = buildCsr(nodeOf.size, src, dst, w);
  const pr = graph.nodeCount > 0 ? pagerank(graph, { tolerance: PAGERANK_TOLERANCE }).scores : new Float64Array(0);

  // 3. Raw factors per official account.
  const base = officials.map((o) => {
    const a = agg.get(o.id);
    const ownPosts = a?.own_posts ?? 0;
    const repostsMade = a?.reposts_made ?? 0;
    const ring = ringReposts.get(o.id) ?? 0;
    const reactions = Math.max(0, (a?.reactions ?? 0) - ring);
    const engagement = ownPosts > 0 ? reactions / ownPosts : 0;
    const amplification = ownPosts > 0 ? Math.max(0, (a?.amplification ?? 0) - ring) / ownPosts : 0;
    const asked = askers.get(o.id);
    const answered = asked ? [...asked].filter((x) => repliedTo.get(o.id)?.has(x)).length : 0;
    const replyShare = ownPosts > 0 ? (a?.replies_outside ?? 0) / ownPosts : 0;
    const answerRate = asked && asked.size > 0 ? answered / asked.size : -1;
    return { o, ownPosts, repostsMade, ring, engagement, amplification, replyShare, answerRate };
  });
  const rates = base
    .filter((b) => (b.o.followers ?? 0) > 0 && b.ownPosts > 0)
    .map((b) => b.engagement / (b.o.followers as number));
  const referenceRate = rates.length > 0 ? quantile(rates, INDEX_DEFAULTS.audienceReferenceQuantile) : 0;
  const n = graph.nodeCount;
  // Scored: accounts with something measured in the period (followers known or a post).
  const scored = base.filter((b) => b.o.followers !== null || b.ownPosts + b.repostsMade > 0);
  const raws: RawFactors[] = [];
  const details: ScoreDetails[] = [];
  for (const b of scored) {
    const followers = b.o.followers ?? 0;
    const audience = effectiveAudience(followers, b.engagement, referenceRate);
    const dialogue = b.answerRate >= 0 ? (b.replyShare + b.answerRate) / 2 : b.replyShare;
    raws.push({
      audience: audience.audience,
      activity: (b.ownPosts + 0.25 * b.repostsMade) / period.days,
      engagement: b.engagement,
      amplification: b.amplification,
      dialogue,
      centrality: n > 0 ? (pr[nodeOf.get(b.o.id) as number] as number) * n : 0,
    });
    details.push({
      followers,
      effectiveFollowers: Math.round(audience.audience),
      audienceCapped: audience.capped ? 1 : 0,
      ownPosts: b.ownPosts,
      repostsMade: b.repostsMade,
      ringReposts: Math.round(b.ring * 100) / 100,
      answerRate: b.answerRate,
      replyShare: b.replyShare,
      reactions: b.engagement * b.ownPosts,
      followersGrowth: b.o.followers !== null && b.o.followers_start !== null ? b.o.followers - b.o.followers_start : 0,
    });
  }
  const composite = compositeIndex(raws, weights);
  const indices = composite.map((c) => c.index);
  const ranks = rankDescending(indices, (i) => (scored[i] as (typeof scored)[number]).o.id);
  const accounts: ComputedAccount[] = scored.map((b, i) => ({
    id: b.o.id,
    country: b.o.international ? null : b.o.country,
    raw: raws[i] as RawFactors,
    normalised: (composite[i] as (typeof composite)[number]).normalised,
    details: details[i] as ScoreDetails,
    index: indices[i] as number,
    rank: ranks[i] as number,
    followers: b.o.followers,
    posts: b.ownPosts,
  }));

  // 4. Countries: decayed mean of their best accounts.
  const byCountry = new Map<string, ComputedAccount[]>();
  for (const a of accounts) {
    if (a.country === null) continue;
    const list = byCountry.get(a.country);
    if (list) list.push(a);
    else byCountry.set(a.country, [a]);
  }
  const countryList = [...byCountry.entries()].map(([country, list]) => ({
    country,
    index: countryIndex(list.map((a) => a.index)),
    accounts: list.length,
    followers: list.reduce((s, a) => s + (a.followers ?? 0), 0),
  }));
  const countryRanks = rankDescending(
    countryList.map((c) => c.index),
    (i) => (countryList[i] as (typeof countryList)[number]).country,
  );
  const countries = countryList.map((c, i) => ({ ...c, rank: countryRanks[i] as number }));
  return { accounts, countries, credibility, pagerank: pr, nodeOf };
}
