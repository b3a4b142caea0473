// The influence index's formulas (docs/methodology.md): per-account factors, their robust normalisation,
// the composite, the anti-gaming discounts and the country aggregation. Pure: no I/O.

import { logisticScore, robustZ } from './stats.ts';

export const FACTORS = ['audience', 'activity', 'engagement', 'amplification', 'dialogue', 'centrality'] as const;
export type Factor = (typeof FACTORS)[number];
export type Weights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: Weights = {
  audience: 0.15,
  activity: 0.1,
  engagement: 0.25,
  amplification: 0.15,
  dialogue: 0.1,
  centrality: 0.25,
};

/** Parameters of the discounts; their defaults are argued in docs/methodology.md. */
export const INDEX_DEFAULTS = {
  /** Reposters whose activity is at least this share of reposts start losing credibility… */
  repostShareFloor: 0.5,
  /** …and lose all of it (times their synchrony) at this share. */
  repostShareCeiling: 0.9,
  /** A repost is "synchronised" when at least this many other repost-only accounts reposted the same post. */
  ringMinCoReposters: 3,
  /** Followers count in full up to this multiple of the audience the account's engagement implies. */
  audienceTolerance: 1,
  /** The reference engagement rate: this quantile of the scored accounts' reactions per post per follower. */
  audienceReferenceQuantile: 0.99,
  /** Country index: geometric decay over the country's best accounts, and how many count. */
  countryDecay: 0.7,
  countryTopK: 10,
  /** The prior the country index is shrunk towards: one account at the median score. */
  countryPrior: 50,
  countryPriorWeight: 1,
};

/** Validates weights: the six factors, non-negative, finite, not all zero; returns them scaled to sum 1. */
export function normaliseWeights(weights: Partial<Record<string, number>>): Weights {
  const out = { ...DEFAULT_WEIGHTS };
  for (const key of Object.keys(weights)) {
    if (!(FACTORS as readonly string[]).includes(key)) throw new RangeError(`weights: unknown factor "${key}"`);
    const value = weights[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new RangeError(`weights: "${key}" must be a non-negative number`);
    out[key as Factor] = value;
  }
  const sum = FACTORS.reduce((s, f) => s + out[f], 0);
  if (sum <= 0) throw new RangeError('weights: at least one factor must have a positive weight');
  for (const f of FACTORS) out[f] = out[f] / sum;
  return out;
}

/**
 * How much a reposter's reposts count, in [0, 1]. Accounts that mostly repost, and whose reposts land on the
 * same posts as other repost-only accounts (a ring), count for nothing; ordinary accounts count fully.
 */
export function repostCredibility(repostShare: number, synchrony: number, p = INDEX_DEFAULTS): number {
  const span = p.repostShareCeiling - p.repostShareFloor;
  const heaviness = Math.min(1, Math.max(0, (repostShare - p.repostShareFloor) / span));
  return 1 - heaviness * Math.min(1, Math.max(0, synchrony));
}

/**
 * Followers that count: at most `tolerance` times the audience the account's engagement implies at the
 * reference engagement rate (reactions per post per follower, a high quantile of the scored accounts, see INDEX_DEFAULTS).
 */
export function effectiveAudience(
  followers: number,
  engagementPerPost: number,
  referenceRate: number,
  tolerance = INDEX_DEFAULTS.audienceTolerance,
): { audience: number; capped: boolean } {
  if (!(followers > 0)) return { audience: 0, capped: false };
  if (!(referenceRate > 0)) return { audience: followers, capped: false };
  const implied = (tolerance * engagementPerPost) / referenceRate;
  return implied < followers ? { audience: implied, capped: true } : { audience: followers, capped: false };
}

/**
 * Robust 0-100 scores: z = (x - median) / robust scale (1.4826 x MAD; when more than half the values are equal,
 * the IQR, then the mean absolute deviation, each scaled like a standard deviation), then 100 / (1 + e^-z).
 * All values equal gives 50.
 */
export function robustScores(values: ArrayLike<number>): Float64Array {
  const z = robustZ(values);
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = logisticScore(z[i] as number);
  return out;
}

/** Raw factor values of one account in one window (units in docs/methodology.md). */
export interface RawFactors {
  audience: number;
  activity: number;
  engagement: number;
  amplification: number;
  dialogue: number;
  centrality: number;
}

/** The scale each raw factor is normalised on: counts and rates on log1p, shares as they are. */
export function factorScale(factor: Factor, raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0) return 0;
  return factor === 'dialogue' ? raw : Math.log1p(raw);
}

export interface ScoredAccount {
  normalised: RawFactors;
  index: number;
}

/** Normalises every factor across the accounts and combines them into the 0-100 composite. */
export function compositeIndex(raws: RawFactors[], weights: Weights = DEFAULT_WEIGHTS): ScoredAccount[] {
  const n = raws.length;
  const normalised: RawFactors[] = raws.map(() => ({ ...ZERO }));
  for (const factor of FACTORS) {
    const scaled = new Float64Array(n);
    for (let i = 0; i < n; i++) scaled[i] = factorScale(factor, (raws[i] as RawFactors)[factor]);
    const scores = robustScores(scaled);
    for (let i = 0; i < n; i++) (normalised[i] as RawFactors)[factor] = scores[i] as number;
  }
  return normalised.map((nf) => ({
    normalised: nf,
    index: FACTORS.reduce((sum, f) => sum + weights[f] * nf[f], 0),
  }));
}

const ZERO: RawFactors = { audience: 0, activity: 0, engagement: 0, amplification: 0, dialogue: 0, centrality: 0 };

/**
 * A country's index: a decayed mean of its best accounts' indices, s1 >= s2 >= ..., weights d^(i-1) for the
 * top K, shrunk towards a prior of `countryPriorWeight` account(s) at `countryPrior` (the median account):
 * (sum w_i s_i + k * prior) / (sum w_i + k). Opening a weaker account lowers it; only a better one helps; one
 * lone excellent account does not outrank a ministry with several.
 */
export function countryIndex(accountIndices: number[], p = INDEX_DEFAULTS): number {
  if (accountIndices.length === 0) return 0;
  const top = [...accountIndices].sort((a, b) => b - a).slice(0, p.countryTopK);
  let num = p.countryPriorWeight * p.countryPrior;
  let den = p.countryPriorWeight;
  let w = 1;
  for (const s of top) {
    num += w * s;
    den += w;
    w *= p.countryDecay;
  }
  return num / den;
}

/** Competition ranks (1, 2, 2, 4) by descending value; ties broken by the given key for stability. */
export function rankDescending(values: number[], tieKey: (i: number) => string | number): number[] {
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    const d = (values[b] as number) - (values[a] as number);
    if (d !== 0) return d;
    const ka = tieKey(a);
    const kb = tieKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const ranks = new Array<number>(values.length);
  order.forEach((idx, pos) => {
    ranks[idx] = pos + 1;
  });
  return ranks;
}
