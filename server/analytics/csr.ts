// Persistent compressed-sparse-row (CSR) directed weighted graph on typed arrays, built once and reused by the
// graph kernels (PageRank...), plus NodeIndex (arbitrary keys <-> dense indices) and EdgeBuffer (growable edge list).
// Pure: no I/O. Duplicate edges are summed; self-loops are kept, as graphology's and networkx's directed graphs do.

/** A directed weighted graph on nodes 0..nodeCount-1, with its outgoing and incoming adjacency. Never mutated. */
export interface CsrGraph {
  readonly nodeCount: number;
  /** Distinct (source, target) pairs after duplicates were summed; a self-loop counts as one edge. */
  readonly edgeCount: number;
  /** Out-edges of node u are outTargets[outOffsets[u] .. outOffsets[u + 1]), targets ascending. */
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outWeights: Float64Array;
  /** Sum of the weights of each node's out-edges (its weighted out-degree). */
  readonly outStrength: Float64Array;
  /** In-edges of node v are inSources[inOffsets[v] .. inOffsets[v + 1]), sources ascending. */
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  /**
   * weight / outStrength[source] for each in-edge: the probability that a walker at the source follows this edge.
   * Precomputed so that pull-style kernels do one gather and one multiply per edge. 0 when the source's out-strength
   * is 0 (a source whose out-edges all weigh 0 is dangling).
   */
  readonly inShare: Float64Array;
  /** Nodes whose out-strength is 0 (no out-edge, or only zero-weight ones), ascending. */
  readonly danglingNodes: Int32Array;
}

function checkIndexArray(name: string, values: ArrayLike<number>, nodeCount: number): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= nodeCount)
      throw new RangeError(`csr: ${name}[${i}] is ${v}, expected an integer node index from 0 to ${nodeCount - 1}`);
  }
}

/**
 * Builds the CSR of the edges sources[i] -> targets[i] with weights[i] (1 when weights is omitted) on nodeCount
 * nodes. Weights must be finite and non-negative. Runs in O(nodeCount + edges): bucket by source, merge duplicates, transpose twice; no comparison sort.
 */
export function buildCsr(
  nodeCount: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
  weights?: ArrayLike<number>,
): CsrGraph {
  if (!Number.isInteger(nodeCount) || nodeCount < 0 || nodeCount > 0x7fffffff)
    throw new RangeError(`csr: nodeCount must be a non-negative integer, got ${nodeCount}`);
  const m = sources.length;
  if (targets.length !== m)
    throw new RangeError(`csr: ${m} sources but ${targets.length} targets: the edge arrays must have the same length`);
  if (weights && weights.length !== m)
    throw new RangeError(`csr: ${m} edges but ${weights.length} weights: the edge arrays must have the same length`);
  checkIndexArray('sources', sources, nodeCount);
  checkIndexArray('targets', targets, nodeCount);
  if (weights) {
    for (let i = 0; i < m; i++) {
      const w = weights[i]!;
      if (!(w >= 0) || w === Number.POSITIVE_INFINITY)
        throw new RangeError(`csr: weights[${i}] is ${w}, expected a finite non-negative number`);
    }
  }

  // 1. Bucket the edges by source (one sequential read, one scattered write per edge).
  const rowStart = new Int32Array(nodeCount + 1);
  for (let i = 0; i < m; i++) rowStart[sources[i]! + 1]!++;
  for (let u = 0; u < nodeCount; u++) rowStart[u + 1]! += rowStart[u]!;
  const cursor = rowStart.slice(0, nodeCount);
  const bucketTargets = new Int32Array(m);
  const bucketWeights = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const p = cursor[sources[i]!]!++;
    bucketTargets[p] = targets[i]!;
    bucketWeights[p] = weights ? weights[i]! : 1;
  }

  // 2. Sum duplicates row by row, compacting in place: seenInRow[t] === u means row u already has an edge to t,
  // stored at slot[t]. No sort needed; rows keep their targets in order of first appearance for now.
  const seenInRow = new Int32Array(nodeCount).fill(-1);
  const slot = new Int32Array(nodeCount);
  const outStrength = new Float64Array(nodeCount);
  const compactStart = new Int32Array(nodeCount + 1);
  let e = 0;
  for (let u = 0; u < nodeCount; u++) {
    compactStart[u] = e;
    const end = rowStart[u + 1]!;
    let strength = 0;
    for (let p = rowStart[u]!; p < end; p++) {
      const t = bucketTargets[p]!;
      const w = bucketWeights[p]!;
      strength += w;
      if (seenInRow[t] === u) {
        bucketWeights[slot[t]!]! += w;
      } else {
        seenInRow[t] = u;
        slot[t] = e;
        bucketTargets[e] = t;
        bucketWeights[e] = w;
        e++;
      }
    }
    outStrength[u] = strength;
  }
  compactStart[nodeCount] = e;

  // 3. Transpose into the incoming side: scanning sources in ascending order sorts each in-row by source.
  const inOffsets = new Int32Array(nodeCount + 1);
  const inSources = new Int32Array(e);
  const inWeights = new Float64Array(e);
  const inShare = new Float64Array(e);
  transpose(nodeCount, compactStart, bucketTargets, bucketWeights, inOffsets, inSources, inWeights);
  let danglingCount = 0;
  for (let v = 0; v < nodeCount; v++) {
    const end = inOffsets[v + 1]!;
    for (let j = inOffsets[v]!; j < end; j++) {
      const strength = outStrength[inSources[j]!]!;
      inShare[j] = strength > 0 ? inWeights[j]! / strength : 0;
    }
    if (outStrength[v] === 0) danglingCount++;
  }
  const danglingNodes = new Int32Array(danglingCount);
  for (let u = 0, d = 0; u < nodeCount; u++) if (outStrength[u] === 0) danglingNodes[d++] = u;

  // 4. Transpose back for the outgoing side, now with each out-row sorted by target.
  const outOffsets = new Int32Array(nodeCount + 1);
  const outTargets = new Int32Array(e);
  const outWeights = new Float64Array(e);
  transpose(nodeCount, inOffsets, inSources, inWeights, outOffsets, outTargets, outWeights);

  return {
    nodeCount,
    edgeCount: e,
    outOffsets,
    outTargets,
    outWeights,
    outStrength,
    inOffsets,
    inSources,
    inWeights,
    inShare,
    danglingNodes,
  };
}

/** Writes the transpose of the adjacency (offsets, neighbours, weights) into the to* arrays, rows sorted. */
function transpose(
  nodeCount: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  weights: Float64Array,
  toOffsets: Int32Array,
  toNeighbours: Int32Array,
  toWeights: Float64Array,
): void {
  const edges = offsets[nodeCount]!;
  for (let j = 0; j < edges; j++) toOffsets[neighbours[j]! + 1]!++;
  for (let v = 0; v < nodeCount; v++) toOffsets[v + 1]! += toOffsets[v]!;
  const cursor = toOffsets.slice(0, nodeCount);
  for (let u = 0; u < nodeCount; u++) {
    const end = offsets[u + 1]!;
    for (let j = offsets[u]!; j < end; j++) {
      const p = cursor[neighbours[j]!]!++;
      toNeighbours[p] = u;
      toWeights[p] = weights[j]!;
    }
  }
}

/** Maps node keys (account ids, handles...) to dense indices 0..size-1 in order of first appearance. */
export class NodeIndex<K extends string | number = string> {
  readonly #indices = new Map<K, number>();
  readonly #keys: K[] = [];

  static from<K extends string | number>(keys: Iterable<K>): NodeIndex<K> {
    const index = new NodeIndex<K>();
    for (const key of keys) index.add(key);
    return index;
  }

  get size(): number {
    return this.#keys.length;
  }

  /** The index of key, given the next free index when the key is new. */
  add(key: K): number {
    let i = this.#indices.get(key);
    if (i === undefined) {
      i = this.#keys.length;
      this.#indices.set(key, i);
      this.#keys.push(key);
    }
    return i;
  }

  indexOf(key: K): number | undefined {
    return this.#indices.get(key);
  }

  keyOf(index: number): K {
    const key = this.#keys[index];
    if (key === undefined) throw new RangeError(`NodeIndex: no node at index ${index} (size ${this.#keys.length})`);
    return key;
  }

  /** The keys in index order (a copy). */
  keys(): K[] {
    return this.#keys.slice();
  }
}

/** A growable edge list in typed arrays, for readers that do not know the edge count in advance. */
export class EdgeBuffer {
  #sources = new Int32Array(1024);
  #targets = new Int32Array(1024);
  #weights = new Float64Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(source: number, target: number, weight = 1): void {
    if (this.#length === this.#sources.length) this.#grow();
    this.#sources[this.#length] = source;
    this.#targets[this.#length] = target;
    this.#weights[this.#length] = weight;
    this.#length++;
  }

  #grow(): void {
    const capacity = this.#sources.length * 2;
    const sources = new Int32Array(capacity);
    sources.set(this.#sources);
    const targets = new Int32Array(capacity);
    targets.set(this.#targets);
    const weights = new Float64Array(capacity);
    weights.set(this.#weights);
    this.#sources = sources;
    this.#targets = targets;
    this.#weights = weights;
  }

  toCsr(nodeCount: number): CsrGraph {
    const n = this.#length;
    return buildCsr(
      nodeCount,
      this.#sources.subarray(0, n),
      this.#targets.subarray(0, n),
      this.#weights.subarray(0, n),
    );
  }
}

export type KeyedEdge<K> = readonly [source: K, target: K, weight?: number];

/**
 * The CSR of edges between arbitrary keys, with the NodeIndex that maps them. `nodes` adds nodes first, in its order,
 * so that isolated nodes are kept and indices are predictable; nodes met only in edges follow in order of appearance.
 */
export function buildKeyedCsr<K extends string | number>(
  edges: Iterable<KeyedEdge<K>>,
  nodes: Iterable<K> = [],
): { graph: CsrGraph; index: NodeIndex<K> } {
  const index = NodeIndex.from(nodes);
  const buffer = new EdgeBuffer();
  for (const [source, target, weight] of edges) buffer.push(index.add(source), index.add(target), weight ?? 1);
  return { graph: buffer.toCsr(index.size), index };
}
