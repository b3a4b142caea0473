// PageRank against closed forms and exact linear solves on small graphs, and property tests (a distribution,
// invariant under relabelling). The comparison with graphology-metrics is in pagerank.graphology.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsr, type CsrGraph } from './csr.ts';
import { pagerank } from './pagerank.ts';

const tight = { tolerance: 1e-14, maxIterations: 1000 };

/** Solves A x = b by Gaussian elimination with partial pivoting (A is n x n, row-major, overwritten). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c < n; c++) a[r]![c]! -= f * a[col]![c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * x[c]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/**
 * The exact PageRank of an edge list: the fixed point x = alpha (P^T x + p * danglingMass(x)) + (1 - alpha) p, i.e.
 * (I - alpha P^T - alpha p d^T) x = (1 - alpha) p, with P the row-normalised weight matrix, d the dangling indicator
 * and p the teleport distribution. Written from the definition, independently of the CSR.
 */
function exactPagerank(n: number, edges: [number, number, number][], alpha: number, teleport?: number[]): number[] {
  const p = teleport ?? new Array<number>(n).fill(1 / n);
  const strength = new Array<number>(n).fill(0);
  for (const [s, , w] of edges) strength[s]! += w;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (const [s, t, w] of edges) a[t]![s]! -= (alpha * w) / strength[s]!;
  for (let d = 0; d < n; d++) if (strength[d] === 0) for (let i = 0; i < n; i++) a[i]![d]! -= alpha * p[i]!;
  return solve(
    a,
    p.map((v) => (1 - alpha) * v),
  );
}

function graphOf(n: number, edges: [number, number, number][]): CsrGraph {
  return buildCsr(
    n,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
    edges.map((e) => e[2]),
  );
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, digits = 12) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i]!, digits);
}

describe('pagerank on small graphs with known values', () => {
  it('gives 0.5 / 0.5 on a 2-node cycle, from the first iteration', () => {
    const result = pagerank(
      graphOf(2, [
        [0, 1, 1],
        [1, 0, 3],
      ]),
    );
    expect([...result.scores]).toEqual([0.5, 0.5]);
    expect(result).toMatchObject({ iterations: 1, converged: true, error: 0 });
  });

  it('matches the closed form of an in-star whose centre is dangling', () => {
    // Leaves l -> centre c; solving by symmetry: x_l = 1 / (n + alpha k), x_c = (1 + alpha k) / (n + alpha k).
    const k = 3;
    const n = k + 1;
    const alpha = 0.85;
    const { scores } = pagerank(
      graphOf(n, [
        [1, 0, 1],
        [2, 0, 1],
        [3, 0, 1],
      ]),
      { alpha, ...tight },
    );
    expectClose(scores, [(1 + alpha * k) / (n + alpha * k), ...new Array(k).fill(1 / (n + alpha * k))]);
    expect(scores[0]).toBeCloseTo(3.55 / 6.55, 12);
  });

  it('matches the closed form of a -> b with b dangling: 1 / (2 + alpha) and (1 + alpha) / (2 + alpha)', () => {
    const alpha = 0.6;
    const { scores } = pagerank(graphOf(2, [[0, 1, 5]]), { alpha, ...tight });
    expectClose(scores, [1 / (2 + alpha), (1 + alpha) / (2 + alpha)]);
  });

  it('keeps a self-loop as a real edge, like graphology: a <-> b plus a -> a', () => {
    // x_a = 0.075 + 0.85 (x_a / 2 + x_b), x_b = 1 - x_a  =>  x_a = 0.925 / 1.425
    const { scores } = pagerank(
      graphOf(2, [
        [0, 1, 1],
        [1, 0, 1],
        [0, 0, 1],
      ]),
      tight,
    );
    expectClose(scores, [0.925 / 1.425, 0.5 / 1.425]);
  });

  it('solves a weighted 3-node graph exactly (Gaussian elimination)', () => {
    const edges: [number, number, number][] = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 2, 3],
      [1, 0, 1],
      [2, 0, 0.5],
    ];
    const { scores, converged } = pagerank(graphOf(3, edges), tight);
    expect(converged).toBe(true);
    expectClose(scores, exactPagerank(3, edges, 0.85));
  });

  it('solves a weighted graph with a self-loop, a dangling node and a zero-weight edge exactly', () => {
    const edges: [number, number, number][] = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 2, 3],
      [1, 0, 1],
      [2, 2, 1],
      [2, 3, 0.5],
      [4, 0, 0],
      [4, 2, 1.5],
    ];
    const { scores } = pagerank(graphOf(5, edges), { alpha: 0.7, ...tight });
    expectClose(scores, exactPagerank(5, edges, 0.7));
  });

  it('sums duplicate edges: a -> b twice weighs like a -> b with the summed weight', () => {
    const twice = pagerank(
      graphOf(3, [
        [0, 1, 1],
        [0, 1, 1],
        [0, 2, 2],
        [2, 0, 1],
      ]),
      tight,
    ).scores;
    const once = pagerank(
      graphOf(3, [
        [0, 1, 2],
        [0, 2, 2],
        [2, 0, 1],
      ]),
      tight,
    ).scores;
    expectClose(twice, once, 14);
  });

  it('teleports by a personalisation vector, dangling mass included, like networkx', () => {
    const edges: [number, number, number][] = [
      [0, 1, 1],
      [1, 2, 2],
      [1, 0, 1],
      [2, 3, 1],
    ];
    const teleport = [1, 0, 3, 0]; // normalised inside: 0.25, 0, 0.75, 0
    const { scores } = pagerank(graphOf(4, edges), { teleport, ...tight });
    expectClose(scores, exactPagerank(4, edges, 0.85, [0.25, 0, 0.75, 0]));
  });

  it('converges in one iteration from a warm start at the fixed point', () => {
    const graph = graphOf(3, [
      [0, 1, 2],
      [1, 2, 1],
      [2, 0, 1],
      [0, 2, 1],
    ]);
    const cold = pagerank(graph, tight);
    const warm = pagerank(graph, { start: cold.scores.map((v) => v * 7) });
    expect(cold.iterations).toBeGreaterThan(10);
    expect(warm.iterations).toBe(1);
    expectClose(warm.scores, cold.scores);
  });

  it('reports non-convergence instead of throwing when maxIterations runs out', () => {
    const result = pagerank(
      graphOf(3, [
        [0, 1, 1],
        [1, 2, 1],
        [2, 0, 1],
        [0, 2, 1],
      ]),
      {
        maxIterations: 2,
        tolerance: 1e-12,
      },
    );
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(2);
    expect(result.error).toBeGreaterThan(0);
  });

  it('returns empty scores for an empty graph and 1 for a single node', () => {
    expect(pagerank(buildCsr(0, [], [])).scores.length).toBe(0);
    expect([...pagerank(buildCsr(1, [], [])).scores]).toEqual([1]);
  });

  it('checks its options with prefixed messages and keeps defaults for undefined ones', () => {
    const graph = graphOf(2, [[0, 1, 1]]);
    expect(() => pagerank(graph, { alpha: 1 })).toThrow(
      'pagerank: alpha (damping) must be a number strictly between 0 and 1, got 1',
    );
    expect(() => pagerank(graph, { alpha: 0 })).toThrow('pagerank: alpha');
    expect(() => pagerank(graph, { maxIterations: 0 })).toThrow('pagerank: maxIterations must be a positive integer');
    expect(() => pagerank(graph, { tolerance: -1 })).toThrow('pagerank: tolerance must be a positive finite number');
    expect(() => pagerank(graph, { teleport: [1] })).toThrow('pagerank: teleport has 1 values for 2 nodes');
    expect(() => pagerank(graph, { teleport: [1, -1] })).toThrow('pagerank: teleport[1] is -1');
    expect(() => pagerank(graph, { teleport: [0, 0] })).toThrow('pagerank: teleport must have a positive, finite sum');
    expect(() => pagerank(graph, { start: [Number.NaN, 1] })).toThrow('pagerank: start[0] is NaN');
    expect(pagerank(graph, { alpha: undefined }).scores[1]).toBeCloseTo(1.85 / 2.85, 6);
  });
});

describe('pagerank properties', () => {
  const smallGraph = fc.integer({ min: 1, max: 25 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
          fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100, noNaN: true })),
        ),
        { maxLength: 80 },
      ),
      permutationKeys: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      alpha: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    }),
  );

  it('is a distribution invariant under relabelling of the nodes', () => {
    fc.assert(
      fc.property(smallGraph, ({ n, edges, permutationKeys, alpha }) => {
        const { scores } = pagerank(graphOf(n, edges), { alpha, ...tight });
        let sum = 0;
        for (const v of scores) {
          expect(v).toBeGreaterThanOrEqual(0);
          sum += v;
        }
        expect(sum).toBeCloseTo(1, 12);

        // relabel[i] is node i's new index
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => permutationKeys[a]! - permutationKeys[b]!);
        const relabel = new Array<number>(n);
        order.forEach((node, position) => {
          relabel[node] = position;
        });
        const moved = pagerank(
          graphOf(
            n,
            edges.map(([s, t, w]) => [relabel[s]!, relabel[t]!, w]),
          ),
          { alpha, ...tight },
        ).scores;
        for (let i = 0; i < n; i++) expect(moved[relabel[i]!]).toBeCloseTo(scores[i]!, 12);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
