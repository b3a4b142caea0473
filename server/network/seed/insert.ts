// Writes a network plan: batched `INSERT ... SELECT ... FROM unnest($1::type[], ...)` (one parameter per column,
// the same SQL on PGlite and PostgreSQL), search vectors built in SQL, and around a bulk load of posts the big
// indexes of net_posts and net_comments dropped and rebuilt from their own definitions (pg_indexes).
import { CompiledQuery, type Kysely, sql } from 'kysely';
import { SECTORS, sectorLabels } from '../../../common/network-terms.ts';
import type { DB } from '../../db/schema.ts';
import { type ContentBatch, type NetworkPlan, type PlanRequest, tlpOf } from './plan.ts';
import { plainParagraphsHtml } from './text.ts';

type Db = Kysely<DB>;

/** Rows per statement: large enough to amortise a round trip, small enough for PGlite's message size. */
const BATCH = 5_000;

interface Column<T> {
  name: string;
  type: string;
  value: (row: T) => unknown;
  /** How the unnested value `v` becomes the column value (default: as is). */
  select?: (v: string) => string;
}

/** A text array literal, cast per row (unnest would flatten a 2-D array). */
export const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
const asTextArray = (v: string) => `${v}::text[]`;
const asJsonb = (v: string) => `${v}::jsonb`;

export async function insertRows<T>(
  db: Db,
  table: string,
  columns: Column<T>[],
  rows: readonly T[],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => c.name).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const text =
    `INSERT INTO ${table} (${names}) SELECT ${columns.map((c, i) => (c.select ? c.select(`c${i}`) : `c${i}`)).join(', ')} ` +
    `FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS x(${aliases.join(', ')}) ${suffix}`;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    await db.executeQuery(
      CompiledQuery.raw(
        text,
        columns.map((c) => batch.map(c.value)),
      ),
    );
  }
}

export interface WriteOptions {
  /** One argon2 hash shared by every new account (the demo password). */
  passwordHash: string;
  /** Agents of the seeded network sign in without a second factor (demo and benchmarks only). */
  waiveSecondFactor: boolean;
  /** Drop and rebuild the big content indexes around the bulk load (worth it from some 100,000 posts). */
  rebuildIndexes: boolean;
  onProgress?: ((line: string) => void) | undefined;
}

export interface WriteCounts {
  organisations: number;
  members: number;
  communities: number;
  spaceMembers: number;
  dealRooms: number;
  requests: number;
  conversations: number;
  messages: number;
  posts: number;
  comments: number;
  reactions: number;
}

/** Writes the whole plan with `db` (call it inside a transaction). */
export async function writePlan(db: Db, plan: NetworkPlan, options: WriteOptions): Promise<WriteCounts> {
  const log = options.onProgress ?? (() => {});
  await writeOrganisationsAndMembers(db, plan, options);
  log(`${plan.users.filter((u) => !u.existing).length} members, profiles and directory search written`);
  await writeSpaces(db, plan);
  await writeRooms(db, plan);
  await writeRequests(db, plan.requests);
  const messages = await writeConversations(db, plan);
  log(
    `${plan.spaces.length} communities, ${plan.spaceMembers.length} memberships, ${plan.rooms.length} deal rooms, ` +
      `${plan.requests.length} requests, ${plan.conversations.length} conversations written`,
  );
  const dropped = options.rebuildIndexes ? await dropContentIndexes(db) : [];
  const content = { posts: 0, comments: 0, reactions: 0 };
  let lastLogged = 0;
  const started = performance.now();
  for (const batch of plan.content()) {
    await writeContent(db, batch);
    content.posts += batch.posts.length;
    content.comments += batch.comments.length;
    content.reactions += batch.reactions.length;
    if (content.posts - lastLogged >= 50_000 || content.posts === plan.postCount) {
      lastLogged = content.posts;
      const seconds = Math.round((performance.now() - started) / 1000);
      log(`posts ${content.posts}/${plan.postCount}, comments ${content.comments} (${seconds} s)`);
    }
  }
  if (dropped.length > 0) {
    const began = performance.now();
    await recreateIndexes(db, dropped);
    log(`${dropped.length} indexes rebuilt in ${Math.round((performance.now() - began) / 1000)} s`);
  }
  return {
    organisations: plan.organisations.filter((o) => !o.existing).length,
    members: plan.users.filter((u) => !u.existing).length,
    communities: plan.spaces.length,
    spaceMembers: plan.spaceMembers.length,
    dealRooms: plan.rooms.length,
    requests: plan.requests.length,
    conversations: plan.conversations.length,
    messages,
    ...content,
  };
}

async function writeOrganisationsAndMembers(db: Db, plan: NetworkPlan, options: WriteOptions): Promise<void> {
  type O = NetworkPlan['organisations'][number];
  await insertRows<O>(
    db,
    'organisations',
    [
      { name: 'id', type: 'uuid', value: (o) => o.id },
      { name: 'name', type: 'text', value: (o) => o.name },
      { name: 'kind', type: 'text', value: (o) => o.kind },
      { name: 'country', type: 'text', value: (o) => o.country },
    ],
    plan.organisations.filter((o) => !o.existing),
  );
  type U = NetworkPlan['users'][number];
  const created = plan.users.filter((u) => !u.existing);
  await insertRows<U>(
    db,
    'users',
    [
      { name: 'id', type: 'uuid', value: (u) => u.id },
      { name: 'organisation_id', type: 'uuid', value: (u) => u.organisationId },
      { name: 'email', type: 'text', value: (u) => u.email },
      { name: 'name', type: 'text', value: (u) => u.name },
      { name: 'audience', type: 'text', value: (u) => u.audience },
      { name: 'roles', type: 'text', value: (u) => textArray(u.roles), select: asTextArray },
      { name: 'password_hash', type: 'text', value: () => options.passwordHash },
      { name: 'email_verified_at', type: 'timestamptz', value: (u) => u.createdAt },
      { name: 'partner_expires_at', type: 'timestamptz', value: (u) => u.partnerExpiresAt },
      { name: 'mfa_exempt', type: 'bool', value: (u) => options.waiveSecondFactor && u.audience === 'agent' },
      { name: 'lang', type: 'text', value: (u) => u.lang },
      { name: 'created_at', type: 'timestamptz', value: (u) => u.createdAt },
    ],
    created,
  );
  await insertRows<U>(
    db,
    'net_profiles',
    [
      { name: 'user_id', type: 'uuid', value: (u) => u.id },
      { name: 'title', type: 'text', value: (u) => u.profile.title },
      { name: 'country', type: 'text', value: (u) => u.profile.country },
      { name: 'sectors', type: 'text', value: (u) => textArray(u.profile.sectors), select: asTextArray },
      { name: 'expertise', type: 'text', value: (u) => textArray(u.profile.expertise), select: asTextArray },
      { name: 'languages', type: 'text', value: (u) => textArray(u.profile.languages), select: asTextArray },
      { name: 'bio', type: 'text', value: (u) => u.profile.bio },
      { name: 'public_profile', type: 'bool', value: (u) => u.profile.publicProfile },
      { name: 'verified_at', type: 'timestamptz', value: (u) => u.profile.verifiedAt },
      { name: 'updated_at', type: 'timestamptz', value: (u) => u.createdAt },
    ],
    plan.users,
    // The demo accounts keep a profile they already edited.
    'ON CONFLICT (user_id) DO NOTHING',
  );
  await refreshMemberSearchSql(
    db,
    plan.users.map((u) => u.id),
  );
}

/**
 * The directory's search vector of these members, in SQL: name (A), organisation and title (B), expertise and
 * sector labels (C), French and accent-insensitive.
 */
export async function refreshMemberSearchSql(db: Db, userIds: readonly string[]): Promise<void> {
  const codes = [...SECTORS];
  const labels = codes.map((c) => sectorLabels[c].fr);
  for (let from = 0; from < userIds.length; from += 20_000) {
    const ids = userIds.slice(from, from + 20_000);
    await sql`
      INSERT INTO net_member_search (user_id, search)
      SELECT u.id,
        setweight(to_tsvector('french_unaccent', u.name), 'A')
        || setweight(to_tsvector('french_unaccent', o.name || ' ' || coalesce(p.title, '')), 'B')
        || setweight(to_tsvector('french_unaccent',
             coalesce(array_to_string(p.expertise, ' '), '') || ' ' || coalesce(s.labels, '')), 'C')
      FROM users AS u
      JOIN organisations AS o ON o.id = u.organisation_id
      LEFT JOIN net_profiles AS p ON p.user_id = u.id
      LEFT JOIN LATERAL (
        SELECT string_agg(l.label, ' ') AS labels
        FROM unnest(${codes}::text[], ${labels}::text[]) AS l (code, label)
        WHERE l.code = ANY (p.sectors)
      ) AS s ON true
      WHERE u.id = ANY (${ids}::uuid[])
      ON CONFLICT (user_id) DO UPDATE SET search = EXCLUDED.search`.execute(db);
  }
}

async function writeSpaces(db: Db, plan: NetworkPlan): Promise<void> {
  type S = NetworkPlan['spaces'][number];
  await insertRows<S>(
    db,
    'net_spaces',
    [
      { name: 'id', type: 'uuid', value: (s) => s.id },
      { name: 'kind', type: 'text', value: (s) => s.kind },
      { name: 'name', type: 'text', value: (s) => s.name },
      { name: 'description', type: 'text', value: (s) => s.description },
      { name: 'country', type: 'text', value: (s) => s.country },
      { name: 'sector', type: 'text', value: (s) => s.sector },
      { name: 'level', type: 'int2', value: (s) => s.level },
      { name: 'tlp', type: 'text', value: (s) => tlpOf(s.level) },
      { name: 'default_level', type: 'int2', value: (s) => s.defaultLevel },
      { name: 'default_tlp', type: 'text', value: (s) => tlpOf(s.defaultLevel) },
      { name: 'membership', type: 'text', value: (s) => s.membership },
      { name: 'created_by', type: 'uuid', value: (s) => s.createdBy },
      { name: 'created_at', type: 'timestamptz', value: (s) => s.createdAt },
    ],
    plan.spaces,
  );
  type M = NetworkPlan['spaceMembers'][number];
  await insertRows<M>(
    db,
    'net_space_members',
    [
      { name: 'space_id', type: 'uuid', value: (m) => m.spaceId },
      { name: 'user_id', type: 'uuid', value: (m) => m.userId },
      { name: 'role', type: 'text', value: (m) => m.role },
      { name: 'state', type: 'text', value: (m) => m.state },
      { name: 'invited_by', type: 'uuid', value: (m) => m.invitedBy },
      { name: 'created_at', type: 'timestamptz', value: (m) => m.createdAt },
      { name: 'updated_at', type: 'timestamptz', value: (m) => m.createdAt },
    ],
    plan.spaceMembers,
  );
}

async function writeRooms(db: Db, plan: NetworkPlan): Promise<void> {
  type R = NetworkPlan['rooms'][number];
  const rooms = plan.rooms;
  await insertRows<R>(
    db,
    'compartments',
    [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'kind', type: 'text', value: () => 'deal_room' },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
    ],
    rooms,
  );
  await insertRows<R>(
    db,
    'net_spaces',
    [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'kind', type: 'text', value: () => 'deal_room' },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'description', type: 'text', value: (r) => r.project.slice(0, 2000) },
      { name: 'country', type: 'text', value: (r) => r.country },
      { name: 'sector', type: 'text', value: (r) => r.sector },
      { name: 'level', type: 'int2', value: () => 3 },
      { name: 'tlp', type: 'text', value: () => 'AMBER' },
      { name: 'compartment_id', type: 'uuid', value: (r) => r.id },
      { name: 'default_level', type: 'int2', value: () => 3 },
      { name: 'default_tlp', type: 'text', value: () => 'AMBER' },
      { name: 'membership', type: 'text', value: () => 'invitation' },
      { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
    ],
    rooms,
  );
  // The request a room was opened from is linked once both exist (writeRequests).
  await insertRows<R>(
    db,
    'net_deal_rooms',
    [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'company_id', type: 'uuid', value: (r) => r.companyIds[0] },
      { name: 'project', type: 'text', value: (r) => r.project.slice(0, 2000) },
      { name: 'sector', type: 'text', value: (r) => r.sector },
      { name: 'country', type: 'text', value: (r) => r.country },
      { name: 'consortium', type: 'bool', value: (r) => r.consortium },
      { name: 'status', type: 'text', value: (r) => r.status },
      { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
    ],
    rooms,
  );
  const companies = rooms.flatMap((r) => r.companyIds.map((organisationId) => ({ room: r, organisationId })));
  await insertRows<(typeof companies)[number]>(
    db,
    'net_deal_room_companies',
    [
      { name: 'room_id', type: 'uuid', value: (c) => c.room.id },
      { name: 'organisation_id', type: 'uuid', value: (c) => c.organisationId },
      { name: 'added_by', type: 'uuid', value: (c) => c.room.createdBy },
      { name: 'added_at', type: 'timestamptz', value: (c) => c.room.createdAt },
    ],
    companies,
  );
  await writeCompartmentMembers(
    db,
    rooms.flatMap((r) => [
      ...r.userIds.map((userId) => ({ compartmentId: r.id, userId, organisationId: null, at: r.createdAt })),
      ...r.teamIds.map((organisationId) => ({ compartmentId: r.id, userId: null, organisationId, at: r.createdAt })),
    ]),
  );
  type A = NetworkPlan['assignments'][number];
  await insertRows<A>(
    db,
    'net_assignments',
    [
      { name: 'member_id', type: 'uuid', value: (a) => a.memberId },
      { name: 'agent_id', type: 'uuid', value: (a) => a.agentId },
      { name: 'reason', type: 'text', value: (a) => a.reason },
    ],
    plan.assignments,
    'ON CONFLICT DO NOTHING',
  );
}

interface CompartmentMember {
  compartmentId: string;
  userId: string | null;
  organisationId: string | null;
  at: Date;
}

async function writeCompartmentMembers(db: Db, members: readonly CompartmentMember[]): Promise<void> {
  await insertRows<CompartmentMember>(
    db,
    'compartment_members',
    [
      { name: 'compartment_id', type: 'uuid', value: (m) => m.compartmentId },
      { name: 'user_id', type: 'uuid', value: (m) => m.userId },
      { name: 'organisation_id', type: 'uuid', value: (m) => m.organisationId },
      { name: 'added_at', type: 'timestamptz', value: (m) => m.at },
    ],
    members,
  );
}

const parisYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' });

/** Requests take their numbers from the hotline's sequence, so later requests never collide with them. */
async function writeRequests(db: Db, requests: readonly PlanRequest[]): Promise<void> {
  if (requests.length === 0) return;
  const numbers = await sql<{ n: number }>`
    SELECT nextval('portal_support_request_number')::int AS n FROM generate_series(1, ${requests.length}) AS g
    ORDER BY g`.execute(db);
  const references = numbers.rows.map(
    (row, i) => `DEM-${parisYear.format(requests[i]!.createdAt)}-${String(row.n).padStart(6, '0')}`,
  );
  const rows = requests.map((r, i) => ({ r, reference: references[i]! }));
  await insertRows<(typeof rows)[number]>(
    db,
    'compartments',
    [
      { name: 'id', type: 'uuid', value: ({ r }) => r.compartmentId },
      { name: 'kind', type: 'text', value: () => 'company_file' },
      { name: 'name', type: 'text', value: ({ reference }) => reference },
      { name: 'created_by', type: 'uuid', value: ({ r }) => r.requesterId },
      { name: 'created_at', type: 'timestamptz', value: ({ r }) => r.createdAt },
    ],
    rows,
  );
  await insertRows<(typeof rows)[number]>(
    db,
    'portal_support_requests',
    [
      { name: 'id', type: 'uuid', value: ({ r }) => r.id },
      { name: 'reference', type: 'text', value: ({ reference }) => reference },
      { name: 'company_name', type: 'text', value: ({ r }) => r.companyName },
      { name: 'countries', type: 'text', value: ({ r }) => textArray(r.countries), select: asTextArray },
      { name: 'sector', type: 'text', value: ({ r }) => r.sector },
      { name: 'need', type: 'text', value: ({ r }) => r.need },
      { name: 'message', type: 'text', value: ({ r }) => r.message },
      { name: 'contact_name', type: 'text', value: ({ r }) => r.contactName },
      { name: 'email', type: 'text', value: ({ r }) => r.email },
      { name: 'lang', type: 'text', value: () => 'fr' },
      { name: 'user_id', type: 'uuid', value: ({ r }) => r.requesterId },
      { name: 'organisation_id', type: 'uuid', value: ({ r }) => r.organisationId },
      { name: 'status', type: 'text', value: ({ r }) => r.status },
      { name: 'consent_at', type: 'timestamptz', value: ({ r }) => r.createdAt },
      { name: 'created_at', type: 'timestamptz', value: ({ r }) => r.createdAt },
      { name: 'compartment_id', type: 'uuid', value: ({ r }) => r.compartmentId },
      { name: 'queue_id', type: 'uuid', value: ({ r }) => r.queueId },
      { name: 'assignee_id', type: 'uuid', value: ({ r }) => r.assigneeId },
      { name: 'routed_to_id', type: 'uuid', value: ({ r }) => r.routedToId },
      { name: 'routed_contact_id', type: 'uuid', value: ({ r }) => r.routedContactId },
      { name: 'deal_room_id', type: 'uuid', value: ({ r }) => r.dealRoomId },
      { name: 'amount_eur', type: 'int8', value: ({ r }) => r.amountEur },
      { name: 'triaged_at', type: 'timestamptz', value: ({ r }) => r.triagedAt },
      { name: 'closed_at', type: 'timestamptz', value: ({ r }) => r.closedAt },
      { name: 'updated_at', type: 'timestamptz', value: ({ r }) => r.updatedAt },
    ],
    rows,
  );
  const linked = requests.filter((r) => r.dealRoomId !== null);
  if (linked.length > 0) {
    await sql`
      UPDATE net_deal_rooms AS d SET request_id = x.request_id
      FROM unnest(${linked.map((r) => r.dealRoomId!)}::uuid[], ${linked.map((r) => r.id)}::uuid[])
        AS x (room_id, request_id)
      WHERE d.id = x.room_id`.execute(db);
  }
  await writeCompartmentMembers(
    db,
    requests.flatMap((r) => [
      ...r.userIds.map((userId) => ({ compartmentId: r.compartmentId, userId, organisationId: null, at: r.createdAt })),
      ...r.teamIds.map((organisationId) => ({
        compartmentId: r.compartmentId,
        userId: null,
        organisationId,
        at: r.createdAt,
      })),
    ]),
  );
  const events = requests.flatMap((r) => r.events.map((e) => ({ r, e })));
  await insertRows<(typeof events)[number]>(
    db,
    'net_request_events',
    [
      { name: 'request_id', type: 'uuid', value: ({ r }) => r.id },
      { name: 'at', type: 'timestamptz', value: ({ e }) => e.at },
      { name: 'actor_id', type: 'uuid', value: ({ e }) => e.actorId },
      { name: 'kind', type: 'text', value: ({ e }) => e.kind },
      { name: 'status', type: 'text', value: ({ e }) => e.status },
      { name: 'details', type: 'text', value: ({ e }) => JSON.stringify(e.details), select: asJsonb },
      { name: 'body', type: 'text', value: ({ e }) => e.body },
      { name: 'level', type: 'int2', value: ({ e }) => e.level },
      { name: 'tlp', type: 'text', value: ({ e }) => (e.level === 2 ? 'AMBER+STRICT' : 'AMBER') },
      { name: 'compartment_id', type: 'uuid', value: ({ r }) => r.compartmentId },
    ],
    events,
  );
}

async function writeConversations(db: Db, plan: NetworkPlan): Promise<number> {
  type C = NetworkPlan['conversations'][number];
  const conversations = plan.conversations;
  const first = (c: C) => c.messages[0]?.createdAt ?? new Date();
  const last = (c: C) => c.messages.at(-1)?.createdAt ?? new Date();
  await insertRows<C>(
    db,
    'compartments',
    [
      { name: 'id', type: 'uuid', value: (c) => c.id },
      { name: 'kind', type: 'text', value: () => 'conversation' },
      { name: 'name', type: 'text', value: (c) => c.title || 'conversation' },
      { name: 'created_by', type: 'uuid', value: (c) => c.createdBy },
      { name: 'created_at', type: 'timestamptz', value: first },
    ],
    conversations,
  );
  await insertRows<C>(
    db,
    'net_conversations',
    [
      { name: 'id', type: 'uuid', value: (c) => c.id },
      { name: 'title', type: 'text', value: (c) => c.title },
      { name: 'created_by', type: 'uuid', value: (c) => c.createdBy },
      { name: 'created_at', type: 'timestamptz', value: first },
      { name: 'last_message_at', type: 'timestamptz', value: last },
    ],
    conversations,
  );
  await writeCompartmentMembers(
    db,
    conversations.flatMap((c) =>
      c.userIds.map((userId) => ({ compartmentId: c.id, userId, organisationId: null, at: first(c) })),
    ),
  );
  // Each participant has read up to their own last message; the last message stays unread for the others.
  const reads = conversations.flatMap((c) =>
    c.userIds.flatMap((userId) => {
      const own = c.messages.filter((m) => m.authorId === userId).at(-1);
      return own ? [{ c, userId, at: own.createdAt }] : [];
    }),
  );
  await insertRows<(typeof reads)[number]>(
    db,
    'net_conversation_reads',
    [
      { name: 'conversation_id', type: 'uuid', value: (r) => r.c.id },
      { name: 'user_id', type: 'uuid', value: (r) => r.userId },
      { name: 'last_read_at', type: 'timestamptz', value: (r) => r.at },
    ],
    reads,
  );
  const messages = conversations.flatMap((c) => c.messages.map((m) => ({ c, m })));
  await insertRows<(typeof messages)[number]>(
    db,
    'net_messages',
    [
      { name: 'id', type: 'uuid', value: ({ m }) => m.id },
      { name: 'conversation_id', type: 'uuid', value: ({ c }) => c.id },
      { name: 'author_id', type: 'uuid', value: ({ m }) => m.authorId },
      { name: 'body', type: 'text', value: ({ m }) => m.body },
      { name: 'body_html', type: 'text', value: ({ m }) => plainParagraphsHtml(m.body) },
      { name: 'level', type: 'int2', value: () => 3 },
      { name: 'tlp', type: 'text', value: () => 'RED' },
      { name: 'compartment_id', type: 'uuid', value: ({ c }) => c.id },
      { name: 'created_at', type: 'timestamptz', value: ({ m }) => m.createdAt },
    ],
    messages,
  );
  return messages.length;
}

async function writeContent(db: Db, batch: ContentBatch): Promise<void> {
  type P = ContentBatch['posts'][number];
  await insertRows<P>(
    db,
    'net_posts',
    [
      { name: 'id', type: 'uuid', value: (p) => p.id },
      { name: 'space_id', type: 'uuid', value: (p) => p.spaceId },
      { name: 'author_id', type: 'uuid', value: (p) => p.authorId },
      { name: 'title', type: 'text', value: (p) => p.title },
      { name: 'body', type: 'text', value: (p) => p.body },
      { name: 'body_html', type: 'text', value: (p) => p.html },
      { name: 'level', type: 'int2', value: (p) => p.level },
      { name: 'tlp', type: 'text', value: (p) => p.tlp },
      { name: 'compartment_id', type: 'uuid', value: (p) => p.compartmentId },
      { name: 'created_at', type: 'timestamptz', value: (p) => p.createdAt },
      { name: 'edited_at', type: 'timestamptz', value: (p) => p.editedAt },
      { name: 'hidden_at', type: 'timestamptz', value: (p) => (p.hidden ? p.createdAt : null) },
      { name: 'hidden_by', type: 'uuid', value: (p) => p.hidden?.by ?? null },
      { name: 'hidden_reason', type: 'text', value: (p) => p.hidden?.reason ?? null },
    ],
    batch.posts,
  );
  type C = ContentBatch['comments'][number];
  await insertRows<C>(
    db,
    'net_comments',
    [
      { name: 'id', type: 'uuid', value: (c) => c.id },
      { name: 'post_id', type: 'uuid', value: (c) => c.postId },
      { name: 'space_id', type: 'uuid', value: (c) => c.spaceId },
      { name: 'author_id', type: 'uuid', value: (c) => c.authorId },
      { name: 'body', type: 'text', value: (c) => c.body },
      { name: 'body_html', type: 'text', value: (c) => c.html },
      { name: 'level', type: 'int2', value: (c) => c.level },
      { name: 'tlp', type: 'text', value: (c) => c.tlp },
      { name: 'compartment_id', type: 'uuid', value: (c) => c.compartmentId },
      { name: 'created_at', type: 'timestamptz', value: (c) => c.createdAt },
    ],
    batch.comments,
  );
  type R = ContentBatch['reactions'][number];
  await insertRows<R>(
    db,
    'net_reactions',
    [
      { name: 'post_id', type: 'uuid', value: (r) => r.postId },
      { name: 'user_id', type: 'uuid', value: (r) => r.userId },
      { name: 'kind', type: 'text', value: (r) => r.kind },
      { name: 'space_id', type: 'uuid', value: (r) => r.spaceId },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
    ],
    batch.reactions,
  );
}

/** The secondary indexes of the content tables (primary keys stay: other tables reference them). */
const CONTENT_TABLES = ['net_posts', 'net_comments'];

interface IndexDefinition {
  name: string;
  definition: string;
}

async function dropContentIndexes(db: Db): Promise<IndexDefinition[]> {
  const result = await sql<{ indexname: string; indexdef: string }>`
    SELECT i.indexname, i.indexdef FROM pg_indexes AS i
    WHERE i.schemaname = current_schema() AND i.tablename = ANY (${CONTENT_TABLES}::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname)
    ORDER BY i.indexname`.execute(db);
  const indexes = result.rows.map((r) => ({ name: r.indexname, definition: r.indexdef }));
  for (const index of indexes) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  return indexes;
}

/** Rebuilds the indexes from their own definitions, with memory enough for the GIN builds. */
async function recreateIndexes(db: Db, indexes: readonly IndexDefinition[]): Promise<void> {
  await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(db);
  for (const index of indexes) await sql.raw(index.definition).execute(db);
}
