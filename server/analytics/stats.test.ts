// Robust statistics on values worked out by hand (see each comment for the arithmetic).
import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  IQR_TO_SD,
  logisticScore,
  MAD_TO_SD,
  MEAN_ABS_DEV_TO_SD,
  mad,
  median,
  pearson,
  percentileRanks,
  quantile,
  robustScale,
  robustZ,
  spearman,
  weightedMean,
} from './stats.ts';

describe('median, quantile and MAD', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median(new Float64Array([4, 1, 3, 2]))).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates quantiles between order statistics (type 7)', () => {
    // positions (n - 1) q = 0.75 and 2.25 on 1, 2, 3, 4
    expect(quantile([4, 3, 2, 1], 0.25)).toBe(1.75);
    expect(quantile([4, 3, 2, 1], 0.75)).toBe(3.25);
    expect(quantile([4, 3, 2, 1], 1)).toBe(4);
    expect(() => quantile([1], 1.5)).toThrow('stats: quantile q must be between 0 and 1, got 1.5');
  });

  it('measures the median absolute deviation, untouched by one outlier', () => {
    // median 3; |deviations| 2, 1, 0, 1, 97 -> median 1
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
    expect(mad([1, 2, 3, 4, 100], 0)).toBe(3);
  });

  it('refuses non-finite values with the offending position', () => {
    expect(() => median([1, Number.NaN])).toThrow('stats: values[1] is NaN, expected a finite number');
    expect(() => mad([Number.POSITIVE_INFINITY])).toThrow('stats: values[0] is Infinity');
  });
});

describe('robust z-scores', () => {
  it('uses 1.4826 * MAD around the median', () => {
    const scale = robustScale([1, 2, 3, 4, 100]);
    expect(scale).toEqual({ center: 3, scale: MAD_TO_SD, method: 'mad' });
    const z = robustZ([1, 2, 3, 4, 100]);
    expect(z[2]).toBe(0);
    expect(z[4]).toBeCloseTo(97 / 1.482602218505602, 12);
  });

  it('falls back to the IQR when more than half of the values are equal', () => {
    // sorted 1 2 2 2 2 2 3 9: median 2, MAD 0; Q1 = 2 (position 1.75), Q3 = 2 + 0.25 * (3 - 2) (position 5.25)
    const scale = robustScale([2, 2, 9, 2, 2, 1, 3, 2]);
    expect(scale.method).toBe('iqr');
    expect(scale.center).toBe(2);
    expect(scale.scale).toBeCloseTo(0.25 * IQR_TO_SD, 15);
  });

  it('falls back to the mean absolute deviation when the IQR is 0 too', () => {
    // sorted 1 5 5 5 5 5 5 9: median 5, MAD 0, IQR 0; mean |x - 5| = (4 + 4) / 8 = 1
    const scale = robustScale([5, 5, 9, 5, 5, 1, 5, 5]);
    expect(scale).toEqual({ center: 5, scale: MEAN_ABS_DEV_TO_SD, method: 'meanAbsoluteDeviation' });
    expect(robustZ([5, 5, 9, 5, 5, 1, 5, 5])[2]).toBeCloseTo(4 / MEAN_ABS_DEV_TO_SD, 12);
  });

  it('gives 0 to every value when all are equal', () => {
    expect(robustScale([7, 7, 7]).method).toBe('constant');
    expect([...robustZ([7, 7, 7])]).toEqual([0, 0, 0]);
  });

  it('maps z to 0-100 on a logistic curve centred on 50', () => {
    expect(logisticScore(0)).toBe(50);
    expect(logisticScore(2)).toBeCloseTo(100 / (1 + Math.exp(-2)), 12);
    expect(logisticScore(2)).toBeCloseTo(88.0797, 4);
    expect(logisticScore(-2)).toBeCloseTo(11.9203, 4);
    expect(logisticScore(1, 2)).toBeCloseTo(logisticScore(2), 12);
    expect(logisticScore(1000)).toBe(100);
    expect(() => logisticScore(Number.NaN)).toThrow('stats: logisticScore needs a finite z');
  });
});

describe('ranks and correlations', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect([...averageRanks([10, 20, 20, 30])]).toEqual([1, 2.5, 2.5, 4]);
    expect([...averageRanks([3, 1, 3, 3])]).toEqual([3, 1, 3, 3]);
  });

  it('gives percentile ranks from 0 to 100, ties shared, a lone value 50', () => {
    expect([...percentileRanks([10, 20, 20, 30])]).toEqual([0, 50, 50, 100]);
    expect([...percentileRanks([42])]).toEqual([50]);
  });

  it('computes Spearman with ties on average ranks', () => {
    // ranks x: 1 2.5 2.5 4, y: 1 3 2 4; deviations from 2.5: sxy = 4.5, sxx = 4.5, syy = 5 -> 4.5 / sqrt(22.5)
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(Math.sqrt(0.9), 14);
  });

  it('sees any monotone relation as perfect, and a constant side as undefined', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 14);
    expect(spearman([1, 2, 3, 4], [9, 5, 2, 1])).toBeCloseTo(-1, 14);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(pearson([1, 2, 3], [1, 2, 4])).toBeCloseTo(3 / Math.sqrt(2 * 4.666666666666667), 12);
    expect(() => spearman([1, 2], [1])).toThrow('stats: correlation of 2 values with 1 values');
  });
});

describe('weightedMean', () => {
  it('weighs values, and is undefined without weight', () => {
    expect(weightedMean([1, 2, 3], [1, 1, 2])).toBe(2.25);
    expect(weightedMean([1, 2], [0, 0])).toBeNaN();
    expect(weightedMean([], [])).toBeNaN();
  });

  it('refuses negative weights and mismatched lengths', () => {
    expect(() => weightedMean([1, 2], [1, -1])).toThrow('stats: weights[1] is -1, expected a non-negative number');
    expect(() => weightedMean([1, 2], [1])).toThrow('stats: weightedMean of 2 values with 1 weights');
  });
});
