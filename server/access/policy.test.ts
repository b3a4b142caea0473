// The read rule on a small world worked out by hand: the SQL fragment, the predicate and the loaded memberships.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/index.ts';
import type { Audience, Role } from '../db/schema.ts';
import { createTestDatabase } from '../test/db.ts';
import { buildViewer, loadCompartmentIds, type ViewerAccount } from './membership.ts';
import { canRead, visibleTo } from './policy.ts';
import { type Viewer, visitor } from './viewer.ts';

const NOW = new Date('2026-11-15T12:00:00Z');
const LATER = new Date('2027-06-01T00:00:00Z');
const EARLIER = new Date('2026-01-01T00:00:00Z');

interface NotesTable {
  id: string;
  level: number;
  compartment_id: string | null;
}

let database: Database;
const org: Record<string, string> = {};
const account: Record<string, ViewerAccount> = {};
const compartment: Record<string, string> = {};

async function addOrg(key: string, kind: 'ministry' | 'company' | 'association') {
  const row = await database.db
    .insertInto('organisations')
    .values({ name: key, kind, siren: null, siret: null, country: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  org[key] = row.id;
}

async function addUser(
  key: string,
  orgKey: string,
  audience: Audience,
  extra: { roles?: Role[]; active?: boolean; verified?: boolean; expires?: Date } = {},
) {
  const values = {
    organisation_id: org[orgKey]!,
    email: `${key.toLowerCase()}@example.test`,
    name: key,
    audience,
    roles: extra.roles ?? [],
    active: extra.active ?? true,
    email_verified_at: extra.verified === false ? null : EARLIER,
    partner_expires_at: audience === 'partner' ? (extra.expires ?? LATER) : null,
  };
  const row = await database.db
    .insertInto('users')
    .values({ ...values, password_hash: null, totp_secret: null, totp_enabled_at: null, oidc_subject: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  account[key] = { id: row.id, ...values };
}

async function addCompartment(key: string, members: { users?: string[]; teams?: string[] }) {
  const row = await database.db
    .insertInto('compartments')
    .values({ kind: 'deal_room', name: key, created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  compartment[key] = row.id;
  const rows = [
    ...(members.users ?? []).map((u) => ({ compartment_id: row.id, user_id: account[u]!.id, organisation_id: null })),
    ...(members.teams ?? []).map((o) => ({ compartment_id: row.id, user_id: null, organisation_id: org[o]! })),
  ];
  if (rows.length > 0) await database.db.insertInto('compartment_members').values(rows).execute();
}

const notes = () => database.db.withTables<{ notes: NotesTable }>();

async function sqlVisible(viewer: Viewer): Promise<string[]> {
  const rows = await notes()
    .selectFrom('notes')
    .select('id')
    .where(visibleTo(viewer, { level: 'notes.level', compartmentId: 'notes.compartment_id' }))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

async function predicateVisible(viewer: Viewer): Promise<string[]> {
  const rows = await notes().selectFrom('notes').selectAll().orderBy('id').execute();
  return rows.filter((r) => canRead(viewer, { level: r.level, compartmentId: r.compartment_id })).map((r) => r.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await addOrg('ministry', 'ministry');
  await addOrg('acme', 'company');
  await addOrg('bolt', 'company');
  await addOrg('ngo', 'association');
  await addUser('Agent', 'ministry', 'agent');
  await addUser('Colleague', 'ministry', 'agent');
  await addUser('MinistryIntern', 'ministry', 'company');
  await addUser('Acme', 'acme', 'company');
  await addUser('BoltAdmin', 'bolt', 'company', { roles: ['admin', 'moderator', 'editor'] });
  await addUser('Partner', 'ngo', 'partner');
  await addUser('ExpiredPartner', 'ngo', 'partner', { expires: EARLIER });
  await addUser('Unverified', 'ministry', 'agent', { verified: false });
  await addUser('Retired', 'ministry', 'agent', { active: false });
  // Room: Acme and the Partner by name, the ministry's agents as a team. File: the Agent and the Retired agent by name.
  await addCompartment('room', { users: ['Acme', 'Partner'], teams: ['ministry'] });
  await addCompartment('file', { users: ['Agent', 'Retired', 'Unverified'] });
  await database.exec(`CREATE TABLE notes (id text PRIMARY KEY, level smallint NOT NULL, compartment_id uuid)`);
  await notes()
    .insertInto('notes')
    .values([
      { id: 'a-public', level: 0, compartment_id: null },
      { id: 'b-community', level: 1, compartment_id: null },
      { id: 'c-agents', level: 2, compartment_id: null },
      { id: 'd-restricted-nowhere', level: 3, compartment_id: null },
      { id: 'e-room', level: 3, compartment_id: compartment.room! },
      { id: 'f-file', level: 3, compartment_id: compartment.file! },
      // Not a valid label (compartment items are level 3), but the rule still holds: level and membership.
      { id: 'g-room-community', level: 1, compartment_id: compartment.room! },
      { id: 'h-room-agents', level: 2, compartment_id: compartment.room! },
    ])
    .execute();
});
afterAll(() => database.close());

const expected: Record<string, string[]> = {
  Agent: ['a-public', 'b-community', 'c-agents', 'e-room', 'f-file', 'g-room-community', 'h-room-agents'],
  Colleague: ['a-public', 'b-community', 'c-agents', 'e-room', 'g-room-community', 'h-room-agents'],
  // Agent teams count for agents only.
  MinistryIntern: ['a-public', 'b-community'],
  Acme: ['a-public', 'b-community', 'e-room', 'g-room-community'],
  // Roles grant no reading.
  BoltAdmin: ['a-public', 'b-community'],
  Partner: ['a-public', 'b-community', 'e-room', 'g-room-community'],
  // Lapsed accounts read as visitors, named or not.
  ExpiredPartner: ['a-public'],
  Unverified: ['a-public'],
  Retired: ['a-public'],
};

describe('the read rule', () => {
  it('shows a visitor public items outside compartments only', async () => {
    expect(await sqlVisible(visitor)).toEqual(['a-public']);
    expect(await predicateVisible(visitor)).toEqual(['a-public']);
  });

  for (const [key, ids] of Object.entries(expected)) {
    it(`shows ${key} exactly what the hand-worked table says, in SQL and in memory`, async () => {
      const viewer = await buildViewer(database.db, account[key]!, NOW);
      expect(await sqlVisible(viewer)).toEqual(ids);
      expect(await predicateVisible(viewer)).toEqual(ids);
    });
  }

  it('treats a lapsed account as visitor even if handed its old identity and memberships', async () => {
    const stale: Viewer = {
      userId: account.Retired!.id,
      organisationId: org.ministry!,
      audience: 'visitor',
      roles: ['admin'],
      compartmentIds: new Set([compartment.file!]),
    };
    expect(await sqlVisible(stale)).toEqual(['a-public']);
    expect(await predicateVisible(stale)).toEqual(['a-public']);
  });

  it('denies items with a level outside 0-3 or a missing compartment reference', () => {
    const agent: Viewer = {
      ...visitor,
      userId: 'u',
      organisationId: 'o',
      audience: 'agent',
      compartmentIds: new Set(['c']),
    };
    expect(canRead(agent, { level: 4, compartmentId: 'c' })).toBe(false);
    expect(canRead(agent, { level: -1, compartmentId: null })).toBe(false);
    expect(canRead(agent, { level: 1.5, compartmentId: null })).toBe(false);
    expect(canRead(agent, { level: 3, compartmentId: undefined as unknown as null })).toBe(false);
    expect(canRead(agent, { level: 3, compartmentId: 'c' })).toBe(true);
  });

  it('reads membership at query time: a removed member loses access at once in SQL', async () => {
    const viewer = await buildViewer(database.db, account.Acme!, NOW);
    await database.db
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('compartment_members').where('user_id', '=', account.Acme!.id).execute();
        const rows = await trx
          .withTables<{ notes: NotesTable }>()
          .selectFrom('notes')
          .select('id')
          .where(visibleTo(viewer, { level: 'notes.level', compartmentId: 'notes.compartment_id' }))
          .orderBy('id')
          .execute();
        expect(rows.map((r) => r.id)).toEqual(['a-public', 'b-community']);
        // The viewer built before the change still lists the room: build viewers per request.
        expect(canRead(viewer, { level: 3, compartmentId: compartment.room! })).toBe(true);
        throw new Error('rollback');
      })
      .catch((error: Error) => expect(error.message).toBe('rollback'));
  });

  it('works on aliased tables and inside joins', async () => {
    const viewer = await buildViewer(database.db, account.Acme!, NOW);
    const { rows } = await sql<{ id: string }>`
      SELECT n.id FROM notes AS n JOIN compartments AS c ON c.id = n.compartment_id
      WHERE ${visibleTo(viewer, { level: 'n.level', compartmentId: 'n.compartment_id' })} ORDER BY n.id`.execute(
      database.db,
    );
    expect(rows.map((r) => r.id)).toEqual(['e-room', 'g-room-community']);
  });
});

describe('memberships', () => {
  it('loads named and team memberships, the team for agents only', async () => {
    const load = (key: string, audience: Viewer['audience']) =>
      loadCompartmentIds(database.db, {
        userId: account[key]!.id,
        organisationId: account[key]!.organisation_id,
        audience,
      });
    expect(await load('Agent', 'agent')).toEqual(new Set([compartment.room, compartment.file]));
    expect(await load('Colleague', 'agent')).toEqual(new Set([compartment.room]));
    expect(await load('MinistryIntern', 'company')).toEqual(new Set());
    expect(await load('Acme', 'company')).toEqual(new Set([compartment.room]));
    expect(await load('Retired', 'visitor')).toEqual(new Set());
  });

  it('builds the anonymous viewer for lapsed accounts, without roles', async () => {
    for (const key of ['ExpiredPartner', 'Unverified', 'Retired']) {
      const viewer = await buildViewer(database.db, account[key]!, NOW);
      expect(viewer).toEqual({ ...visitor, compartmentIds: new Set() });
    }
    const admin = await buildViewer(database.db, account.BoltAdmin!, NOW);
    expect(admin).toMatchObject({ audience: 'company', roles: ['admin', 'moderator', 'editor'] });
  });
});
