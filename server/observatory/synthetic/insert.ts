// Writes the synthetic world: batched `INSERT ... SELECT FROM unnest($1::type[], ...)`, one parameter per
// column, the same SQL on PGlite and PostgreSQL. Rows reference accounts by population index; `ids` maps
// an index to the database id.
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MetricRow } from './engagement.ts';
import type { Population, WorldAccount, WorldActor } from './population.ts';
import type { AccountEnd, InteractionRow, PostRow, SnapshotRow } from './timeline.ts';

/** Rows per statement: large enough to amortise a round trip, small enough for PGlite's parameters. */
const BATCH = 10_000;

interface Column<T> {
  name: string;
  type: string;
  value: (row: T) => unknown;
  /** How the unnested value `v` becomes the column value (default: as is). */
  select?: (v: string) => string;
}

const timestamp = (v: string) => `to_timestamp(${v})`;

async function insertRows<T>(
  db: Kysely<DB>,
  table: string,
  columns: Column<T>[],
  rows: readonly T[],
  returning?: string,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  const names = columns.map((c) => c.name).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const text =
    `INSERT INTO ${table} (${names}) SELECT ${columns.map((c, i) => (c.select ? c.select(`c${i}`) : `c${i}`)).join(', ')} ` +
    `FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS x(${aliases.join(', ')})` +
    (returning ? ` RETURNING ${returning}` : '');
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    const params = columns.map((c) => batch.map(c.value));
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params));
    if (returning) out.push(...result.rows);
  }
  return out;
}

/** A Postgres array literal of bigints or of quoted strings, cast per row (unnest would flatten 2-D arrays). */
const bigintArray = (values: number[]) => `{${values.join(',')}}`;
const textArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

export async function insertActors(db: Kysely<DB>, actors: readonly WorldActor[]): Promise<void> {
  await insertRows<WorldActor>(
    db,
    'obs_actors',
    [
      { name: 'id', type: 'uuid', value: (a) => a.id },
      { name: 'country', type: 'text', value: (a) => a.country },
      { name: 'type', type: 'text', value: (a) => a.type },
      { name: 'name_fr', type: 'text', value: (a) => a.nameFr },
      { name: 'name_en', type: 'text', value: (a) => a.nameEn },
      { name: 'host_country', type: 'text', value: (a) => a.hostCountry },
      { name: 'city', type: 'text', value: (a) => a.city },
      { name: 'latitude', type: 'float8', value: (a) => a.latitude },
      { name: 'longitude', type: 'float8', value: (a) => a.longitude },
    ],
    actors.filter((a) => !a.existing),
  );
}

/** Inserts the accounts the world creates and returns every account's database id, by population index. */
export async function insertAccounts(db: Kysely<DB>, population: Population, observedAt: number): Promise<number[]> {
  const { accounts, actors } = population;
  const created = accounts.filter((a) => a.existingId === null);
  const displayed = (a: WorldAccount) => (a.boughtFromDay !== null ? a.followers * 10 : a.followers);
  const returned = await insertRows<WorldAccount>(
    db,
    'obs_accounts',
    [
      { name: 'network', type: 'text', value: (a) => a.network },
      { name: 'handle', type: 'text', value: (a) => a.handle },
      { name: 'display_name', type: 'text', value: (a) => a.displayName },
      { name: 'actor_id', type: 'uuid', value: (a) => (a.actor >= 0 ? (actors[a.actor] as WorldActor).id : null) },
      { name: 'verified', type: 'bool', value: (a) => a.verified },
      { name: 'tracked', type: 'bool', value: (a) => a.tracked },
      { name: 'followers', type: 'int8', value: displayed },
      { name: 'following', type: 'int8', value: (a) => a.following },
      { name: 'observed_at', type: 'int8', value: () => observedAt, select: timestamp },
    ],
    created,
    'id, network, handle',
  );
  const byHandle = new Map(returned.map((r) => [`${r.network}|${r.handle}`, Number(r.id)]));
  return accounts.map((a) => {
    const id = a.existingId ?? byHandle.get(`${a.network}|${a.handle}`);
    if (id === undefined) throw new Error(`synthetic: account ${a.network}:${a.handle} was not inserted`);
    return id;
  });
}

export async function insertTruth(db: Kysely<DB>, population: Population, ids: readonly number[]): Promise<void> {
  const rows = population.accounts.flatMap((a, i) => (a.kind === 'public' ? [] : [{ a, id: ids[i] as number }]));
  const { name } = population.size;
  await insertRows<{ a: WorldAccount; id: number }>(
    db,
    'obs_synthetic_truth',
    [
      { name: 'account_id', type: 'int8', value: (r) => r.id },
      { name: 'world', type: 'text', value: () => name },
      { name: 'seed', type: 'int8', value: () => population.seed },
      // Bots carry no planted influence of their own.
      { name: 'influence', type: 'float8', value: (r) => (r.a.kind === 'bot' ? 0 : Math.exp(r.a.z)) },
      { name: 'dialogue_propensity', type: 'float8', value: (r) => r.a.dialogue },
      { name: 'bought_followers', type: 'bool', value: (r) => r.a.boughtFromDay !== null },
      {
        name: 'ring',
        type: 'text',
        value: (r) => (r.a.ring === null ? null : (population.rings[r.a.ring]?.id ?? null)),
      },
      { name: 'ring_role', type: 'text', value: (r) => r.a.ringRole },
    ],
    rows,
  );
}

export interface ChunkRows {
  posts: readonly PostRow[];
  metrics: readonly MetricRow[];
  interactions: readonly InteractionRow[];
  snapshots: readonly SnapshotRow[];
}

export async function insertChunk(db: Kysely<DB>, chunk: ChunkRows, ids: readonly number[]): Promise<void> {
  const id = (index: number | null) => (index === null ? null : (ids[index] as number));
  await insertRows<PostRow>(
    db,
    'obs_posts',
    [
      { name: 'account_id', type: 'int8', value: (p) => id(p.account) },
      { name: 'network_post_id', type: 'text', value: (p) => p.id },
      { name: 'posted_at', type: 'int8', value: (p) => p.postedAt, select: timestamp },
      { name: 'kind', type: 'text', value: (p) => p.kind },
      { name: 'lang', type: 'text', value: (p) => p.lang },
      { name: 'text', type: 'text', value: (p) => p.text },
      { name: 'url', type: 'text', value: (p) => p.url },
      { name: 'reply_to_post_id', type: 'text', value: (p) => p.replyToPost },
      { name: 'reply_to_account', type: 'int8', value: (p) => id(p.replyToAccount) },
      { name: 'quote_of_post_id', type: 'text', value: (p) => p.quoteOfPost },
      { name: 'quote_of_account', type: 'int8', value: (p) => id(p.quoteOfAccount) },
      { name: 'repost_of_post_id', type: 'text', value: (p) => p.repostOfPost },
      { name: 'repost_of_account', type: 'int8', value: (p) => id(p.repostOfAccount) },
      {
        name: 'mentions',
        type: 'text',
        value: (p) => bigintArray(p.mentions.map((m) => ids[m] as number)),
        select: (v) => `${v}::int8[]`,
      },
      { name: 'hashtags', type: 'text', value: (p) => textArray(p.hashtags), select: (v) => `${v}::text[]` },
      { name: 'likes', type: 'int8', value: (p) => p.metrics?.likes ?? null },
      { name: 'reposts', type: 'int8', value: (p) => p.metrics?.reposts ?? null },
      { name: 'replies', type: 'int8', value: (p) => p.metrics?.replies ?? null },
      { name: 'quotes', type: 'int8', value: (p) => p.metrics?.quotes ?? null },
      { name: 'views', type: 'int8', value: (p) => p.metrics?.views ?? null },
      { name: 'metrics_at', type: 'int8', value: (p) => p.metrics?.observedAt ?? null, select: timestamp },
    ],
    chunk.posts,
  );
  await insertRows<MetricRow>(
    db,
    'obs_post_metrics',
    [
      { name: 'account_id', type: 'int8', value: (m) => id(m.account) },
      { name: 'network_post_id', type: 'text', value: (m) => m.post },
      { name: 'observed_at', type: 'int8', value: (m) => m.observedAt, select: timestamp },
      { name: 'likes', type: 'int8', value: (m) => m.likes },
      { name: 'reposts', type: 'int8', value: (m) => m.reposts },
      { name: 'replies', type: 'int8', value: (m) => m.replies },
      { name: 'quotes', type: 'int8', value: (m) => m.quotes },
      { name: 'views', type: 'int8', value: (m) => m.views },
    ],
    chunk.metrics,
  );
  await insertRows<InteractionRow>(
    db,
    'obs_interactions',
    [
      { name: 'account_id', type: 'int8', value: (r) => id(r.account) },
      { name: 'network_post_id', type: 'text', value: (r) => r.post },
      { name: 'target_id', type: 'int8', value: (r) => id(r.target) },
      { name: 'kind', type: 'text', value: (r) => r.kind },
      { name: 'occurred_at', type: 'int8', value: (r) => r.occurredAt, select: timestamp },
    ],
    chunk.interactions,
  );
  await insertRows<SnapshotRow>(
    db,
    'obs_account_snapshots',
    [
      { name: 'account_id', type: 'int8', value: (s) => id(s.account) },
      { name: 'observed_at', type: 'int8', value: (s) => s.observedAt, select: timestamp },
      { name: 'followers', type: 'int8', value: (s) => s.followers },
      { name: 'following', type: 'int8', value: (s) => s.following },
      { name: 'posts_count', type: 'int8', value: (s) => s.postsCount },
    ],
    chunk.snapshots,
  );
}

/** Writes each account's final counts (posts count is only known once the timeline is generated). */
export async function updateAccountTotals(db: Kysely<DB>, ends: readonly AccountEnd[], ids: readonly number[]) {
  const text =
    'UPDATE obs_accounts a SET followers = x.f, following = x.g, posts_count = x.p, observed_at = to_timestamp(x.o), updated_at = now() ' +
    'FROM unnest($1::int8[], $2::int8[], $3::int8[], $4::int8[], $5::int8[]) AS x(id, f, g, p, o) WHERE a.id = x.id';
  for (let from = 0; from < ends.length; from += BATCH) {
    const batch = ends.slice(from, from + BATCH);
    await db.executeQuery(
      CompiledQuery.raw(text, [
        ids.slice(from, from + BATCH),
        batch.map((e) => e.followers),
        batch.map((e) => e.following),
        batch.map((e) => e.postsCount),
        batch.map((e) => e.observedAt),
      ]),
    );
  }
}
