// Robust statistics for the influence index: median, MAD, quantiles, robust z-scores and their 0-100 mapping,
// average ranks, percentile ranks, Spearman correlation, weighted mean. Pure; inputs are number[] or typed arrays.
// Values must be finite: a NaN in a factor is a bug upstream, so it throws instead of quietly poisoning a ranking.

type Values = ArrayLike<number>;

/** 1 / Φ⁻¹(3/4): scales a MAD into a standard-deviation estimate for normally distributed data. */
export const MAD_TO_SD = 1.482602218505602;
/** 1 / (Φ⁻¹(3/4) - Φ⁻¹(1/4)): the same for an interquartile range. */
export const IQR_TO_SD = 0.7413011092528009;
/** sqrt(pi / 2): the same for a mean absolute deviation. */
export const MEAN_ABS_DEV_TO_SD = 1.2533141373155003;

export class StatsError extends Error {
  override name = 'StatsError';
}

function checkFinite(name: string, values: Values): void {
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i]!))
      throw new StatsError(`stats: ${name}[${i}] is ${values[i]}, expected a finite number`);
}

function sortedCopy(values: Values): Float64Array {
  checkFinite('values', values);
  return Float64Array.from(values).sort();
}

/** The q-quantile of sorted values, linearly interpolated between order statistics (R's type 7, numpy's default). */
function quantileOfSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const fraction = position - below;
  const low = sorted[below]!;
  return fraction === 0 ? low : low + fraction * (sorted[below + 1]! - low);
}

/** The q-quantile (0 <= q <= 1), type 7. NaN for no values. */
export function quantile(values: Values, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new StatsError(`stats: quantile q must be between 0 and 1, got ${q}`);
  return quantileOfSorted(sortedCopy(values), q);
}

/** The median (the mean of the two middle values for an even count). NaN for no values. */
export function median(values: Values): number {
  return quantileOfSorted(sortedCopy(values), 0.5);
}

/** The raw (unscaled) median absolute deviation around center (the median by default). NaN for no values. */
export function mad(values: Values, center = median(values)): number {
  checkFinite('values', values);
  const deviations = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) deviations[i] = Math.abs(values[i]! - center);
  return quantileOfSorted(deviations.sort(), 0.5);
}

export interface RobustScale {
  center: number;
  /** A standard-deviation estimate; 0 only when every value equals the center. */
  scale: number;
  method: 'mad' | 'iqr' | 'meanAbsoluteDeviation' | 'constant';
}

/**
 * Center (median) and spread of values, resistant to outliers. The spread is 1.4826 * MAD; when more than half of
 * the values are equal the MAD is 0, so it falls back to IQR / 1.349, then to sqrt(pi/2) * the mean absolute
 * deviation around the median (non-zero as soon as one value differs); when all values are equal, 'constant'.
 * Each estimate is scaled to match a standard deviation on normal data, so the fallbacks stay comparable.
 */
export function robustScale(values: Values): RobustScale {
  const sorted = sortedCopy(values);
  const n = sorted.length;
  if (n === 0) return { center: Number.NaN, scale: Number.NaN, method: 'constant' };
  const center = quantileOfSorted(sorted, 0.5);
  const deviations = new Float64Array(n);
  let absSum = 0;
  for (let i = 0; i < n; i++) {
    deviations[i] = Math.abs(sorted[i]! - center);
    absSum += deviations[i]!;
  }
  const madValue = quantileOfSorted(deviations.sort(), 0.5);
  if (madValue > 0) return { center, scale: MAD_TO_SD * madValue, method: 'mad' };
  const iqr = quantileOfSorted(sorted, 0.75) - quantileOfSorted(sorted, 0.25);
  if (iqr > 0) return { center, scale: IQR_TO_SD * iqr, method: 'iqr' };
  if (absSum > 0) return { center, scale: (MEAN_ABS_DEV_TO_SD * absSum) / n, method: 'meanAbsoluteDeviation' };
  return { center, scale: 0, method: 'constant' };
}

/** Robust z-scores (value - median) / robust scale; all 0 when the values are all equal. */
export function robustZ(values: Values, scale: RobustScale = robustScale(values)): Float64Array {
  const z = new Float64Array(values.length);
  if (scale.scale > 0) for (let i = 0; i < values.length; i++) z[i] = (values[i]! - scale.center) / scale.scale;
  return z;
}

/**
 * Maps a z-score to 0-100 with the logistic curve 100 / (1 + exp(-steepness * z)): 50 at the median, smooth and
 * bounded, so one extreme account cannot stretch everyone else's scale. With steepness 1, z = ±2 gives 88 / 12.
 */
export function logisticScore(z: number, steepness = 1): number {
  if (!Number.isFinite(z)) throw new StatsError(`stats: logisticScore needs a finite z, got ${z}`);
  if (!(steepness > 0)) throw new StatsError(`stats: logisticScore steepness must be positive, got ${steepness}`);
  return 100 / (1 + Math.exp(-steepness * z));
}

/** 1-based ranks in ascending order, tied values sharing the mean of the ranks they span (1, 2.5, 2.5, 4). */
export function averageRanks(values: Values): Float64Array {
  checkFinite('values', values);
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    const rank = (i + 1 + j) / 2; // mean of ranks i+1..j
    for (let k = i; k < j; k++) ranks[order[k]!] = rank;
    i = j;
  }
  return ranks;
}

/**
 * Percentile rank of each value from 0 (the smallest) to 100 (the largest): (average rank - 1) / (n - 1) * 100,
 * so ties share a percentile. A single value gets 50.
 */
export function percentileRanks(values: Values): Float64Array {
  const ranks = averageRanks(values);
  const n = ranks.length;
  for (let i = 0; i < n; i++) ranks[i] = n === 1 ? 50 : ((ranks[i]! - 1) / (n - 1)) * 100;
  return ranks;
}

/** Pearson correlation; NaN when either side is constant or has fewer than two values. */
export function pearson(x: Values, y: Values): number {
  if (x.length !== y.length) throw new StatsError(`stats: correlation of ${x.length} values with ${y.length} values`);
  checkFinite('x', x);
  checkFinite('y', y);
  const n = x.length;
  if (n < 2) return Number.NaN;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** Spearman rank correlation: Pearson on average ranks (ties handled exactly). NaN when a side is constant. */
export function spearman(x: Values, y: Values): number {
  if (x.length !== y.length) throw new StatsError(`stats: correlation of ${x.length} values with ${y.length} values`);
  return pearson(averageRanks(x), averageRanks(y));
}

/** sum(w * x) / sum(w); weights non-negative. NaN when there are no values or the weights sum to 0. */
export function weightedMean(values: Values, weights: Values): number {
  if (values.length !== weights.length)
    throw new StatsError(`stats: weightedMean of ${values.length} values with ${weights.length} weights`);
  checkFinite('values', values);
  checkFinite('weights', weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i]!;
    if (w < 0) throw new StatsError(`stats: weights[${i}] is ${w}, expected a non-negative number`);
    sum += w * values[i]!;
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}
