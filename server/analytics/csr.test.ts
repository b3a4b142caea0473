// The CSR builder: duplicates summed, self-loops kept, both directions consistent, bad input refused.
import { describe, expect, it } from 'vitest';
import { buildCsr, buildKeyedCsr, EdgeBuffer, NodeIndex } from './csr.ts';

describe('buildCsr', () => {
  it('sorts out-edges by target, sums duplicates and keeps self-loops', () => {
    // 0->2 (1), 0->1 (2), 0->2 (3) again, 1->1 self-loop (4), 2->0 (0.5); node 3 isolated
    const g = buildCsr(4, [0, 0, 0, 1, 2], [2, 1, 2, 1, 0], [1, 2, 3, 4, 0.5]);
    expect(g.nodeCount).toBe(4);
    expect(g.edgeCount).toBe(4);
    expect([...g.outOffsets]).toEqual([0, 2, 3, 4, 4]);
    expect([...g.outTargets]).toEqual([1, 2, 1, 0]);
    expect([...g.outWeights]).toEqual([2, 4, 4, 0.5]);
    expect([...g.outStrength]).toEqual([6, 4, 0.5, 0]);
    expect([...g.danglingNodes]).toEqual([3]);
  });

  it('builds the incoming side with sources ascending and the transition shares', () => {
    const g = buildCsr(4, [0, 0, 0, 1, 2], [2, 1, 2, 1, 0], [1, 2, 3, 4, 0.5]);
    expect([...g.inOffsets]).toEqual([0, 1, 3, 4, 4]);
    expect([...g.inSources]).toEqual([2, 0, 1, 0]);
    expect([...g.inWeights]).toEqual([0.5, 2, 4, 4]);
    expect([...g.inShare]).toEqual([1, 2 / 6, 1, 4 / 6]);
  });

  it('weighs edges 1 when no weights are given', () => {
    const g = buildCsr(3, [0, 0, 1], [1, 1, 2]);
    expect([...g.outWeights]).toEqual([2, 1]);
    expect([...g.outStrength]).toEqual([2, 1, 0]);
  });

  it('treats a node whose out-edges all weigh 0 as dangling, with zero shares', () => {
    const g = buildCsr(2, [0, 1], [1, 0], [0, 1]);
    expect([...g.danglingNodes]).toEqual([0]);
    expect([...g.inShare]).toEqual([1, 0]);
  });

  it('handles a graph with nodes but no edges, and the empty graph', () => {
    const g = buildCsr(3, [], []);
    expect(g.edgeCount).toBe(0);
    expect([...g.danglingNodes]).toEqual([0, 1, 2]);
    expect(buildCsr(0, [], []).nodeCount).toBe(0);
  });

  it('refuses bad input with a message naming the faulty entry', () => {
    expect(() => buildCsr(2, [0, 2], [1, 0])).toThrow(
      'csr: sources[1] is 2, expected an integer node index from 0 to 1',
    );
    expect(() => buildCsr(2, [0], [1.5])).toThrow('csr: targets[0] is 1.5');
    expect(() => buildCsr(2, [0], [1], [-1])).toThrow('csr: weights[0] is -1, expected a finite non-negative number');
    expect(() => buildCsr(2, [0], [1], [Number.NaN])).toThrow('csr: weights[0] is NaN');
    expect(() => buildCsr(2, [0], [1], [Number.POSITIVE_INFINITY])).toThrow('csr: weights[0] is Infinity');
    expect(() => buildCsr(2, [0, 1], [1])).toThrow('csr: 2 sources but 1 targets');
    expect(() => buildCsr(-1, [], [])).toThrow('csr: nodeCount must be a non-negative integer');
  });
});

describe('NodeIndex', () => {
  it('gives dense indices in order of first appearance and maps them back', () => {
    const index = new NodeIndex<string>();
    expect(index.add('quai-d-orsay')).toBe(0);
    expect(index.add('elysee')).toBe(1);
    expect(index.add('quai-d-orsay')).toBe(0);
    expect(index.size).toBe(2);
    expect(index.indexOf('elysee')).toBe(1);
    expect(index.indexOf('unknown')).toBeUndefined();
    expect(index.keyOf(1)).toBe('elysee');
    expect(index.keys()).toEqual(['quai-d-orsay', 'elysee']);
    expect(() => index.keyOf(2)).toThrow('NodeIndex: no node at index 2 (size 2)');
  });

  it('keeps numeric keys distinct from their string spelling', () => {
    const index = NodeIndex.from<string | number>([1, '1']);
    expect(index.size).toBe(2);
  });
});

describe('EdgeBuffer and buildKeyedCsr', () => {
  it('grows past its initial capacity without losing edges', () => {
    const buffer = new EdgeBuffer();
    for (let i = 0; i < 5000; i++) buffer.push(i % 100, (i * 7) % 100, 1);
    const g = buffer.toCsr(100);
    let total = 0;
    for (const w of g.outWeights) total += w;
    expect(buffer.length).toBe(5000);
    expect(total).toBe(5000);
  });

  it('maps keyed edges, keeps isolated nodes given first and sums duplicates', () => {
    const { graph, index } = buildKeyedCsr(
      [
        ['fr', 'de', 2],
        ['de', 'fr'],
        ['fr', 'de', 1],
      ],
      ['isolated'],
    );
    expect(index.keys()).toEqual(['isolated', 'fr', 'de']);
    expect(graph.edgeCount).toBe(2);
    expect([...graph.outStrength]).toEqual([0, 3, 1]);
  });
});
