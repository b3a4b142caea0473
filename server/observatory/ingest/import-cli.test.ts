// `diplomatie import` as operators and scripts use it: a child process on its own data folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './fixtures/index.ts';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'diplomatie.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-import-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, last: lines.at(-1) ?? '', stdout: result.stdout, stderr: result.stderr };
}

describe('diplomatie import', () => {
  it('prints its summary as one JSON object on the last line, and exits 1 only when the file cannot be read', {
    timeout: 360_000,
  }, () => {
    const ok = run(['import', 'minet-csv', fixture('minet-tweets.csv'), '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.last)).toEqual({ read: 4, added: 4, updated: 0, skipped: 0, errors: [] });
    // The progress line goes to stderr, never into the JSON.
    expect(ok.stderr).toContain('import minet-csv');

    const wrong = path.join(dir, 'wrong.csv');
    writeFileSync(wrong, 'a,b\n1,2\n');
    const refused = run(['import', 'minet-csv', wrong, '--json']);
    expect(refused.code).toBe(1);
    const summary = JSON.parse(refused.last);
    expect(summary).toMatchObject({ read: 0, added: 0, updated: 0, skipped: 0 });
    expect(summary.errors[0].reason).toMatch(/^minet-csv: missing required column\(s\) id, text/);
    expect(refused.stderr).toContain('minet-csv: missing required column(s)');
  });
});
