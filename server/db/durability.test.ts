// An acknowledged write to the embedded database survives a crash (kill -9) of the process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './index.ts';
import { migrate } from './migrate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeThenHang(dataDir: string, names: string[]): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'durability.child.ts'), dataDir, ...names],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ACK')) {
        child.kill('SIGKILL');
        child.once('exit', () => resolve());
      }
    });
    child.once('exit', (code) => code !== null && reject(new Error(`child exited with ${code} before acknowledging`)));
  });
}

describe('embedded database durability', () => {
  it('keeps every acknowledged write after kill -9', { timeout: 120_000 }, async () => {
    const dataDir = path.join(dir, 'pglite');
    const setup = await openDatabase({ engine: 'pglite', dataDir });
    await migrate(setup);
    await setup.close();
    await writeThenHang(dataDir, ['first', 'second', 'third']);
    const reopened = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const names = (await reopened.db.selectFrom('organisations').select('name').orderBy('created_at').execute()).map(
        (r) => r.name,
      );
      expect(names).toEqual(['first', 'second', 'third']);
    } finally {
      await reopened.close();
    }
  });
});
