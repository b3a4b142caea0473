import { describe, expect, it } from 'vitest';
import {
  compositeIndex,
  countryIndex,
  DEFAULT_WEIGHTS,
  effectiveAudience,
  normaliseWeights,
  rankDescending,
  repostCredibility,
  robustScores,
} from './influence-index.ts';
import { MAD_TO_SD, MEAN_ABS_DEV_TO_SD } from './stats.ts';

describe('robust normalisation', () => {
  it('maps the median to 50 and one scaled MAD to 100/(1+e^-1)', () => {
    // median 3, MAD 1, scale 1.4826 (MAD_TO_SD): z(5) = 2 / 1.4826
    const s = robustScores([1, 2, 3, 4, 5]);
    expect(s[2]).toBeCloseTo(50, 10);
    expect(s[4]).toBeCloseTo(100 / (1 + Math.exp(-2 / MAD_TO_SD)), 10);
    expect(s[0]).toBeCloseTo(100 - (s[4] as number), 10);
  });

  it('is not moved by one extreme value (unlike a z-score on the mean)', () => {
    const base = robustScores([1, 2, 3, 4, 5, 6]);
    const outlier = robustScores([1, 2, 3, 4, 5, 6000]);
    for (let i = 0; i < 5; i++) expect(outlier[i]).toBeCloseTo(base[i] as number, 10);
  });

  it('falls back to the mean absolute deviation when most values are equal, and gives 50 when all are', () => {
    const s = robustScores([0, 0, 0, 0, 8]);
    // median 0, MAD 0, IQR 0, mean absolute deviation 1.6, scale 1.2533 * 1.6
    expect(s[4]).toBeCloseTo(100 / (1 + Math.exp(-8 / (MEAN_ABS_DEV_TO_SD * 1.6))), 10);
    expect([...robustScores([7, 7, 7])]).toEqual([50, 50, 50]);
  });
});

describe('anti-gaming discounts', () => {
  it('takes all credibility from a repost-only account synchronised with others, none from an ordinary one', () => {
    expect(repostCredibility(1, 1)).toBe(0);
    expect(repostCredibility(0.3, 1)).toBe(1);
    expect(repostCredibility(1, 0)).toBe(1);
    // share 0.7 is half-way from 0.5 to 0.9; synchrony 0.5: 1 - 0.5 * 0.5
    expect(repostCredibility(0.7, 0.5)).toBeCloseTo(0.75, 12);
  });

  it('caps followers at the audience the engagement implies', () => {
    // reference rate 1 reaction per post per 1,000 followers; 5 reactions per post imply 5,000 followers
    expect(effectiveAudience(1_000, 5, 0.001)).toEqual({ audience: 1_000, capped: false });
    expect(effectiveAudience(10_000, 5, 0.001).audience).toBeCloseTo(5_000, 9);
    expect(effectiveAudience(10_000, 5, 0.001).capped).toBe(true);
    expect(effectiveAudience(0, 5, 0.001)).toEqual({ audience: 0, capped: false });
  });
});

describe('country index', () => {
  it('is a decayed mean of the best accounts, shrunk towards one median account', () => {
    expect(countryIndex([80])).toBe((80 + 50) / 2);
    expect(countryIndex([60, 80])).toBeCloseTo((80 + 0.7 * 60 + 50) / 2.7, 12);
  });

  it('does not put one lone excellent account above a ministry with several strong ones', () => {
    expect(countryIndex([90])).toBeLessThan(countryIndex([85, 84, 83, 80]));
  });

  it('does not reward opening more, weaker accounts', () => {
    const few = countryIndex([80, 60]);
    expect(countryIndex([80, 60, 10, 10, 10])).toBeLessThan(few);
    expect(countryIndex([80, 60, 90])).toBeGreaterThan(few);
  });
});

describe('composite', () => {
  it('weighs the normalised factors into 0-100, weights summing to 1', () => {
    const w = normaliseWeights({
      audience: 2,
      activity: 0,
      engagement: 0,
      amplification: 0,
      dialogue: 0,
      centrality: 2,
    });
    expect(w.audience).toBe(0.5);
    expect(w.centrality).toBe(0.5);
    const raws = [1, 10, 100].map((x) => ({
      audience: x,
      activity: 0,
      engagement: 0,
      amplification: 0,
      dialogue: 0,
      centrality: x,
    }));
    const scored = compositeIndex(raws, w);
    expect(scored[1]?.index).toBeCloseTo(50, 10);
    expect(scored[2]?.index).toBeGreaterThan(scored[1]?.index as number);
    for (const s of scored) expect(s.index).toBeGreaterThanOrEqual(0);
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('refuses unknown factors and negative weights', () => {
    expect(() => normaliseWeights({ followers: 1 })).toThrow(/unknown factor/);
    expect(() => normaliseWeights({ audience: -1 })).toThrow(/non-negative/);
    expect(() =>
      normaliseWeights({ audience: 0, activity: 0, engagement: 0, amplification: 0, dialogue: 0, centrality: 0 }),
    ).toThrow(/positive/);
  });

  it('ranks by descending value with ties broken by key', () => {
    expect(rankDescending([5, 9, 5, 1], (i) => ['b', 'x', 'a', 'z'][i] as string)).toEqual([3, 1, 2, 4]);
  });
});
