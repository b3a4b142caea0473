// `seedNetwork(db, { size, seed })`: a deterministic professional network. `small` is written by hand around the
// demo accounts (npm start, browser tests); `demo` and `large` are generated (large: 30,000 members, 300
// communities, 2,000 deal rooms, 1,000,000 posts, for the benchmarks). Everything is written in one transaction
// and recorded by a 'network.seeded' entry of the audit log: a database holds one seeded network, a second seed
// is refused. Every new account signs in with the demo password (one shared hash).
import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import { hashPassword } from '../../auth/passwords.ts';
import type { DB } from '../../db/schema.ts';
import { DEMO_PASSWORD, demoAccounts } from '../../seed/demo.ts';
import { type ExistingData, genericPlan } from './generic.ts';
import { type WriteCounts, writePlan } from './insert.ts';
import type { NetworkPlan } from './plan.ts';
import { isNetworkSizeName, NETWORK_SIZES, type NetworkSizeName, type NetworkSizeSpec } from './sizes.ts';
import { HYDRO_SAHEL_EMAIL, smallPlan } from './small.ts';

export { NETWORK_SIZE_NAMES, NETWORK_SIZES, type NetworkSizeName, type NetworkSizeSpec } from './sizes.ts';
export { HYDRO_SAHEL_EMAIL } from './small.ts';

export interface SeedNetworkOptions {
  size: NetworkSizeName | NetworkSizeSpec;
  /** Default 1: the same seed gives the same network. */
  seed?: number;
  /** The network's "now": posts span the days before it (default: the current time). */
  now?: Date;
  /** Seeded agents sign in without a second factor (the demo and the benchmarks; never in production). */
  waiveSecondFactor?: boolean;
  /** Drop and rebuild the content indexes around the bulk load (default: from 100,000 posts). */
  rebuildIndexes?: boolean;
  /** Do nothing when the database already has communities (the first-start seed of `npm start`). */
  onlyIfEmpty?: boolean;
  onProgress?: (line: string) => void;
}

export interface NetworkSeedSummary extends WriteCounts {
  size: string;
  seed: number;
  seconds: number;
  /** Seconds of the final ANALYZE (statistics for the planner). */
  analyzeSeconds: number;
}

/** The database already holds a seeded network (or, with `onlyIfEmpty`, communities of its own). */
export class NetworkExistsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkExistsError';
  }
}

/** The small network needs the demo accounts it attaches to. */
export class NetworkSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkSeedError';
  }
}

/** Bumped whenever the generator changes what a size and seed produce (cached benchmark networks are then reseeded). */
export const NETWORK_SEED_VERSION = 1;

/** The seeded network this database holds, if any. */
export async function seededNetwork(
  db: Kysely<DB>,
): Promise<{ size: string; seed: number; version: number; seconds: number | null } | null> {
  const row = await db
    .selectFrom('audit_log')
    .select('details')
    .where('object_type', '=', 'network')
    .where('action', '=', 'network.seeded')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const details = (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as {
    size?: string;
    seed?: number;
    version?: number;
    seconds?: number;
  };
  return {
    size: String(details.size ?? 'unknown'),
    seed: Number(details.seed ?? 0),
    version: Number(details.version ?? 0),
    seconds: typeof details.seconds === 'number' ? details.seconds : null,
  };
}

async function assertSeedable(db: Kysely<DB>, onlyIfEmpty: boolean): Promise<void> {
  const present = await seededNetwork(db);
  if (present)
    throw new NetworkExistsError(
      `seed --network: this database already holds the "${present.size}" network (seed ${present.seed}); ` +
        'a database holds one seeded network: seed another one into a fresh database',
    );
  if (onlyIfEmpty && (await db.selectFrom('net_spaces').select('id').limit(1).executeTakeFirst()))
    throw new NetworkExistsError('the network already has communities: no demo network added');
}

async function existingData(db: Kysely<DB>): Promise<ExistingData> {
  const orgs = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const organisations = new Map<string, string>();
  for (const o of orgs) if (!organisations.has(o.name)) organisations.set(o.name, o.id);
  const emails = [...demoAccounts.map((a) => a.email), HYDRO_SAHEL_EMAIL];
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'organisation_id', 'audience', 'name'])
    .where('email', 'in', emails)
    .execute();
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const demo = new Map<string, { id: string; organisationId: string; audience: string; name: string }>();
  for (const email of emails) {
    const u = byEmail.get(email);
    if (u) demo.set(email, { id: u.id, organisationId: u.organisation_id, audience: u.audience, name: u.name });
  }
  return { organisations, demoAccounts: demo };
}

const TOUCHED_TABLES = [
  'organisations',
  'users',
  'net_profiles',
  'net_member_search',
  'net_assignments',
  'net_spaces',
  'net_space_members',
  'compartments',
  'compartment_members',
  'net_deal_rooms',
  'net_deal_room_companies',
  'portal_support_requests',
  'net_request_events',
  'net_conversations',
  'net_conversation_reads',
  'net_messages',
  'net_posts',
  'net_comments',
  'net_reactions',
];

export async function seedNetwork(db: Kysely<DB>, options: SeedNetworkOptions): Promise<NetworkSeedSummary> {
  const began = performance.now();
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new NetworkSeedError(`seed --network: the seed must be a non-negative integer, got ${seed}`);
  const size = options.size;
  if (typeof size === 'string' && !isNetworkSizeName(size))
    throw new NetworkSeedError(`seed --network: unknown size "${size}" (expected small, demo or large)`);
  const name = typeof size === 'string' ? size : size.name;
  const now = options.now ?? new Date();
  const log = options.onProgress ?? (() => {});

  await assertSeedable(db, options.onlyIfEmpty ?? false);
  const existing = await existingData(db);
  let plan: NetworkPlan | null;
  if (size === 'small') {
    plan = smallPlan(seed, now, existing);
    if (!plan)
      throw new NetworkSeedError(
        'seed --network small: the small network attaches to the demo accounts (run `diplomatie seed` on a ' +
          'fresh database first, with DEMO_SEED left on)',
      );
  } else {
    const spec = typeof size === 'string' ? NETWORK_SIZES[size] : size;
    plan = genericPlan(spec, seed, now, existing);
  }
  log(`"${name}" network planned (${plan.users.length} members, ${plan.postCount} posts)`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const counts = await db.transaction().execute(async (trx) => {
    // Two seeds started together: the second waits here, then finds the first one's network and stops.
    await sql`SELECT pg_advisory_xact_lock(hashtext('diplomatie:network-seed'))`.execute(trx);
    await assertSeedable(trx, options.onlyIfEmpty ?? false);
    const written = await writePlan(trx, plan, {
      passwordHash,
      waiveSecondFactor: options.waiveSecondFactor ?? false,
      rebuildIndexes: options.rebuildIndexes ?? plan.postCount >= 100_000,
      onProgress: log,
    });
    await appendAudit(trx, {
      actorId: null,
      action: 'network.seeded',
      objectType: 'network',
      objectId: name,
      details: {
        size: name,
        seed,
        version: NETWORK_SEED_VERSION,
        // How long the seed took up to this point (the statistics come after).
        seconds: Math.round((performance.now() - began) / 100) / 10,
        ...written,
      },
    });
    return written;
  });
  const analyzeStarted = performance.now();
  await sql.raw(`ANALYZE ${TOUCHED_TABLES.join(', ')}`).execute(db);
  const analyzeSeconds = Math.round((performance.now() - analyzeStarted) / 100) / 10;
  return {
    size: name,
    seed,
    ...counts,
    seconds: Math.round((performance.now() - began) / 100) / 10,
    analyzeSeconds,
  };
}

/** One line for the command line. */
export function describeNetworkSeed(s: NetworkSeedSummary): string {
  return (
    `"${s.size}" network (seed ${s.seed}) seeded in ${s.seconds} s: ${s.members} members, ${s.communities} ` +
    `communities (${s.spaceMembers} memberships), ${s.dealRooms} deal rooms, ${s.posts} posts, ${s.comments} ` +
    `comments, ${s.reactions} reactions, ${s.requests} front-office requests, ${s.conversations} conversations ` +
    `(${s.messages} messages); password of every seeded account: ${DEMO_PASSWORD}` +
    (s.size === 'small' ? `; the second company signs in as ${HYDRO_SAHEL_EMAIL}` : '')
  );
}
