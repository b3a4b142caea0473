// PageRank on a seeded heavy-tailed graph (100,000 nodes, 1,200,000 edge draws): our CSR kernel against
// graphology-metrics' `pagerank` and, when Debian's python3-igraph is installed, igraph's PRPACK, in one run.
// Ours is timed with graphology's default tolerance (same iterations, same answer) and with a tight one, since
// PRPACK solves to about 1e-10. Run alone with `node --import tsx bench/pagerank.bench.ts`, which writes
// bench/results/pagerank.json; `runPagerankBench` is what bench/run.ts calls.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectedGraph } from 'graphology';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import { buildCsr, type CsrGraph } from '../server/analytics/csr.ts';
import { pagerank } from '../server/analytics/pagerank.ts';
import { heavyTailedGraph, summarise, type Timings, timeRuns } from './lib/graph-gen.ts';
import { machine, round2 } from './lib/harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const aimSpeedupVsIgraph = 5;

export interface PagerankBenchOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Timed runs of our kernel (after two warm-up runs) and of igraph's (after one). */
  runs: number;
  /** Timed runs of graphology's pagerank, seconds each (after one warm-up run). */
  graphologyRuns: number;
  /** Pythons to try, first with igraph wins (Debian's package installs into /usr/bin/python3, not a pyenv's). */
  pythons: string[];
  log: (line: string) => void;
}

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

function maxRow(offsets: Int32Array): number {
  let max = 0;
  for (let i = 0; i + 1 < offsets.length; i++) max = Math.max(max, offsets[i + 1]! - offsets[i]!);
  return max;
}

/** The same deduplicated graph as a graphology DirectedGraph, node keys "0".."n-1". */
function graphologyGraph(graph: CsrGraph): DirectedGraph {
  const g = new DirectedGraph();
  for (let u = 0; u < graph.nodeCount; u++) g.addNode(String(u));
  for (let u = 0; u < graph.nodeCount; u++)
    for (let j = graph.outOffsets[u]!; j < graph.outOffsets[u + 1]!; j++)
      g.addEdge(String(u), String(graph.outTargets[j]!), { weight: graph.outWeights[j]! });
  return g;
}

/**
 * igraph's PRPACK through bench/lib/igraph-pagerank.py on the deduplicated edges, single-threaded like our kernel
 * (OMP_NUM_THREADS=1: the OpenMP build otherwise spins on a loaded 2-core machine and gets slower, not faster).
 */
function runIgraph(
  graph: CsrGraph,
  alpha: number,
  options: PagerankBenchOptions,
): { version: string; timings: Timings; scores: Float64Array } | string {
  const python = options.pythons.find((candidate) => spawnSync(candidate, ['-c', 'import igraph']).status === 0);
  if (!python)
    return `python3-igraph not found by ${options.pythons.join(' or ')} (apt-get install -y python3-igraph, or set BENCH_PYTHON)`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-bench-igraph-'));
  try {
    const sources = new Int32Array(graph.edgeCount);
    for (let u = 0; u < graph.nodeCount; u++) sources.fill(u, graph.outOffsets[u]!, graph.outOffsets[u + 1]!);
    writeFileSync(path.join(dir, 'sources.i32'), sources);
    writeFileSync(path.join(dir, 'targets.i32'), graph.outTargets);
    writeFileSync(path.join(dir, 'weights.f64'), graph.outWeights);
    const script = path.join(here, 'lib', 'igraph-pagerank.py');
    const run = spawnSync(python, [script, dir, String(graph.nodeCount), String(options.runs), String(alpha)], {
      encoding: 'utf8',
      env: { ...process.env, OMP_NUM_THREADS: '1' },
    });
    if (run.status !== 0) return `the igraph script failed: ${run.stderr.trim().split('\n').at(-1)}`;
    const report = JSON.parse(run.stdout) as { version: string; runsMs: number[]; cpuRunsMs: number[] };
    const bytes = readFileSync(path.join(dir, 'scores.f64'));
    const scores = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
    return { version: report.version, timings: summarise(report.runsMs, report.cpuRunsMs), scores };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPagerankBench(options: PagerankBenchOptions) {
  const started = Date.now();
  const before = machine();
  const alpha = 0.85;
  const { log } = options;

  log(`generating ${options.nodes} nodes, ${options.edges} edges (seed ${options.seed})`);
  const { sources, targets, weights } = heavyTailedGraph(options.nodes, options.edges, options.seed);
  const build = timeRuns(options.runs, 2, () => buildCsr(options.nodes, sources, targets, weights));
  const graph = build.value;
  log(
    `CSR: ${graph.edgeCount} distinct edges, ${graph.danglingNodes.length} dangling, built in ${build.timings.medianMs} ms`,
  );

  const precise = { alpha, tolerance: 1e-15, maxIterations: 1000 }; // L1 change < 1e-10 on 100,000 nodes
  const ours = timeRuns(options.runs, 2, () => pagerank(graph, { alpha }));
  const oursPrecise = timeRuns(options.runs, 2, () => pagerank(graph, precise));
  if (!ours.value.converged || !oursPrecise.value.converged)
    throw new Error('pagerank bench: our kernel did not converge');
  log(
    `ours: ${ours.timings.medianMs} ms (${ours.value.iterations} iterations, default tolerance); ` +
      `${oursPrecise.timings.medianMs} ms (${oursPrecise.value.iterations} iterations, L1 < 1e-10)`,
  );

  log('building the graphology graph (not timed)');
  const buildStarted = performance.now();
  const reference = graphologyGraph(graph);
  const graphologyBuildMs = performance.now() - buildStarted;
  const theirs = timeRuns(options.graphologyRuns, 1, () =>
    graphologyPagerank(reference, { getEdgeWeight: 'weight', alpha }),
  );
  const graphologyScores = Float64Array.from({ length: graph.nodeCount }, (_, i) => theirs.value[String(i)]!);
  log(`graphology: ${theirs.timings.medianMs} ms`);

  const igraph = runIgraph(graph, alpha, options);
  const hasIgraph = typeof igraph !== 'string';
  if (hasIgraph) log(`igraph ${igraph.version}: ${igraph.timings.medianMs} ms (CPU ${igraph.timings.medianCpuMs} ms)`);
  else log(`igraph: skipped, ${igraph}`);

  const speedup = (theirsMs: number, oursMs: number) => round2(theirsMs / oursMs);
  const vsIgraph = hasIgraph ? speedup(igraph.timings.medianMs, ours.timings.medianMs) : null;
  const vsIgraphPrecise = hasIgraph ? speedup(igraph.timings.medianMs, oursPrecise.timings.medianMs) : null;
  return {
    bench: 'pagerank' as const,
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { ...before, loadAverageAfter: machine().loadAverage },
    settings: { nodes: options.nodes, edgeDraws: options.edges, seed: options.seed, alpha, runs: options.runs },
    graph: {
      nodes: graph.nodeCount,
      distinctEdges: graph.edgeCount,
      danglingNodes: graph.danglingNodes.length,
      maxInDegree: maxRow(graph.inOffsets),
      maxOutDegree: maxRow(graph.outOffsets),
    },
    ours: {
      csrBuild: build.timings,
      default: { tolerance: 1e-6, iterations: ours.value.iterations, ...ours.timings },
      precise: { tolerance: precise.tolerance, iterations: oursPrecise.value.iterations, ...oursPrecise.timings },
    },
    graphology: {
      note: 'default options (tolerance 1e-6); each call rebuilds its neighbourhood index, as graphology always does',
      graphBuildMs: round2(graphologyBuildMs),
      ...theirs.timings,
    },
    igraph: hasIgraph
      ? { version: igraph.version, implementation: 'prpack', threads: 1, ...igraph.timings }
      : { skipped: igraph },
    /** Speed-ups are their median time / ours (above 1: ours is faster); "Cpu" ones use CPU time. */
    ratios: {
      speedupVsGraphology: speedup(theirs.timings.medianMs, ours.timings.medianMs),
      /** Counting our CSR build in, since graphology rebuilds its index on every call. */
      speedupVsGraphologyWithCsrBuild: speedup(theirs.timings.medianMs, ours.timings.medianMs + build.timings.medianMs),
      speedupVsIgraph: vsIgraph,
      speedupVsIgraphCpu: hasIgraph ? speedup(igraph.timings.medianCpuMs, ours.timings.medianCpuMs) : null,
      /** Ours solving to L1 < 1e-10 too, about PRPACK's precision. */
      preciseSpeedupVsIgraph: vsIgraphPrecise,
      preciseSpeedupVsIgraphCpu: hasIgraph
        ? speedup(igraph.timings.medianCpuMs, oursPrecise.timings.medianCpuMs)
        : null,
    },
    checks: {
      maxAbsDiffGraphology: maxAbsDifference(ours.value.scores, graphologyScores),
      maxAbsDiffIgraphPrecise: hasIgraph ? maxAbsDifference(oursPrecise.value.scores, igraph.scores) : null,
      /** How far the default tolerance (L1 change < n * 1e-6) stops from the precise answer on this graph. */
      maxAbsDiffDefaultVsPrecise: maxAbsDifference(ours.value.scores, oursPrecise.value.scores),
    },
    aim: {
      speedupVsIgraph: aimSpeedupVsIgraph,
      meets: vsIgraph === null ? null : vsIgraph >= aimSpeedupVsIgraph,
      meetsPrecise: vsIgraphPrecise === null ? null : vsIgraphPrecise >= aimSpeedupVsIgraph,
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runPagerankBench({
    nodes: 100_000,
    edges: 1_200_000,
    seed: 2012,
    runs: 7,
    graphologyRuns: 3,
    pythons: process.env.BENCH_PYTHON ? [process.env.BENCH_PYTHON] : ['python3', '/usr/bin/python3'],
    log: (line) => process.stderr.write(`[bench] pagerank: ${line}\n`),
  });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', 'pagerank.json'), json);
  process.stdout.write(json);
}
