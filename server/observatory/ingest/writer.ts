// Writes normalised records (files, connectors) into the observatory tables, idempotent on the networks' own
// ids: one transaction per batch, set-based SQL (unnest) so a batch of thousands of items costs a few statements.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { DB, InteractionKind, Network } from '../../db/schema.ts';
import {
  type AccountObservation,
  type AccountRef,
  type IngestRecord,
  isObservation,
  type PostRecord,
} from './records.ts';

export type Outcome = 'added' | 'updated' | 'unchanged';
export interface WriteResult {
  outcomes: Outcome[];
}

type Executor = Kysely<DB> | Transaction<DB>;
const LIST_SEP = '\u001f';
const HOUR = 3_600_000;

function normHandle(handle: string | null | undefined): string | null {
  if (!handle) return null;
  const h = handle.trim().replace(/^@/, '').toLowerCase();
  return h.length > 0 && h.length <= 200 ? h : null;
}
function normId(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  const v = String(id).trim();
  return v.length > 0 && v.length <= 200 ? v : null;
}
const idKey = (network: Network, id: string) => `${network}\u0000i\u0000${id}`;
const handleKey = (network: Network, handle: string) => `${network}\u0000h\u0000${handle}`;
const count = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) || n < 0 ? null : Math.round(n);

/** Resolves account references to ids, creating unregistered accounts for the unknown ones. */
class AccountResolver {
  private readonly ids = new Map<string, number>();
  private readonly pending = new Map<
    string,
    { network: Network; id: string | null; handle: string | null; name: string | null }
  >();

  add(ref: AccountRef | null | undefined): void {
    if (!ref) return;
    const id = normId(ref.networkId);
    const handle = normHandle(ref.handle);
    if (!id && !handle) return;
    const key = id ? idKey(ref.network, id) : handleKey(ref.network, handle as string);
    const known = this.pending.get(key);
    if (known) {
      known.handle ??= handle;
      known.name ??= ref.displayName ?? null;
      return;
    }
    this.pending.set(key, { network: ref.network, id, handle, name: ref.displayName?.slice(0, 300) ?? null });
  }

  async resolve(db: Executor): Promise<void> {
    // Handle-only references to an account also named by id in this batch are the same account.
    const byHandle = new Map<string, string>();
    for (const [key, ref] of this.pending)
      if (ref.id && ref.handle) byHandle.set(handleKey(ref.network, ref.handle), key);
    for (const [key, ref] of this.pending) {
      if (!ref.id && ref.handle && byHandle.has(key)) this.pending.delete(key);
    }
    const refs = [...this.pending.values()];
    if (refs.length === 0) return;
    const found = await this.lookup(db, refs);
    const missing = refs.filter((r) => !this.find(r, found));
    if (missing.length > 0) {
      await sql`
        INSERT INTO obs_accounts (network, network_id, handle, display_name)
        SELECT * FROM unnest(${missing.map((r) => r.network)}::text[], ${missing.map((r) => r.id)}::text[],
                             ${missing.map((r) => r.handle)}::text[], ${missing.map((r) => r.name)}::text[])
        ON CONFLICT DO NOTHING`.execute(db);
      found.merge(await this.lookup(db, missing));
    }
    // An account first met by handle gets its network id once a source gives it.
    const fill = refs
      .map((r) => ({ r, row: this.find(r, found) }))
      .filter(({ r, row }) => row && r.id && !row.network_id && !found.byId.has(idKey(r.network, r.id)));
    if (fill.length > 0) {
      await sql`
        UPDATE obs_accounts a SET network_id = v.network_id, updated_at = now()
        FROM unnest(${fill.map(({ row }) => row?.id)}::bigint[], ${fill.map(({ r }) => r.id)}::text[]) AS v(id, network_id)
        WHERE a.id = v.id AND a.network_id IS NULL`.execute(db);
    }
    for (const r of refs) {
      const row = this.find(r, found);
      if (!row) throw new Error(`ingest: could not resolve account ${r.network}:${r.id ?? r.handle}`);
      if (r.id) this.ids.set(idKey(r.network, r.id), row.id);
      if (r.handle) this.ids.set(handleKey(r.network, r.handle), row.id);
    }
  }

  private find(r: { network: Network; id: string | null; handle: string | null }, rows: FoundAccounts) {
    return (
      (r.id ? rows.byId.get(idKey(r.network, r.id)) : undefined) ??
      (r.handle ? rows.byHandle.get(handleKey(r.network, r.handle)) : undefined)
    );
  }

  private async lookup(db: Executor, refs: { network: Network; id: string | null; handle: string | null }[]) {
    const found = new FoundAccounts();
    for (const network of new Set(refs.map((r) => r.network))) {
      const mine = refs.filter((r) => r.network === network);
      const ids = mine.flatMap((r) => (r.id ? [r.id] : []));
      const handles = mine.flatMap((r) => (r.handle ? [r.handle] : []));
      const result = await sql<AccountRow>`
        SELECT id, network, network_id, handle FROM obs_accounts
        WHERE network = ${network} AND (network_id = ANY(${ids}::text[]) OR handle = ANY(${handles}::text[]))`.execute(
        db,
      );
      for (const row of result.rows) found.add(row);
    }
    return found;
  }

  id(ref: AccountRef | null | undefined): number | null {
    if (!ref) return null;
    const id = normId(ref.networkId);
    if (id) {
      const v = this.ids.get(idKey(ref.network, id));
      if (v !== undefined) return v;
    }
    const handle = normHandle(ref.handle);
    return handle ? (this.ids.get(handleKey(ref.network, handle)) ?? null) : null;
  }
}

interface AccountRow {
  id: number;
  network: Network;
  network_id: string | null;
  handle: string | null;
}

class FoundAccounts {
  readonly byId = new Map<string, AccountRow>();
  readonly byHandle = new Map<string, AccountRow>();
  add(row: AccountRow) {
    if (row.network_id) this.byId.set(idKey(row.network, row.network_id), row);
    if (row.handle) this.byHandle.set(handleKey(row.network, row.handle), row);
  }
  merge(other: FoundAccounts) {
    for (const row of other.byId.values()) this.add(row);
    for (const row of other.byHandle.values()) this.add(row);
  }
}

interface PostRow {
  item: number;
  account: number;
  post: PostRecord;
}

/** Writes one batch of source items in one transaction; outcomes[i] says what item i changed. */
export async function writeBatch(database: Database, items: IngestRecord[][]): Promise<WriteResult> {
  return database.db.transaction().execute((trx) => writeItems(trx, items));
}

export async function writeItems(db: Executor, items: IngestRecord[][]): Promise<WriteResult> {
  const outcomes: Outcome[] = items.map(() => 'unchanged');
  const mark = (item: number, outcome: Outcome) => {
    if (outcome === 'added' || outcomes[item] === 'unchanged') outcomes[item] = outcome;
  };
  const resolver = new AccountResolver();
  const observations: { item: number; obs: AccountObservation }[] = [];
  const posts: { item: number; post: PostRecord }[] = [];
  items.forEach((records, item) => {
    for (const record of records) {
      if (record.type === 'account') {
        resolver.add(record.account);
        observations.push({ item, obs: record.account });
        continue;
      }
      const post = record.post;
      resolver.add(post.author);
      if (isObservation(post.author)) observations.push({ item, obs: post.author });
      resolver.add(post.replyTo?.account);
      resolver.add(post.quoteOf?.account);
      resolver.add(post.repostOf?.account);
      for (const m of post.mentions ?? []) resolver.add(m);
      posts.push({ item, post });
    }
  });
  await resolver.resolve(db);

  await writeObservations(db, resolver, observations, mark);
  const postRows = dedupePosts(resolver, posts, outcomes);
  await writePosts(db, postRows, resolver, mark);
  return { outcomes };
}

async function writeObservations(
  db: Executor,
  resolver: AccountResolver,
  observations: { item: number; obs: AccountObservation }[],
  mark: (item: number, outcome: Outcome) => void,
) {
  // One snapshot per account and hour: a tweet file repeats its author's counts on every row.
  const seen = new Map<string, { item: number; account: number; obs: AccountObservation; hour: number }>();
  for (const { item, obs } of observations) {
    const account = resolver.id(obs);
    if (account === null || Number.isNaN(obs.observedAt.getTime())) continue;
    const hour = Math.floor(obs.observedAt.getTime() / HOUR) * HOUR;
    const key = `${account}:${hour}`;
    const prev = seen.get(key);
    if (!prev || obs.observedAt > prev.obs.observedAt) seen.set(key, { item, account, obs, hour });
  }
  const rows = [...seen.values()];
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.account);
  const at = rows.map((r) => new Date(r.hour).toISOString());
  const followers = rows.map((r) => count(r.obs.followers));
  const following = rows.map((r) => count(r.obs.following));
  const postsCount = rows.map((r) => count(r.obs.postsCount));
  const inserted = await sql<{ account_id: number; observed_at: Date }>`
    INSERT INTO obs_account_snapshots (account_id, observed_at, followers, following, posts_count)
    SELECT * FROM unnest(${ids}::bigint[], ${at}::timestamptz[], ${followers}::bigint[], ${following}::bigint[],
                         ${postsCount}::bigint[])
    ON CONFLICT DO NOTHING
    RETURNING account_id, observed_at`.execute(db);
  const fresh = new Set(inserted.rows.map((r) => `${r.account_id}:${new Date(r.observed_at).getTime()}`));
  for (const r of rows) if (fresh.has(`${r.account}:${r.hour}`)) mark(r.item, 'updated');
  const latest = rows.map((r) => r.obs.observedAt.toISOString());
  // The account row keeps the latest counts (and names) for fast reads.
  const verified = rows.map((r) => (r.obs.verified === undefined ? null : r.obs.verified));
  const names = rows.map((r) => r.obs.displayName?.slice(0, 300) ?? null);
  await sql`
    UPDATE obs_accounts a SET followers = COALESCE(v.followers, a.followers), following = COALESCE(v.following, a.following),
      posts_count = COALESCE(v.posts_count, a.posts_count), observed_at = v.observed_at,
      verified = COALESCE(v.verified, a.verified), display_name = COALESCE(v.display_name, a.display_name), updated_at = now()
    FROM (
      SELECT DISTINCT ON (id) * FROM unnest(${ids}::bigint[], ${latest}::timestamptz[], ${followers}::bigint[],
        ${following}::bigint[], ${postsCount}::bigint[], ${verified}::boolean[], ${names}::text[])
        AS u(id, observed_at, followers, following, posts_count, verified, display_name)
      ORDER BY id, observed_at DESC
    ) v
    WHERE a.id = v.id AND (a.observed_at IS NULL OR a.observed_at <= v.observed_at)`.execute(db);
}

/** One row per (author, post id): the observation with the latest metrics wins; the others are unchanged. */
function dedupePosts(resolver: AccountResolver, posts: { item: number; post: PostRecord }[], outcomes: Outcome[]) {
  const byKey = new Map<string, PostRow>();
  for (const { item, post } of posts) {
    const account = resolver.id(post.author);
    if (account === null || !post.networkPostId || Number.isNaN(post.postedAt.getTime())) continue;
    const key = `${account}\u0000${post.networkPostId}`;
    const prev = byKey.get(key);
    const t = post.metrics?.observedAt.getTime() ?? -1;
    if (!prev || t > (prev.post.metrics?.observedAt.getTime() ?? -1)) {
      if (prev) outcomes[prev.item] = 'unchanged';
      byKey.set(key, { item, account, post });
    }
  }
  return [...byKey.values()];
}

async function writePosts(
  db: Executor,
  rows: PostRow[],
  resolver: AccountResolver,
  mark: (item: number, outcome: Outcome) => void,
) {
  if (rows.length === 0) return;
  const col = <T>(f: (r: PostRow) => T) => rows.map(f);
  const metric = (f: (m: NonNullable<PostRecord['metrics']>) => number | null | undefined) =>
    col((r) => (r.post.metrics ? count(f(r.post.metrics)) : null));
  const mentionIds = (r: PostRow) => {
    const ids = new Set<number>();
    for (const m of r.post.mentions ?? []) {
      const id = resolver.id(m);
      if (id !== null && id !== r.account) ids.add(id);
    }
    return ids;
  };
  const mentions = rows.map(mentionIds);
  const result = await sql<{ account_id: number; network_post_id: string; inserted: boolean }>`
    INSERT INTO obs_posts (account_id, network_post_id, posted_at, kind, lang, text, url, reply_to_post_id,
      reply_to_account, quote_of_post_id, quote_of_account, repost_of_post_id, repost_of_account, mentions, hashtags,
      likes, reposts, replies, quotes, views, metrics_at)
    SELECT account_id, network_post_id, posted_at, kind, lang, text, url, reply_to_post_id, reply_to_account,
      quote_of_post_id, quote_of_account, repost_of_post_id, repost_of_account,
      CASE WHEN mentions = '' THEN '{}'::bigint[] ELSE string_to_array(mentions, ',')::bigint[] END,
      CASE WHEN hashtags = '' THEN '{}'::text[] ELSE string_to_array(hashtags, ${LIST_SEP}) END,
      likes, reposts, replies, quotes, views, metrics_at
    FROM unnest(${col((r) => r.account)}::bigint[], ${col((r) => r.post.networkPostId)}::text[],
      ${col((r) => r.post.postedAt.toISOString())}::timestamptz[], ${col((r) => r.post.kind)}::text[],
      ${col((r) => r.post.lang?.slice(0, 16) || null)}::text[], ${col((r) => r.post.text ?? null)}::text[],
      ${col((r) => r.post.url ?? null)}::text[], ${col((r) => r.post.replyTo?.postId ?? null)}::text[],
      ${col((r) => resolver.id(r.post.replyTo?.account))}::bigint[], ${col((r) => r.post.quoteOf?.postId ?? null)}::text[],
      ${col((r) => resolver.id(r.post.quoteOf?.account))}::bigint[], ${col((r) => r.post.repostOf?.postId ?? null)}::text[],
      ${col((r) => resolver.id(r.post.repostOf?.account))}::bigint[], ${mentions.map((m) => [...m].join(','))}::text[],
      ${col((r) =>
        (r.post.hashtags ?? [])
          .map((h) => h.replace(/^#/, '').toLowerCase())
          .filter(Boolean)
          .join(LIST_SEP),
      )}::text[],
      ${metric((m) => m.likes)}::bigint[], ${metric((m) => m.reposts)}::bigint[], ${metric((m) => m.replies)}::bigint[],
      ${metric((m) => m.quotes)}::bigint[], ${metric((m) => m.views)}::bigint[],
      ${col((r) => r.post.metrics?.observedAt.toISOString() ?? null)}::timestamptz[])
      AS v(account_id, network_post_id, posted_at, kind, lang, text, url, reply_to_post_id, reply_to_account,
           quote_of_post_id, quote_of_account, repost_of_post_id, repost_of_account, mentions, hashtags,
           likes, reposts, replies, quotes, views, metrics_at)
    ON CONFLICT (account_id, network_post_id) DO UPDATE SET
      likes = EXCLUDED.likes, reposts = EXCLUDED.reposts, replies = EXCLUDED.replies, quotes = EXCLUDED.quotes,
      views = EXCLUDED.views, metrics_at = EXCLUDED.metrics_at
      WHERE EXCLUDED.metrics_at IS NOT NULL AND (obs_posts.metrics_at IS NULL OR EXCLUDED.metrics_at > obs_posts.metrics_at)
    RETURNING account_id, network_post_id, (xmax = 0) AS inserted`.execute(db);
  const changed = new Map(result.rows.map((r) => [`${r.account_id}\u0000${r.network_post_id}`, r.inserted]));
  for (const r of rows) {
    const inserted = changed.get(`${r.account}\u0000${r.post.networkPostId}`);
    if (inserted === true) mark(r.item, 'added');
    else if (inserted === false) mark(r.item, 'updated');
  }

  // Metric history: every observation is kept once (an older snapshot arriving late still counts).
  const withMetrics = rows.filter((r) => r.post.metrics && !Number.isNaN(r.post.metrics.observedAt.getTime()));
  if (withMetrics.length > 0) {
    const m = (f: (x: NonNullable<PostRecord['metrics']>) => number | null | undefined) =>
      withMetrics.map((r) => count(f(r.post.metrics as NonNullable<PostRecord['metrics']>)));
    const snapshots = await sql<{ account_id: number; network_post_id: string }>`
      INSERT INTO obs_post_metrics (account_id, network_post_id, observed_at, likes, reposts, replies, quotes, views)
      SELECT * FROM unnest(${withMetrics.map((r) => r.account)}::bigint[], ${withMetrics.map((r) => r.post.networkPostId)}::text[],
        ${withMetrics.map((r) => r.post.metrics?.observedAt.toISOString())}::timestamptz[], ${m((x) => x.likes)}::bigint[],
        ${m((x) => x.reposts)}::bigint[], ${m((x) => x.replies)}::bigint[], ${m((x) => x.quotes)}::bigint[], ${m((x) => x.views)}::bigint[])
      ON CONFLICT DO NOTHING
      RETURNING account_id, network_post_id`.execute(db);
    const fresh = new Set(snapshots.rows.map((r) => `${r.account_id}\u0000${r.network_post_id}`));
    for (const r of withMetrics) if (fresh.has(`${r.account}\u0000${r.post.networkPostId}`)) mark(r.item, 'updated');
  }

  // Interactions of the posts: replies, quotes, reposts, mentions (an account never interacts with itself).
  const edges: { account: number; post: string; target: number; kind: InteractionKind; at: string }[] = [];
  rows.forEach((r, i) => {
    const at = r.post.postedAt.toISOString();
    const push = (target: number | null, kind: InteractionKind) => {
      if (target !== null && target !== r.account)
        edges.push({ account: r.account, post: r.post.networkPostId, target, kind, at });
    };
    if (r.post.kind === 'reply') push(resolver.id(r.post.replyTo?.account), 'reply');
    if (r.post.kind === 'quote') push(resolver.id(r.post.quoteOf?.account), 'quote');
    if (r.post.kind === 'repost') push(resolver.id(r.post.repostOf?.account), 'repost');
    for (const target of mentions[i] ?? []) push(target, 'mention');
  });
  if (edges.length > 0) {
    await sql`
      INSERT INTO obs_interactions (account_id, network_post_id, target_id, kind, occurred_at)
      SELECT * FROM unnest(${edges.map((e) => e.account)}::bigint[], ${edges.map((e) => e.post)}::text[],
        ${edges.map((e) => e.target)}::bigint[], ${edges.map((e) => e.kind)}::text[], ${edges.map((e) => e.at)}::timestamptz[])
      ON CONFLICT DO NOTHING`.execute(db);
  }
}
