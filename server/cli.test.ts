// The `diplomatie` command as operators use it, in a child process on its own data folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/index.ts';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'diplomatie.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('diplomatie CLI', () => {
  it('creates users, refuses bad input and forbidden exemptions clearly, backs up and restores every row', {
    timeout: 300_000,
  }, async () => {
    const agent = run([
      'user',
      'create',
      '--email',
      'Ops@Example.org',
      '--password',
      'a long operator password',
      '--audience',
      'agent',
      '--org',
      'Ministère',
      '--org-kind',
      'ministry',
      '--role',
      'admin',
      'editor',
      '--no-2fa',
    ]);
    expect(agent.out).toContain('Created agent ops@example.org');
    expect(agent.code).toBe(0);

    const duplicate = run([
      'user',
      'create',
      '--email',
      'ops@example.org',
      '--password',
      'a long operator password',
      '--audience',
      'agent',
      '--org',
      'Ministère',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.out).toMatch(/conflicts|already has an account/);

    const forbidden = run(
      [
        'user',
        'create',
        '--email',
        'x@example.org',
        '--password',
        'a long operator password',
        '--audience',
        'agent',
        '--org',
        'Ministère',
        '--no-2fa',
      ],
      { ALLOW_NO_2FA: 'false' },
    );
    expect(forbidden.code).toBe(1);
    expect(forbidden.out).toMatch(/not allowed/);

    const badAudience = run([
      'user',
      'create',
      '--email',
      'y@example.org',
      '--password',
      'a long operator password',
      '--audience',
      'king',
      '--org',
      'X',
    ]);
    expect(badAudience.code).not.toBe(0);
    expect(badAudience.out).toMatch(/Allowed choices are agent, partner, company/);

    const file = path.join(dir, 'backup.jsonl.gz');
    const saved = run(['backup', '--out', file]);
    expect(saved.code).toBe(0);
    expect(saved.out).toMatch(/rows from \d+ tables written/);

    const restored = run(['restore', file], { DATA_DIR: path.join(dir, 'restored') });
    expect(restored.code).toBe(0);
    const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dir, 'restored', 'pglite') });
    try {
      const users = await database.db
        .selectFrom('users')
        .select(['email', 'roles', 'mfa_exempt', 'audience'])
        .execute();
      expect(users).toEqual([
        { email: 'ops@example.org', roles: ['admin', 'editor'], mfa_exempt: true, audience: 'agent' },
      ]);
    } finally {
      await database.close();
    }
  });
});
