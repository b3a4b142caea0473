// `diplomatie graph pagerank`: reading edge lists (header, weights, quoting, bad lines), the printed output, and
// once through the real `bin/diplomatie.js` to check the command's wiring.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatScore,
  graphPagerankCommand,
  graphPagerankDefaults,
  readEdgeList,
  splitCsvLine,
} from './pagerank-cli.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-pagerank-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
function edgeFile(text: string): string {
  const file = path.join(dir, `edges-${fileCount++}.csv`);
  writeFileSync(file, text);
  return file;
}

async function run(text: string, options = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await graphPagerankCommand(edgeFile(text), { ...graphPagerankDefaults, ...options }, { stdout, stderr });
  return { code, out, err };
}

describe('graph pagerank command', () => {
  it('prints node,pagerank for every node, sorted by node id in code-unit order', async () => {
    // a <-> b, b -> c with c dangling, and an upper-case id that sorts before lower case
    const { code, out, err } = await run('b,c\na,b\nb,a\nZ,a\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('node,pagerank');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Z', 'a', 'b', 'c']);
    const total = lines.slice(1).reduce((sum, l) => sum + Number(l.split(',')[1]), 0);
    expect(total).toBeCloseTo(1, 10);
    expect(err).toMatch(/4 nodes, 4 distinct edges from 4 lines, damping 0.85, converged in \d+ iterations/);
  });

  it('gives the closed-form values of a -> b (b dangling) with the chosen damping', async () => {
    const { out } = await run('source,target\na,b\n', { damping: 0.5, tolerance: 1e-12 });
    // x_a = 1 / (2 + d), x_b = (1 + d) / (2 + d)
    expect(out).toBe(`node,pagerank\na,${formatScore(1 / 2.5)}\nb,${formatScore(1.5 / 2.5)}\n`);
    expect(out).toBe('node,pagerank\na,0.4\nb,0.6\n');
  });

  // x <-> {y, z} is bipartite: the error shrinks by the damping factor per iteration, so allow more iterations.
  const precise = { tolerance: 1e-12, maxIterations: 1000 };

  it('reads weights, sums duplicate lines and treats Source,Target,Weight as a header', async () => {
    const weighted = await run('Source,Target,Weight\nx,y,1\nx,z,1\nx,z,2\nz,x,1\ny,x,1\n', precise);
    const same = await run('x,y,1\nx,z,3\nz,x,1\ny,x,1\n', precise);
    expect(weighted.code).toBe(0);
    expect(weighted.out).toBe(same.out);
    expect(weighted.out.split('\n')).toHaveLength(5); // header, x, y, z, final newline
  });

  it('accepts quoted ids with commas and quotes, CRLF line ends, a byte-order mark and blank lines', async () => {
    const { code, out } = await run('\ufeff"Paris, FR","say ""hi"""\r\n\r\n"say ""hi""",  Paris  \r\n');
    expect(code).toBe(0);
    expect(out.split('\n').map((l) => l.slice(0, l.lastIndexOf(',')))).toEqual([
      'node',
      'Paris',
      '"Paris, FR"',
      '"say ""hi"""',
      '',
    ]);
  });

  it('stops at a bad line with its number and exit code 1', async () => {
    const cases: [string, string][] = [
      ['a,b\nb,c\nc\n', 'line 3: expected source,target[,weight], found 1 field(s)'],
      ['a,b,1\nb,c,-2\n', 'line 2: the weight "-2" is not a finite non-negative number'],
      ['a,b,1\nb,c,heavy\n', 'line 2: the weight "heavy" is not a finite non-negative number'],
      ['a,b,1\nb,c,\n', 'line 2: the weight "" is not a finite non-negative number'],
      ['a,b,1,extra\n', 'line 1: expected source,target[,weight], found 4 field(s)'],
      ['a,b\n,c\n', 'line 2: the source and the target must not be empty'],
      ['a,b\n"b,c\n', 'line 2: a quoted field is not closed'],
    ];
    for (const [text, message] of cases) {
      const { code, out, err } = await run(text);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toContain(message);
      expect(err).toMatch(/^graph pagerank: .*edges-\d+\.csv, line/);
    }
  });

  it('reports a missing file and non-convergence clearly', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk) => {
      err += chunk;
    });
    const missing = path.join(dir, 'missing.csv');
    const code = await graphPagerankCommand(missing, graphPagerankDefaults, { stdout: new PassThrough(), stderr });
    expect(code).toBe(1);
    expect(err).toBe(`graph pagerank: cannot read ${missing} (ENOENT)\n`);

    const slow = await run('a,b\nb,c\nc,a\na,c\n', { maxIterations: 2, tolerance: 1e-12 });
    expect(slow.code).toBe(1);
    expect(slow.err).toMatch(/did not converge in 2 iterations .*raise --max-iterations or --tolerance/);
  });
});

describe('edge list reading', () => {
  it('splits CSV lines, trimming unquoted fields', () => {
    expect(splitCsvLine(' a , b ,2')).toEqual(['a', 'b', '2']);
    expect(splitCsvLine('"a,1", "b"')).toEqual(['a,1', 'b']);
    expect(splitCsvLine('"a" x,b')).toBe('unexpected text after a quoted field');
    expect(splitCsvLine('a"b,c')).toBe('a quote inside an unquoted field (quote the whole field)');
  });

  it('keeps a first line of data when it is not a header', async () => {
    const list = await readEdgeList(edgeFile('alice,bob,2.5\nbob,alice,1\n'));
    expect(list.hasHeader).toBe(false);
    expect(list.edgeLines).toBe(2);
    expect(list.index.keys()).toEqual(['alice', 'bob']);
    expect([...list.graph.outWeights]).toEqual([2.5, 1]);
  });

  it('streams a large file', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`n${i % 5000},n${(i * 31) % 5000},${(i % 7) + 1}`);
    const list = await readEdgeList(edgeFile(`${lines.join('\n')}\n`));
    expect(list.edgeLines).toBe(200_000);
    expect(list.graph.nodeCount).toBe(5000);
  });
});

describe('diplomatie graph pagerank (spawned)', () => {
  it('is wired into bin/diplomatie.js', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const file = edgeFile('source,target,weight\nfr,de,2\nde,fr,2\n');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'bin', 'diplomatie.js'), 'graph', 'pagerank', file, '--damping', '0.5'],
      { cwd: root },
    );
    expect(stdout).toBe('node,pagerank\nde,0.5\nfr,0.5\n');
  });
});
