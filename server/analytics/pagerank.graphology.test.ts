// Our PageRank against graphology-metrics' `pagerank` (the reference the index is held to, itself equal to
// networkx's): on a seeded random weighted graph and on a real Twitter network, at default and tight tolerances.
import { existsSync, readFileSync } from 'node:fs';
import { DirectedGraph } from 'graphology';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { buildKeyedCsr } from './csr.ts';
import { pagerank } from './pagerank.ts';

/** mulberry32: a small seeded PRNG, so the random graph is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function compareWithGraphology(edges: Iterable<readonly [string, string, number]>, nodes: string[] = []) {
  const list = [...edges];
  const { graph, index } = buildKeyedCsr(list, nodes);
  const reference = new DirectedGraph();
  for (const node of nodes) reference.mergeNode(node);
  for (const [s, t, w] of list) reference.updateEdge(s, t, (attributes) => ({ weight: (attributes.weight ?? 0) + w }));
  let maxDifference = 0;
  for (const options of [{}, { tolerance: 1e-12, maxIterations: 1000 }]) {
    const ours = pagerank(graph, options);
    const theirs = graphologyPagerank(reference, { getEdgeWeight: 'weight', ...options });
    expect(ours.converged).toBe(true);
    expect(Object.keys(theirs).length).toBe(index.size);
    for (const [node, value] of Object.entries(theirs))
      maxDifference = Math.max(maxDifference, Math.abs(ours.scores[index.indexOf(node)!]! - value));
  }
  return maxDifference;
}

describe('pagerank against graphology-metrics', () => {
  it('gives the same values on a random weighted directed graph of 3,000 nodes', () => {
    const random = prng(20240601);
    const n = 3000;
    const edges: [string, string, number][] = [];
    for (let i = 0; i < 30_000; i++) {
      // Targets skewed towards low ids (heavy-tailed in-degree); a few self-loops and repeated pairs on purpose.
      const source = Math.floor(random() * n * 0.9); // the last tenth have no out-edge: dangling
      const target = Math.floor(n * random() ** 3);
      edges.push([`n${source}`, `n${target}`, Math.round(random() * 1000) / 100 + 0.01]);
    }
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    expect(compareWithGraphology(edges, nodes)).toBeLessThan(1e-12);
  });

  const congress = '/work/shared/data/test/congress-twitter-edges.csv';
  const hasCongress = existsSync(congress);
  if (!hasCongress) console.warn(`pagerank.test: ${congress} is missing, the real-network comparison is skipped`);
  it.skipIf(!hasCongress)('gives the same values on the US Congress Twitter network (test-only data)', () => {
    const lines = readFileSync(congress, 'utf8').trim().split('\n').slice(1);
    const edges = lines.map((line) => {
      const [s, t, w] = line.split(',');
      return [s!, t!, Number(w)] as const;
    });
    expect(edges.length).toBeGreaterThan(10_000);
    expect(compareWithGraphology(edges)).toBeLessThan(1e-12);
  });
});
