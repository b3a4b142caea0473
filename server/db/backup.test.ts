import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../access/audit.ts';
import { createSession } from '../auth/sessions.repo.ts';
import { createTestDatabase } from '../test/db.ts';
import { makeUser } from '../test/factories.ts';
import { backup, RestoreError, restore } from './backup.ts';
import type { Database } from './index.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function snapshot(database: Database) {
  const tables = [
    'organisations',
    'users',
    'sessions',
    'compartments',
    'compartment_members',
    'audit_log',
    'recovery_codes',
  ];
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    out[t] = (await sql`SELECT to_jsonb(x) AS row FROM ${sql.table(t)} x ORDER BY 1`.execute(database.db)).rows;
  }
  return out;
}

describe('backup and restore', () => {
  it('gives back every row, identities included, and identity sequences continue after them', async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    try {
      const agent = await makeUser(source.db, { audience: 'agent', roles: ['admin', 'editor'], no2fa: true });
      await makeUser(source.db, { audience: 'partner', partnerExpiresAt: new Date('2031-01-01T00:00:00Z') });
      await createSession(source.db, {
        userId: agent.id,
        method: 'password',
        mfaVerified: true,
        days: 1,
        ip: '127.0.0.1',
        userAgent: 'test',
      });
      const room = await source.db
        .insertInto('compartments')
        .values({ kind: 'deal_room', name: 'Projet Bamako « eau » ✓', created_by: agent.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await source.db
        .insertInto('compartment_members')
        .values({ compartment_id: room.id, user_id: agent.id, organisation_id: null })
        .execute();
      await source.db
        .insertInto('compartment_members')
        .values({ compartment_id: room.id, user_id: null, organisation_id: agent.organisation_id })
        .execute();
      // More rows than one backup batch (2,000).
      await source.db
        .insertInto('audit_log')
        .values(
          Array.from({ length: 2499 }, (_, i) => ({
            actor_id: agent.id,
            action: 'test.event',
            object_type: null,
            object_id: null,
            ip: null,
            details: JSON.stringify({ i, nested: { ok: true } }),
          })),
        )
        .execute();
      await appendAudit(source.db, { actorId: agent.id, action: 'test.last', details: { quote: 'l’été « ok »' } });
      await source.db
        .insertInto('recovery_codes')
        .values({ user_id: agent.id, code_hash: 'abc', used_at: null })
        .execute();

      const file = path.join(dir, 'full.jsonl.gz');
      const counts = await backup(source, file);
      expect(counts.audit_log).toBe(2500);
      await restore(target, file);
      expect(await snapshot(target)).toEqual(await snapshot(source));

      await appendAudit(target.db, { actorId: null, action: 'after.restore' });
      const last = await target.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(last.id).toBe(2501);

      await expect(restore(target, file)).rejects.toBeInstanceOf(RestoreError);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
