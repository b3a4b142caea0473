// `diplomatie graph pagerank <edges.csv>`: streams an analyst's `source,target[,weight]` edge list into the CSR,
// runs the index's PageRank kernel on it and prints `node,pagerank` for every node. The reading and printing live
// here (this is the I/O edge of analytics/); the command in server/main.ts only parses options and calls in.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { InvalidArgumentError } from 'commander';
import { type CsrGraph, EdgeBuffer, NodeIndex } from './csr.ts';
import { DEFAULTS, pagerank } from './pagerank.ts';

/** A line of the edge list that cannot be read; names the file and the 1-based line number. */
export class EdgeListError extends Error {
  override name = 'EdgeListError';
}

export interface EdgeList {
  graph: CsrGraph;
  index: NodeIndex<string>;
  /** Edge lines read (the header and blank lines not counted). */
  edgeLines: number;
  hasHeader: boolean;
}

/**
 * Splits one CSV line. Fields may be double-quoted (`"a, b"`, `""` for a quote); unquoted fields are trimmed.
 * A quoted field cannot span lines: node ids are single-line. Returns an error message for a malformed line.
 */
export function splitCsvLine(line: string): string[] | string {
  if (!line.includes('"')) return line.split(',').map((field) => field.trim());
  const fields: string[] = [];
  let i = 0;
  while (true) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '"') {
      let value = '';
      i++;
      while (true) {
        const close = line.indexOf('"', i);
        if (close < 0) return 'a quoted field is not closed';
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (i < line.length && line[i] !== ',') return 'unexpected text after a quoted field';
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const raw = line.slice(i, comma < 0 ? line.length : comma);
      if (raw.includes('"')) return 'a quote inside an unquoted field (quote the whole field)';
      fields.push(raw.trim());
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    i++; // past the comma
  }
}

const headerPairs = new Set(['source,target', 'from,to', 'src,dst', 'src,target', 'source,dest']);

/**
 * The first line is a header when its first two fields are column names (source,target / from,to / src,dst, any
 * case) or when it has a third field that is not a number (e.g. `Source,Target,Weight`). A two-column file whose first
 * edge really goes from a node named "source" to one named "target" must therefore start with a header line.
 */
export function isHeader(fields: string[]): boolean {
  const pair = `${fields[0] ?? ''},${fields[1] ?? ''}`.toLowerCase();
  if (headerPairs.has(pair)) return true;
  return fields.length === 3 && (fields[2] === '' || !Number.isFinite(Number(fields[2])));
}

/** Streams the edge list of file into a CSR; throws EdgeListError naming the first bad line. */
export async function readEdgeList(file: string): Promise<EdgeList> {
  const index = new NodeIndex<string>();
  const edges = new EdgeBuffer();
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  let first = true;
  let hasHeader = false;
  const fail = (reason: string): never => {
    throw new EdgeListError(`${file}, line ${lineNumber}: ${reason}`);
  };
  for await (const rawLine of lines) {
    lineNumber++;
    const line = lineNumber === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine; // byte-order mark
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line);
    if (typeof fields === 'string') fail(fields);
    const row = fields as string[];
    if (first) {
      first = false;
      if (isHeader(row)) {
        hasHeader = true;
        continue;
      }
    }
    if (row.length < 2 || row.length > 3) fail(`expected source,target[,weight], found ${row.length} field(s)`);
    const [source, target, weightField] = row as [string, string, string | undefined];
    if (source === '' || target === '') fail('the source and the target must not be empty');
    let weight = 1;
    if (weightField !== undefined) {
      weight = weightField === '' ? Number.NaN : Number(weightField);
      if (!(weight >= 0) || weight === Number.POSITIVE_INFINITY)
        fail(`the weight "${weightField}" is not a finite non-negative number`);
    }
    edges.push(index.add(source), index.add(target), weight);
  }
  return { graph: edges.toCsr(index.size), index, edgeLines: edges.length, hasHeader };
}

/** A CSV field, quoted when it holds a comma, a quote or leading/trailing spaces (so it reads back the same). */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** 12 significant digits, without trailing zeros (0.5, 0.0123456789012, 1.5e-7). */
export function formatScore(value: number): string {
  return String(Number(value.toPrecision(12)));
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export interface GraphPagerankOptions {
  damping: number;
  maxIterations: number;
  tolerance: number;
}

export interface GraphPagerankIo {
  stdout: Writable;
  stderr: Writable;
}

/**
 * Runs the command: `node,pagerank` then one line per node, sorted by node id in code-unit order (plain JavaScript
 * string order, the same on every machine and locale, so outputs diff cleanly). A summary goes to stderr.
 * Returns the exit code: 1 with a message naming the file and line for unreadable input or non-convergence.
 */
export async function graphPagerankCommand(
  file: string,
  options: GraphPagerankOptions,
  io: GraphPagerankIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let edgeList: EdgeList;
  try {
    edgeList = await readEdgeList(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof EdgeListError || code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      const message = error instanceof EdgeListError ? error.message : `cannot read ${file} (${code})`;
      io.stderr.write(`graph pagerank: ${message}\n`);
      return 1;
    }
    throw error;
  }
  const { graph, index } = edgeList;
  const result = pagerank(graph, {
    alpha: options.damping,
    maxIterations: options.maxIterations,
    tolerance: options.tolerance,
  });
  if (!result.converged) {
    io.stderr.write(
      `graph pagerank: did not converge in ${result.iterations} iterations (last L1 change ${result.error.toExponential(3)}, ` +
        `needed below ${(graph.nodeCount * options.tolerance).toExponential(3)}): raise --max-iterations or --tolerance\n`,
    );
    return 1;
  }

  const keys = index.keys();
  const order = Array.from(keys.keys()).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  let chunk = 'node,pagerank\n';
  for (const i of order) {
    chunk += `${csvField(keys[i]!)},${formatScore(result.scores[i]!)}\n`;
    if (chunk.length > 65_536) {
      await write(io.stdout, chunk);
      chunk = '';
    }
  }
  await write(io.stdout, chunk);
  io.stderr.write(
    `graph pagerank: ${graph.nodeCount} nodes, ${graph.edgeCount} distinct edges from ${edgeList.edgeLines} lines, ` +
      `damping ${options.damping}, converged in ${result.iterations} iterations\n`,
  );
  return 0;
}

/** Commander parsers for the command's options, refusing bad values before any file is read. */
export const parseOption = {
  damping(value: string): number {
    const n = Number(value);
    if (value.trim() === '' || !(n > 0 && n < 1))
      throw new InvalidArgumentError('expected a number between 0 and 1 (exclusive), e.g. 0.85');
    return n;
  },
  maxIterations(value: string): number {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < 1) throw new InvalidArgumentError('expected a positive integer');
    return n;
  },
  tolerance(value: string): number {
    const n = Number(value);
    if (value.trim() === '' || !(n > 0) || !Number.isFinite(n))
      throw new InvalidArgumentError('expected a positive number, e.g. 1e-6');
    return n;
  },
};

export const graphPagerankDefaults: GraphPagerankOptions = {
  damping: DEFAULTS.alpha,
  maxIterations: DEFAULTS.maxIterations,
  tolerance: DEFAULTS.tolerance,
};
