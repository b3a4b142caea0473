// Mastodon connector: looks an account up on its own instance, then reads its statuses with Link-header paging.
// Identity: Mastodon account and status ids are local to each instance, so accounts are named by their handle
// (user@instance, unique across the fediverse) and posts by their ActivityPub `uri` (what an outbox export uses).
// The poll cursor is the newest status id on the account's instance: later polls page forward with `min_id`.

import { htmlToText } from '../ingest/html.ts';
import type { AccountObservation, AccountRef, IngestRecord, PostRecord } from '../ingest/records.ts';
import {
  AccountNotFoundError,
  type Connector,
  type ConnectorOptions,
  compareIds,
  DEFAULT_MAX_PAGES,
  type FetchOptions,
  type FetchResult,
  ItemError,
  isObject,
  type Json,
  malformed,
  maxId,
  ObservationOnce,
  optArray,
  optCount,
  optString,
  requireDate,
  requireObject,
  requireString,
  type SkippedItem,
} from './connector.ts';
import { ConnectorError, HttpClient, parseLinkHeader } from './http.ts';

const NETWORK = 'mastodon';
/** The API's ceiling for account statuses. */
const MAX_PAGE_SIZE = 40;

export function createMastodonConnector(options: ConnectorOptions = {}): Connector {
  const clients = new Map<string, HttpClient>();
  const clientFor = (instance: string) => {
    let client = clients.get(instance);
    if (!client) {
      client = new HttpClient({
        network: NETWORK,
        baseUrl: options.baseUrl ?? `https://${instance}`,
        bearerToken: options.bearerToken ?? null,
        fetch: options.fetch,
        sleep: options.sleep,
        now: options.now,
        timeoutMs: options.timeoutMs,
        maxRetries: options.maxRetries,
        maxRateLimitWaitMs: options.maxRateLimitWaitMs,
      });
      clients.set(instance, client);
    }
    return client;
  };
  const now = options.now ?? Date.now;
  const pageSize = Math.min(Math.max(options.pageSize ?? MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);

  return {
    network: NETWORK,
    resumesForward: true,

    async lookup(account) {
      const { user, instance } = parseHandle(account.handle);
      const client = clientFor(instance);
      let answer: Awaited<ReturnType<HttpClient['getJson']>>;
      try {
        answer = await client.getJson('/api/v1/accounts/lookup', { acct: user });
      } catch (error) {
        if (error instanceof ConnectorError && (error.status === 404 || error.status === 410)) {
          throw new AccountNotFoundError(NETWORK, `@${user}@${instance}`, error.url);
        }
        throw error;
      }
      if (!isObject(answer.body)) throw malformed(NETWORK, answer.url, 'expected an Account object');
      try {
        const observation = observe(answer.body, instance, new Date(now()), 'account');
        const apiId = requireString(answer.body, 'id', 'account');
        return { apiId, networkId: null, handle: observation.handle as string, observation };
      } catch (error) {
        if (error instanceof ItemError) throw malformed(NETWORK, answer.url, error.message);
        throw error;
      }
    },

    async fetchPosts(account, fetchOptions: FetchOptions): Promise<FetchResult> {
      const { instance } = parseHandle(account.handle);
      const client = clientFor(instance);
      const cursor = fetchOptions.cursor;
      const maxPages = Math.max(fetchOptions.maxPages ?? options.maxPages ?? DEFAULT_MAX_PAGES, 1);
      // First poll: newest first, back through `next` (max_id). Later polls: forward from the cursor through
      // `prev` (min_id), so a poll cut short by maxPages leaves no gap: the next one resumes where it stopped.
      const forward = cursor !== null;
      let url = client.url(`/api/v1/accounts/${encodeURIComponent(account.apiId)}/statuses`, {
        limit: pageSize,
        min_id: cursor,
      });
      const self: AccountRef = { network: NETWORK, handle: account.handle.toLowerCase() };
      const context: StatusContext = { instance, observedAt: new Date(now()), once: new ObservationOnce([self]) };
      const items: IngestRecord[][] = [];
      const skipped: SkippedItem[] = [];
      let newest = cursor;
      let pages = 0;
      let complete = false;
      for (;;) {
        const answer = await client.getJson(url);
        pages += 1;
        if (!Array.isArray(answer.body)) throw malformed(NETWORK, answer.url, 'expected a list of statuses');
        answer.body.forEach((raw, index) => {
          const id = isObject(raw) ? optString(raw.id) : null;
          if (id !== null && cursor !== null && compareIds(id, cursor) <= 0) return;
          // A malformed status still moves the cursor: it would fail the same way next time.
          newest = maxId(newest, id);
          try {
            items.push(mapStatus(raw, context));
          } catch (error) {
            if (!(error instanceof ItemError)) throw error;
            skipped.push({ page: pages, index, reason: error.message });
          }
        });
        const links = parseLinkHeader(answer.headers.get('link'));
        const next = forward ? links.prev : links.next;
        // Forward, a short page is the newest one: stopping there is safe, the cursor resumes after it.
        if (answer.body.length === 0 || !next || (forward && answer.body.length < pageSize)) {
          complete = true;
          break;
        }
        if (pages >= maxPages) break;
        url = client.url(next);
      }
      return { items, skipped, warnings: [], cursor: newest, pages, complete };
    },
  };
}

/** 'user@instance' (with or without a leading '@') → its parts; the instance is where the API lives. */
export function parseHandle(handle: string | null): { user: string; instance: string } {
  const match = /^@?([^@\s]+)@([a-z0-9.-]+\.[a-z]{2,}|localhost)(:\d+)?$/i.exec(handle?.trim() ?? '');
  if (!match?.[1] || !match[2]) {
    throw new ConnectorError(`mastodon: the handle ${JSON.stringify(handle)} is not of the form user@instance`, {
      network: NETWORK,
      code: 'invalid_request',
    });
  }
  return { user: match[1], instance: `${match[2]}${match[3] ?? ''}`.toLowerCase() };
}

interface StatusContext {
  instance: string;
  observedAt: Date;
  once: ObservationOnce;
}

/** `acct` is bare for accounts local to the instance answering, user@domain for the others. */
function qualify(acct: string, instance: string): string {
  const bare = acct.replace(/^@/, '');
  return (bare.includes('@') ? bare : `${bare}@${instance}`).toLowerCase();
}

function observe(account: Json, instance: string, observedAt: Date, what: string): AccountObservation {
  const acct = requireString(account, 'acct', what);
  requireString(account, 'id', what);
  return {
    network: NETWORK,
    handle: qualify(acct, instance),
    displayName: optString(account.display_name),
    observedAt,
    followers: optCount(account.followers_count),
    following: optCount(account.following_count),
    postsCount: optCount(account.statuses_count),
  };
}

function refOf(account: Json, instance: string, what: string): AccountRef {
  return {
    network: NETWORK,
    handle: qualify(requireString(account, 'acct', what), instance),
    displayName: optString(account.display_name),
  };
}

/** A Status entity → the records of one post (plus the first sighting of a reposted or quoted account). */
export function mapStatus(raw: unknown, context: StatusContext): IngestRecord[] {
  if (!isObject(raw)) throw new ItemError('status: not an object');
  const what = `status ${typeof raw.id === 'string' ? raw.id : '?'}`;
  requireString(raw, 'id', 'status');
  const uri = requireString(raw, 'uri', what);
  const postedAt = requireDate(raw, 'created_at', what);
  const account = requireObject(raw, 'account', what);
  const author = refOf(account, context.instance, `${what} account`);
  const records: IngestRecord[] = [];
  const base = { network: NETWORK, networkPostId: uri, author, postedAt, url: optString(raw.url) } as const;

  if (raw.reblog !== null && raw.reblog !== undefined) {
    if (!isObject(raw.reblog)) throw new ItemError(`${what}: \`reblog\` is not a status`);
    const original = requireString(raw.reblog, 'uri', `${what} reblog`);
    const originalAuthor = observe(
      requireObject(raw.reblog, 'account', `${what} reblog`),
      context.instance,
      context.observedAt,
      `${what} reblog account`,
    );
    records.push(...context.once.take(originalAuthor));
    // A boost has no text or metrics of its own: its counts are the original's.
    const post: PostRecord = {
      ...base,
      kind: 'repost',
      repostOf: { postId: original, account: plain(originalAuthor) },
    };
    records.push({ type: 'post', post });
    return records;
  }

  const mentions: { id: string | null; ref: AccountRef }[] = [];
  for (const m of optArray(raw.mentions)) {
    if (!isObject(m) || typeof m.acct !== 'string' || m.acct === '') continue;
    mentions.push({ id: optString(m.id), ref: { network: NETWORK, handle: qualify(m.acct, context.instance) } });
  }
  const hashtags = optArray(raw.tags).flatMap((t) => (isObject(t) && typeof t.name === 'string' ? [t.name] : []));

  // Reply targets: ids are local to the instance, so the parent post is not named; its author is, when known.
  const inReplyTo = optString(raw.in_reply_to_id);
  let replyTo: PostRecord['replyTo'] = null;
  if (inReplyTo !== null) {
    const parentAccount = optString(raw.in_reply_to_account_id);
    const target =
      parentAccount !== null && parentAccount === account.id
        ? author
        : (mentions.find((m) => m.id !== null && m.id === parentAccount)?.ref ?? null);
    replyTo = { postId: null, account: target };
  }

  // Quotes (Mastodon 4.4+): a Quote carries the quoted status; a ShallowQuote only its local id.
  let quoteOf: PostRecord['quoteOf'] = null;
  if (isObject(raw.quote)) {
    const quoted = raw.quote.quoted_status;
    if (isObject(quoted) && typeof quoted.uri === 'string' && isObject(quoted.account)) {
      const quotedAuthor = observe(quoted.account, context.instance, context.observedAt, `${what} quote account`);
      records.push(...context.once.take(quotedAuthor));
      quoteOf = { postId: quoted.uri, account: plain(quotedAuthor) };
    } else if (raw.quote.state === 'accepted' || typeof raw.quote.quoted_status_id === 'string') {
      quoteOf = { postId: null, account: null };
    }
  }

  const content = typeof raw.content === 'string' ? htmlToText(raw.content) : '';
  const spoiler = optString(raw.spoiler_text);
  const post: PostRecord = {
    ...base,
    // A post both replying and quoting counts as a reply (dialogue); its quote target is kept.
    kind: replyTo ? 'reply' : quoteOf ? 'quote' : 'original',
    lang: optString(raw.language),
    text: spoiler ? `${spoiler}\n\n${content}` : content,
    replyTo,
    quoteOf,
    mentions: mentions.map((m) => m.ref),
    hashtags,
    metrics: {
      observedAt: context.observedAt,
      likes: optCount(raw.favourites_count),
      reposts: optCount(raw.reblogs_count),
      replies: optCount(raw.replies_count),
      quotes: optCount(raw.quotes_count),
    },
  };
  records.push({ type: 'post', post });
  return records;
}

function plain(observation: AccountObservation): AccountRef {
  return { network: observation.network, handle: observation.handle ?? null, networkId: observation.networkId ?? null };
}
