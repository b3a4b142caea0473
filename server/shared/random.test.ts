import { describe, expect, it } from 'vitest';
import { AliasTable, Rng } from './random.ts';

const draws = (rng: Rng, n: number, f: (r: Rng) => number) => Array.from({ length: n }, () => f(rng));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('Rng', () => {
  it('repeats the same sequence for the same seed and label, and another for another seed or label', () => {
    const a = draws(new Rng(7, 'x'), 50, (r) => r.nextU32());
    expect(draws(new Rng(7, 'x'), 50, (r) => r.nextU32())).toEqual(a);
    expect(draws(new Rng(8, 'x'), 50, (r) => r.nextU32())).not.toEqual(a);
    expect(draws(new Rng(7, 'y'), 50, (r) => r.nextU32())).not.toEqual(a);
    // Seeds beyond 32 bits still make a difference.
    expect(draws(new Rng(2 ** 40 + 7), 20, (r) => r.nextU32())).not.toEqual(draws(new Rng(7), 20, (r) => r.nextU32()));
  });

  it('refuses a seed that is not an integer', () => {
    expect(() => new Rng(1.5)).toThrow(/synthetic: the seed must be an integer/);
  });

  it('draws from the distributions with the expected means', () => {
    const rng = new Rng(1, 'moments');
    const uniform = draws(rng, 20_000, (r) => r.next());
    expect(Math.min(...uniform)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniform)).toBeLessThan(1);
    expect(mean(uniform)).toBeCloseTo(0.5, 1);
    const normal = draws(rng, 20_000, (r) => r.normal());
    expect(mean(normal)).toBeCloseTo(0, 1);
    expect(mean(normal.map((x) => x * x))).toBeCloseTo(1, 1);
    expect(mean(draws(rng, 20_000, (r) => r.poisson(3.5)))).toBeCloseTo(3.5, 1);
    expect(mean(draws(rng, 5_000, (r) => r.poisson(250))) / 250).toBeCloseTo(1, 1);
    expect(mean(draws(rng, 20_000, (r) => r.beta(2, 6)))).toBeCloseTo(0.25, 1);
    expect(mean(draws(rng, 20_000, (r) => r.gamma(0.5)))).toBeCloseTo(0.5, 1);
    expect(mean(draws(rng, 20_000, (r) => r.negativeBinomial(4, 2)))).toBeCloseTo(4, 0);
    expect(rng.poisson(0)).toBe(0);
  });

  it('makes well-formed version 4 UUIDs', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 200; i++) {
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('AliasTable', () => {
  it('samples indices in proportion to their weights', () => {
    const table = new AliasTable([1, 0, 3, 6]);
    const rng = new Rng(11);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 50_000; i++) counts[table.sample(rng)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[0]! / 50_000).toBeCloseTo(0.1, 1);
    expect(counts[2]! / 50_000).toBeCloseTo(0.3, 1);
    expect(counts[3]! / 50_000).toBeCloseTo(0.6, 1);
  });

  it('refuses weights it cannot sample from', () => {
    expect(() => new AliasTable([])).toThrow(/at least one weight/);
    expect(() => new AliasTable([0, 0])).toThrow(/positive total weight/);
    expect(() => new AliasTable([1, Number.NaN])).toThrow(/weight 1 is not a finite non-negative number/);
  });
});
