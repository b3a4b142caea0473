// Random worlds (organisations, accounts in every state, compartments with named members and agent teams,
// items with any label): the SQL fragment returns exactly the items the in-memory predicate allows.
import fc from 'fast-check';
import { type ControlledTransaction, type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/index.ts';
import type { DB, OrganisationKind, Role } from '../db/schema.ts';
import { createTestDatabase } from '../test/db.ts';
import { viewerLevel } from './labels.ts';
import { loadCompartmentIdsForMany } from './membership.ts';
import { canRead, type LabelledItem, visibleTo } from './policy.ts';
import { effectiveAudience, type Viewer, visitor } from './viewer.ts';

const NOW = new Date('2026-11-15T12:00:00Z');
const DAY = 86_400_000;
const ORG_KINDS: OrganisationKind[] = [
  'ministry',
  'diplomatic_post',
  'public_body',
  'company',
  'association',
  'foreign_body',
];
const ROLES: Role[] = ['editor', 'moderator', 'admin'];

const uuid = (kind: number, i: number) => `${kind}0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
/** A compartment id that no compartment row has. */
const DANGLING = uuid(9, 0);

const mostly = (p: fc.Arbitrary<boolean>) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: p });

const worldArb = fc.record({
  orgs: fc.array(fc.constantFrom(...ORG_KINDS), { minLength: 1, maxLength: 4 }),
  users: fc.array(
    fc.record({
      org: fc.nat(),
      audience: fc.constantFrom('company' as const, 'partner' as const, 'agent' as const),
      active: mostly(fc.constant(false)),
      verified: mostly(fc.constant(false)),
      expired: fc.boolean(),
      roles: fc.subarray(ROLES),
    }),
    { maxLength: 6 },
  ),
  compartments: fc.array(fc.constantFrom('deal_room' as const, 'company_file' as const), { maxLength: 4 }),
  named: fc.array(fc.record({ compartment: fc.nat(), user: fc.nat() }), { maxLength: 8 }),
  teams: fc.array(fc.record({ compartment: fc.nat(), org: fc.nat() }), { maxLength: 4 }),
  items: fc.array(
    fc.record({
      level: fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 3 }) },
        { weight: 1, arbitrary: fc.constantFrom(-1, 4, null) },
      ),
      // Indices past the last compartment stand for a dangling reference.
      compartment: fc.option(fc.nat({ max: 4 }), { nil: null, freq: 2 }),
    }),
    { maxLength: 16 },
  ),
});
type WorldShape = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;
type World = ReturnType<typeof materialise>;

interface ProbeItem extends LabelledItem {
  id: number;
}

/** The world as rows, with ids, and each account's expected memberships worked out independently. */
function materialise(world: WorldShape) {
  const orgs = world.orgs.map((kind, i) => ({ id: uuid(1, i), name: `Org ${i}`, kind }));
  const compartments = world.compartments.map((kind, i) => ({ id: uuid(3, i), kind, name: `Compartment ${i}` }));
  const users = world.users.map((u, i) => ({
    id: uuid(2, i),
    organisation_id: orgs[u.org % orgs.length]!.id,
    email: `user${i}@probe.test`,
    name: `User ${i}`,
    audience: u.audience,
    roles: u.roles,
    active: u.active,
    email_verified_at: u.verified ? new Date(NOW.getTime() - 10 * DAY) : null,
    partner_expires_at: u.audience === 'partner' ? new Date(NOW.getTime() + (u.expired ? -DAY : 30 * DAY)) : null,
  }));
  const named = new Map<string, { compartment_id: string; user_id: string }>();
  if (compartments.length > 0 && users.length > 0) {
    for (const m of world.named) {
      const row = {
        compartment_id: compartments[m.compartment % compartments.length]!.id,
        user_id: users[m.user % users.length]!.id,
      };
      named.set(`${row.compartment_id}/${row.user_id}`, row);
    }
  }
  const teams = new Map<string, { compartment_id: string; organisation_id: string }>();
  if (compartments.length > 0) {
    for (const t of world.teams) {
      const row = {
        compartment_id: compartments[t.compartment % compartments.length]!.id,
        organisation_id: orgs[t.org % orgs.length]!.id,
      };
      teams.set(`${row.compartment_id}/${row.organisation_id}`, row);
    }
  }
  const items: ProbeItem[] = world.items.map((item, id) => ({
    id,
    level: item.level as number,
    compartmentId: item.compartment === null ? null : (compartments[item.compartment]?.id ?? DANGLING),
  }));
  const subjects = users.map((u) => ({
    userId: u.id,
    organisationId: u.organisation_id,
    audience: effectiveAudience(u, NOW),
    roles: u.roles,
  }));
  const expectedMemberships = subjects.map((s) => {
    const ids = new Set<string>();
    if (s.audience === 'visitor') return ids;
    for (const m of named.values()) if (m.user_id === s.userId) ids.add(m.compartment_id);
    if (s.audience === 'agent') {
      for (const t of teams.values()) if (t.organisation_id === s.organisationId) ids.add(t.compartment_id);
    }
    return ids;
  });
  return {
    orgs,
    compartments,
    users,
    named: [...named.values()],
    teams: [...teams.values()],
    items,
    subjects,
    expectedMemberships,
  };
}

/** The whole world in one statement (data-modifying CTEs; foreign keys are checked at its end). */
async function insertWorld(trx: Kysely<DB>, w: World) {
  const members = [
    ...w.named.map((m) => ({ ...m, organisation_id: null })),
    ...w.teams.map((t) => ({ ...t, user_id: null })),
  ];
  const inserts = [
    trx.insertInto('organisations').values(w.orgs.map((o) => ({ ...o, siren: null, siret: null, country: null }))),
    w.users.length > 0 &&
      trx.insertInto('users').values(
        w.users.map((u) => ({
          ...u,
          password_hash: null,
          totp_secret: null,
          totp_enabled_at: null,
          oidc_subject: null,
        })),
      ),
    w.compartments.length > 0 &&
      trx.insertInto('compartments').values(w.compartments.map((c) => ({ ...c, created_by: null }))),
    members.length > 0 && trx.insertInto('compartment_members').values(members),
    w.items.length > 0 &&
      sql`INSERT INTO probe_items (id, level, compartment_id) VALUES ${sql.join(
        w.items.map((i) => sql`(${i.id}, ${i.level}::smallint, ${i.compartmentId}::uuid)`),
      )}`,
  ].filter((q) => q !== false);
  const ctes = inserts.map((q, i) => sql`${sql.raw(`step${i}`)} AS (${q})`);
  await sql`WITH ${sql.join(ctes)} SELECT 1`.execute(trx);
}

/** Every viewer's visible ids through `visibleTo`, in one round trip. */
async function visibleIds(trx: Kysely<DB>, viewers: Viewer[]): Promise<Set<number>[]> {
  const columns = { level: 'probe_items.level', compartmentId: 'probe_items.compartment_id' };
  const parts = viewers.map(
    (v, i) => sql`SELECT ${sql.lit(i)} AS viewer, probe_items.id FROM probe_items WHERE ${visibleTo(v, columns)}`,
  );
  const { rows } = await sql<{ viewer: number; id: number }>`${sql.join(parts, sql` UNION ALL `)}`.execute(trx);
  const result = viewers.map(() => new Set<number>());
  for (const row of rows) result[row.viewer]!.add(row.id);
  return result;
}

const isSubset = <T>(a: Set<T>, b: ReadonlySet<T>) => [...a].every((x) => b.has(x));
const sorted = (s: Iterable<number>) => [...s].sort((a, b) => a - b);

/** Inserts the world, loads memberships, asks the SQL: three statements. */
async function probe(trx: Kysely<DB>, w: World) {
  await insertWorld(trx, w);
  const loaded = await loadCompartmentIdsForMany(trx, w.subjects);
  const viewers: Viewer[] = [visitor, ...w.subjects.map((s, i) => ({ ...s, compartmentIds: loaded[i]! }))];
  return { loaded, viewers, fromSql: await visibleIds(trx, viewers) };
}

function check(w: World, { loaded, viewers, fromSql }: Awaited<ReturnType<typeof probe>>) {
  // Memberships as loaded match the world's (named users; agent teams for agents only).
  loaded.forEach((ids, i) => {
    expect([...ids].sort(), `memberships of user ${i}`).toEqual([...w.expectedMemberships[i]!].sort());
  });
  viewers.forEach((viewer, i) => {
    const fromPredicate = w.items.filter((item) => canRead(viewer, item)).map((item) => item.id);
    expect(sorted(fromSql[i]!), `viewer ${i} (${viewer.audience})`).toEqual(sorted(fromPredicate));
  });

  // Deny by default: visitors, and accounts that read as visitors, see public items outside compartments only.
  const publicIds = w.items.filter((i) => i.level === 0 && i.compartmentId === null).map((i) => i.id);
  viewers.forEach((viewer, i) => {
    if (viewer.audience === 'visitor') expect(sorted(fromSql[i]!)).toEqual(sorted(publicIds));
  });

  // Monotone: more level and more memberships never see less; agents see what members see outside compartments.
  const outside = new Set(w.items.filter((i) => i.compartmentId === null).map((i) => i.id));
  viewers.forEach((a, i) => {
    viewers.forEach((b, j) => {
      if (viewerLevel(a.audience) < viewerLevel(b.audience)) return;
      if (isSubset(new Set(b.compartmentIds), a.compartmentIds)) {
        expect(isSubset(fromSql[j]!, fromSql[i]!), `viewer ${j} sees more than viewer ${i}`).toBe(true);
      }
      const bOutside = new Set([...fromSql[j]!].filter((id) => outside.has(id)));
      expect(isSubset(bOutside, fromSql[i]!), `viewer ${j} sees more than viewer ${i} outside compartments`).toBe(true);
    });
  });
}

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.exec('CREATE TABLE probe_items (id int PRIMARY KEY, level smallint, compartment_id uuid)');
});
afterAll(() => database.close());

/**
 * Each world is inserted inside a transaction and rolled back to a savepoint (one round trip, against two for
 * BEGIN and ROLLBACK). Every 1,000 worlds the transaction ends and the tables are vacuumed: rolled-back rows
 * stay as dead tuples, and PGlite has no autovacuum.
 */
class Sandbox {
  private trx: ControlledTransaction<DB> | null = null;
  private worlds = 0;

  async run(fn: (trx: Kysely<DB>) => Promise<void>): Promise<void> {
    if (++this.worlds % 1000 === 0) {
      await this.end();
      await database.exec('VACUUM probe_items, compartment_members, compartments, users, organisations');
    }
    if (this.trx === null) {
      this.trx = await database.db.startTransaction().execute();
      await sql`SAVEPOINT world`.execute(this.trx);
    }
    try {
      await fn(this.trx);
    } finally {
      await sql`ROLLBACK TO SAVEPOINT world`.execute(this.trx);
    }
  }

  async end(): Promise<void> {
    await this.trx?.rollback().execute();
    this.trx = null;
  }
}

describe('visibleTo and canRead', () => {
  it('agree on every item for every viewer of random worlds', { timeout: 600_000 }, async () => {
    const started = performance.now();
    const sandbox = new Sandbox();
    let worlds = 0;
    try {
      await fc.assert(
        fc.asyncProperty(worldArb, async (world) => {
          worlds++;
          const w = materialise(world);
          await sandbox.run(async (trx) => check(w, await probe(trx, w)));
        }),
        { numRuns: 10_000 },
      );
    } finally {
      await sandbox.end();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`access property (${database.engine}): ${worlds} worlds in ${seconds} s`);
    const left = await database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(left.n).toBe(0);
  });
});

describe('canRead on its own', () => {
  const viewerArb = fc.record({
    userId: fc.option(fc.constant(uuid(2, 1)), { nil: null }),
    organisationId: fc.option(fc.constant(uuid(1, 1)), { nil: null }),
    audience: fc.constantFrom('visitor' as const, 'company' as const, 'partner' as const, 'agent' as const),
    roles: fc.subarray(ROLES),
    compartmentIds: fc.uniqueArray(fc.constantFrom(uuid(3, 0), uuid(3, 1), uuid(3, 2))).map((ids) => new Set(ids)),
  });
  const itemArb = fc.record({
    level: fc.integer({ min: -1, max: 4 }),
    compartmentId: fc.option(fc.constantFrom(uuid(3, 0), uuid(3, 1), uuid(3, 2)), { nil: null }),
  });

  it('grants nothing for roles', () => {
    fc.assert(
      fc.property(
        viewerArb,
        itemArb,
        (viewer, item) => canRead(viewer, item) === canRead({ ...viewer, roles: [] }, item),
      ),
    );
  });

  it('is monotone in level and memberships', () => {
    fc.assert(
      fc.property(viewerArb, viewerArb, itemArb, (a, b, item) => {
        fc.pre(viewerLevel(a.audience) >= viewerLevel(b.audience) && a.audience !== 'visitor' && a.userId !== null);
        fc.pre(isSubset(new Set(b.compartmentIds), a.compartmentIds));
        return !canRead(b, item) || canRead(a, item);
      }),
    );
  });

  it('opens level 3 to members of its compartment only, and denies a visitor all but public items', () => {
    fc.assert(
      fc.property(viewerArb, itemArb, (viewer, item) => {
        const allowed = canRead(viewer, item);
        if (item.level === 3)
          return (
            allowed ===
            (item.compartmentId !== null &&
              viewer.audience !== 'visitor' &&
              viewer.userId !== null &&
              viewer.compartmentIds.has(item.compartmentId))
          );
        if (viewer.audience === 'visitor') return allowed === (item.level === 0 && item.compartmentId === null);
        return true;
      }),
    );
  });
});
