// Weighted PageRank on a CsrGraph: pull-style power iteration over the precomputed in-edge shares.
// Same semantics as networkx's `pagerank` and graphology-metrics' `pagerank`: damping alpha, teleport (uniform by
// default), dangling nodes' mass redistributed like the teleport, convergence when sum |x_new - x_old| < n * tolerance.
// One deliberate difference: a node whose out-edges all weigh 0 is dangling here (graphology divides 0 by 0: NaN).
// The tolerance is per node, so the precision of the default (1e-6) loosens as graphs grow: pass a smaller one when
// the ranks of small nodes matter on a big graph.
import type { CsrGraph } from './csr.ts';

export interface PagerankOptions {
  /** Damping factor: the probability of following an edge rather than teleporting. In (0, 1). */
  alpha: number;
  maxIterations: number;
  /** Per-node tolerance: stops when the L1 change of an iteration is below nodeCount * tolerance. */
  tolerance: number;
  /**
   * Personalisation: where teleports (and, as in networkx, dangling nodes' mass) land, one non-negative weight per
   * node, normalised here. Uniform when absent.
   */
  teleport: ArrayLike<number> | null;
  /** Warm start (e.g. the previous run's scores), one non-negative value per node, normalised here. */
  start: ArrayLike<number> | null;
}

export const DEFAULTS: Readonly<PagerankOptions> = {
  alpha: 0.85,
  maxIterations: 100,
  tolerance: 1e-6,
  teleport: null,
  start: null,
};

export interface PagerankResult {
  /** One score per node, non-negative, summing to 1. */
  scores: Float64Array;
  /** Power iterations performed (graphology counts one fewer: it does not count the iteration that converged). */
  iterations: number;
  /**
   * False when maxIterations ran out first; scores are then the last iterate. graphology and networkx throw instead:
   * a scheduled scoring run prefers to keep the nearly converged scores and log the fact.
   */
  converged: boolean;
  /** L1 change of the last iteration. */
  error: number;
}

export class PagerankError extends Error {
  override name = 'PagerankError';
}

/** A copy of values scaled to sum 1, after checking that they are usable as a distribution over n nodes. */
function distribution(name: string, values: ArrayLike<number>, n: number): Float64Array {
  if (values.length !== n) throw new PagerankError(`pagerank: ${name} has ${values.length} values for ${n} nodes`);
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!(v >= 0) || v === Number.POSITIVE_INFINITY)
      throw new PagerankError(`pagerank: ${name}[${i}] is ${v}, expected a finite non-negative number`);
    out[i] = v;
    sum += v;
  }
  if (!(sum > 0) || !Number.isFinite(sum))
    throw new PagerankError(`pagerank: ${name} must have a positive, finite sum (got ${sum})`);
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}

function resolveOptions(options: Partial<PagerankOptions> | undefined): PagerankOptions {
  const resolved: PagerankOptions = { ...DEFAULTS };
  // Merge only the keys given a value, so that { alpha: undefined } keeps the default.
  for (const [key, value] of Object.entries(options ?? {}))
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  const { alpha, maxIterations, tolerance } = resolved;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1))
    throw new PagerankError(`pagerank: alpha (damping) must be a number strictly between 0 and 1, got ${alpha}`);
  if (!Number.isInteger(maxIterations) || maxIterations < 1)
    throw new PagerankError(`pagerank: maxIterations must be a positive integer, got ${maxIterations}`);
  if (typeof tolerance !== 'number' || !(tolerance > 0) || !Number.isFinite(tolerance))
    throw new PagerankError(`pagerank: tolerance must be a positive finite number, got ${tolerance}`);
  return resolved;
}

/** Weighted PageRank of every node of graph; see the module header for the exact semantics. */
export function pagerank(graph: CsrGraph, options?: Partial<PagerankOptions>): PagerankResult {
  const { alpha, maxIterations, tolerance, teleport, start } = resolveOptions(options);
  const n = graph.nodeCount;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true, error: 0 };

  const teleportShares = teleport ? distribution('teleport', teleport, n) : null;
  let x: Float64Array = start ? distribution('start', start, n) : new Float64Array(n).fill(1 / n);
  let next: Float64Array = new Float64Array(n);
  const { inOffsets, inSources, inShare, danglingNodes } = graph;
  const danglingCount = danglingNodes.length;
  const threshold = n * tolerance;

  let iterations = 0;
  let error = Number.POSITIVE_INFINITY;
  while (iterations < maxIterations) {
    iterations++;
    let danglingMass = 0;
    for (let d = 0; d < danglingCount; d++) danglingMass += x[danglingNodes[d]!]!;
    // Mass that lands by the teleport distribution: the (1 - alpha) teleport plus the dangling nodes' followed mass.
    const spread = 1 - alpha + alpha * danglingMass;
    const uniform = spread / n;

    error = 0;
    let begin = inOffsets[0]!;
    for (let v = 0; v < n; v++) {
      const end = inOffsets[v + 1]!;
      let pulled = 0;
      for (let j = begin; j < end; j++) pulled += x[inSources[j]!]! * inShare[j]!;
      begin = end;
      const value = alpha * pulled + (teleportShares ? spread * teleportShares[v]! : uniform);
      error += Math.abs(value - x[v]!);
      next[v] = value;
    }
    const previous = x;
    x = next;
    next = previous;
    if (error < threshold) return { scores: x, iterations, converged: true, error };
  }
  return { scores: x, iterations, converged: false, error };
}
