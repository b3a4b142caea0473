// Seeded generators and timers for the graph benchmarks: a heavy-tailed directed weighted graph, wall and CPU time.
import { median, round2 } from './harness.ts';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same graph. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): Int32Array {
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/**
 * A directed interaction-like graph: the k-th most active node sends edges with probability ~ k^-1/2 and the k-th
 * most popular receives them with probability ~ k^-2/3 (Zipf laws, so degrees are heavy-tailed), ranks scattered
 * over the ids by permutations; 5% of the nodes never send (dangling); weights are geometric interaction counts.
 * Repeated (source, target) draws are left in: the CSR sums them.
 */
export function heavyTailedGraph(nodes: number, edges: number, seed: number) {
  const random = prng(seed);
  const senders = shuffled(nodes, random);
  const receivers = shuffled(nodes, random);
  const activeSenders = Math.floor(nodes * 0.95);
  const sources = new Int32Array(edges);
  const targets = new Int32Array(edges);
  const weights = new Float64Array(edges);
  for (let e = 0; e < edges; e++) {
    sources[e] = senders[Math.floor(activeSenders * random() ** 2)]!;
    targets[e] = receivers[Math.floor(nodes * random() ** 3)]!;
    weights[e] = 1 + Math.floor(-Math.log(1 - random()) * 1.5);
  }
  return { sources, targets, weights };
}

export interface Timings {
  medianMs: number;
  /** Median CPU time of the process (all threads): less disturbed than wall time by other processes. */
  medianCpuMs: number;
  runsMs: number[];
  cpuRunsMs: number[];
}

export function summarise(runsMs: number[], cpuRunsMs: number[]): Timings {
  return {
    medianMs: round2(median(runsMs)),
    medianCpuMs: round2(median(cpuRunsMs)),
    runsMs: runsMs.map(round2),
    cpuRunsMs: cpuRunsMs.map(round2),
  };
}

/** Runs fn `warmups` times untimed, then `runs` times timed; returns the timings and the last value. */
export function timeRuns<T>(runs: number, warmups: number, fn: () => T): { timings: Timings; value: T } {
  let value = fn();
  for (let r = 1; r < warmups; r++) value = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    value = fn();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { timings: summarise(wall, cpu), value };
}
