import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/index.ts';
import { createTestDatabase } from '../test/db.ts';
import { appendAudit, recordRestrictedReads } from './audit.ts';
import type { Viewer } from './viewer.ts';

const ROOM = '30000000-0000-4000-8000-000000000001';
const ALICE = '20000000-0000-4000-8000-000000000001';
const alice: Viewer = {
  userId: ALICE,
  organisationId: '10000000-0000-4000-8000-000000000001',
  audience: 'agent',
  roles: [],
  compartmentIds: new Set([ROOM]),
};

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const entries = (action: string) =>
  database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'action', 'object_type', 'object_id', 'details', 'ip'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();

describe('audit', () => {
  it('records one row per distinct level-3 item read, and nothing for the others', async () => {
    const count = await recordRestrictedReads(
      database.db,
      alice,
      [
        { type: 'post', id: 1, level: 0 },
        { type: 'post', id: 2, level: 3, compartmentId: ROOM },
        { type: 'post', id: 2, level: 3, compartmentId: ROOM },
        { type: 'document', id: 'b7', level: 3 },
        { type: 'post', id: 3, level: 2 },
      ],
      '192.0.2.10',
    );
    expect(count).toBe(2);
    expect(await entries('restricted.read')).toEqual([
      {
        actor_id: ALICE,
        action: 'restricted.read',
        object_type: 'post',
        object_id: '2',
        details: { audience: 'agent', compartmentId: ROOM },
        ip: '192.0.2.10',
      },
      {
        actor_id: ALICE,
        action: 'restricted.read',
        object_type: 'document',
        object_id: 'b7',
        details: { audience: 'agent' },
        ip: '192.0.2.10',
      },
    ]);
    expect(await recordRestrictedReads(database.db, alice, [{ type: 'post', id: 1, level: 1 }])).toBe(0);
  });

  it('appends other events, one or many at a time, and never rewrites them', async () => {
    await appendAudit(database.db, { action: 'label.lowered', actorId: ALICE, objectType: 'post', objectId: '9' });
    await appendAudit(database.db, [
      { action: 'compartment.member_added', actorId: ALICE, details: { userId: 'x' } },
      { action: 'compartment.member_added', actorId: null },
    ]);
    await appendAudit(database.db, []);
    expect(await entries('label.lowered')).toEqual([
      { actor_id: ALICE, action: 'label.lowered', object_type: 'post', object_id: '9', details: {}, ip: null },
    ]);
    expect(await entries('compartment.member_added')).toHaveLength(2);
    await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
