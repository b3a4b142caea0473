// Bluesky connector over XRPC (the public AppView by default): app.bsky.actor.getProfile, then
// app.bsky.feed.getAuthorFeed paged with `cursor`. Accounts are named by DID (stable) plus handle; posts by at:// URI.
// getAuthorFeed only pages backwards, so the poll cursor is the time of the newest feed item seen: a later poll
// reads from the top and stops at the first item not newer than it.
import type { AccountObservation, AccountRef, IngestRecord, PostRecord } from '../ingest/records.ts';
import {
  AccountNotFoundError,
  type Connector,
  type ConnectorOptions,
  DEFAULT_MAX_PAGES,
  type FetchResult,
  ItemError,
  isObject,
  type Json,
  malformed,
  optArray,
  optCount,
  optString,
  requireDate,
  requireObject,
  requireString,
  type SkippedItem,
} from './connector.ts';
import { ConnectorError, HttpClient } from './http.ts';

const NETWORK = 'bluesky';
export const BLUESKY_PUBLIC_APPVIEW = 'https://public.api.bsky.app';
/** The lexicon's ceiling for getAuthorFeed. */
const MAX_PAGE_SIZE = 100;
const REASON_REPOST = 'app.bsky.feed.defs#reasonRepost';
const REASON_PIN = 'app.bsky.feed.defs#reasonPin';
// Errors that mean the account is gone: unknown actor, deactivated or taken down.
const GONE = /profile not found|actor not found|could not find|AccountDeactivated|AccountTakedown/i;

export function createBlueskyConnector(options: ConnectorOptions = {}): Connector {
  const client = new HttpClient({
    network: NETWORK,
    baseUrl: options.baseUrl ?? BLUESKY_PUBLIC_APPVIEW,
    bearerToken: options.bearerToken ?? null,
    fetch: options.fetch,
    sleep: options.sleep,
    now: options.now,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs,
  });
  const now = options.now ?? Date.now;
  const pageSize = Math.min(Math.max(options.pageSize ?? MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);

  /** Runs an XRPC query, turning "this actor does not exist" answers into AccountNotFoundError. */
  async function query(method: string, params: Record<string, string | number | null>, who: string) {
    try {
      return await client.getJson(`/xrpc/${method}`, params);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 400 && GONE.test(error.detail ?? '')) {
        throw new AccountNotFoundError(NETWORK, who, error.url);
      }
      throw error;
    }
  }

  return {
    network: NETWORK,
    resumesForward: false,

    async lookup(account) {
      const actor = account.networkId ?? account.handle?.replace(/^@/, '').trim().toLowerCase();
      if (!actor) {
        throw new ConnectorError('bluesky: an account needs a DID or a handle', {
          network: NETWORK,
          code: 'invalid_request',
        });
      }
      const answer = await query('app.bsky.actor.getProfile', { actor }, actor);
      if (!isObject(answer.body)) throw malformed(NETWORK, answer.url, 'expected a profile object');
      try {
        const observation = observeProfile(answer.body, new Date(now()));
        const did = observation.networkId as string;
        return { apiId: did, networkId: did, handle: observation.handle as string, observation };
      } catch (error) {
        if (error instanceof ItemError) throw malformed(NETWORK, answer.url, error.message);
        throw error;
      }
    },

    async fetchPosts(account, fetchOptions): Promise<FetchResult> {
      const cursorTime = fetchOptions.cursor !== null ? Date.parse(fetchOptions.cursor) : null;
      const since = cursorTime !== null && !Number.isNaN(cursorTime) ? cursorTime : null;
      const maxPages = Math.max(fetchOptions.maxPages ?? options.maxPages ?? DEFAULT_MAX_PAGES, 1);
      // Feed views name other accounts without counts (profileViewBasic): only the polled account is observed.
      const context: FeedContext = { observedAt: new Date(now()) };
      const items: IngestRecord[][] = [];
      const skipped: SkippedItem[] = [];
      let newest = since;
      let pageCursor: string | null = null;
      let pages = 0;
      let complete = false;
      for (;;) {
        const answer = await query(
          'app.bsky.feed.getAuthorFeed',
          { actor: account.apiId, limit: pageSize, cursor: pageCursor },
          account.handle,
        );
        pages += 1;
        const body = answer.body;
        if (!isObject(body) || !Array.isArray(body.feed))
          throw malformed(NETWORK, answer.url, 'expected { feed: [...] }');
        let reachedSeen = false;
        body.feed.forEach((raw, index) => {
          const at = sortTime(raw);
          const pinned = isObject(raw) && isObject(raw.reason) && raw.reason.$type === REASON_PIN;
          if (since !== null && at !== null && at <= since) {
            // A pinned post sits on top whatever its age: it does not mean we caught up.
            if (!pinned) reachedSeen = true;
            return;
          }
          if (at !== null && (newest === null || at > newest)) newest = at;
          try {
            items.push(mapFeedItem(raw, context));
          } catch (error) {
            if (!(error instanceof ItemError)) throw error;
            skipped.push({ page: pages, index, reason: error.message });
          }
        });
        pageCursor = optString(body.cursor);
        if (reachedSeen || body.feed.length === 0 || pageCursor === null) {
          complete = true;
          break;
        }
        if (pages >= maxPages) break;
      }
      const cursor = newest === null ? fetchOptions.cursor : new Date(newest).toISOString();
      return { items, skipped, warnings: [], cursor, pages, complete };
    },
  };
}

interface FeedContext {
  observedAt: Date;
}

/** When a feed item entered the author's feed: the repost time for reposts, else the post's indexing time. */
function sortTime(raw: unknown): number | null {
  if (!isObject(raw)) return null;
  const reason = isObject(raw.reason) && raw.reason.$type === REASON_REPOST ? raw.reason : null;
  const value = reason ? reason.indexedAt : isObject(raw.post) ? raw.post.indexedAt : null;
  const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t) ? null : t;
}

function observeProfile(profile: Json, observedAt: Date): AccountObservation {
  const did = requireString(profile, 'did', 'profile');
  const verification = isObject(profile.verification) ? profile.verification.verifiedStatus : undefined;
  return {
    network: NETWORK,
    networkId: did,
    handle: requireString(profile, 'handle', 'profile').toLowerCase(),
    displayName: optString(profile.displayName),
    observedAt,
    followers: optCount(profile.followersCount),
    following: optCount(profile.followsCount),
    postsCount: optCount(profile.postsCount),
    ...(verification === undefined ? {} : { verified: verification === 'valid' }),
  };
}

/** A profileViewBasic → a reference; the handle 'handle.invalid' means none could be verified. */
function actorRef(actor: Json, what: string): AccountRef {
  const handle = optString(actor.handle);
  return {
    network: NETWORK,
    networkId: requireString(actor, 'did', what),
    handle: handle && handle !== 'handle.invalid' ? handle.toLowerCase() : null,
    displayName: optString(actor.displayName),
  };
}

/** The DID in an at:// URI (at://did:plc:abc/app.bsky.feed.post/rkey). */
function didOf(uri: string | null): string | null {
  const match = uri ? /^at:\/\/(did:[a-z]+:[^/]+)\//i.exec(uri) : null;
  return match?.[1] ?? null;
}

function isPostUri(uri: string | null): uri is string {
  return uri !== null && /^at:\/\/[^/]+\/app\.bsky\.feed\.post\/[^/]+$/.test(uri);
}

/** The target of an author or DID: the view's author when the answer carries it, else the DID in the URI. */
function targetAccount(view: unknown, uri: string | null): AccountRef | null {
  if (isObject(view) && isObject(view.author) && typeof view.author.did === 'string')
    return actorRef(view.author, 'target');
  const did = didOf(uri);
  return did ? { network: NETWORK, networkId: did } : null;
}

/** A feedViewPost → the records of one post (or of the polled account's repost). */
export function mapFeedItem(raw: unknown, context: FeedContext): IngestRecord[] {
  if (!isObject(raw)) throw new ItemError('feed item: not an object');
  const post = requireObject(raw, 'post', 'feed item');
  const uri = requireString(post, 'uri', 'feed item post');
  const what = `post ${uri}`;
  const author = actorRef(requireObject(post, 'author', what), `${what} author`);
  const record = requireObject(post, 'record', what);

  if (isObject(raw.reason) && raw.reason.$type === REASON_REPOST) {
    const by = actorRef(requireObject(raw.reason, 'by', `${what} repost`), `${what} repost by`);
    const repost: PostRecord = {
      network: NETWORK,
      // The repost record's own URI when the AppView gives it; else an id stable across polls.
      networkPostId: optString(raw.reason.uri) ?? `repost:${uri}:${by.networkId}`,
      author: by,
      postedAt: requireDate(raw.reason, 'indexedAt', `${what} repost`),
      kind: 'repost',
      repostOf: { postId: uri, account: author },
    };
    return [{ type: 'post', post: repost }];
  }

  const created = typeof record.createdAt === 'string' ? new Date(record.createdAt) : null;
  const postedAt = created && !Number.isNaN(created.getTime()) ? created : requireDate(post, 'indexedAt', what);

  let replyTo: PostRecord['replyTo'] = null;
  if (isObject(record.reply)) {
    const parentUri = isObject(record.reply.parent) ? optString(record.reply.parent.uri) : null;
    const parentView = isObject(raw.reply) ? raw.reply.parent : null;
    replyTo = { postId: parentUri, account: targetAccount(parentView, parentUri) };
  }

  // A quote embeds a post record, alone (embed.record) or with media (embed.recordWithMedia).
  let quoteOf: PostRecord['quoteOf'] = null;
  const embed = isObject(record.embed) ? record.embed : null;
  const strongRef =
    embed?.$type === 'app.bsky.embed.record'
      ? embed.record
      : embed?.$type === 'app.bsky.embed.recordWithMedia' && isObject(embed.record)
        ? embed.record.record
        : null;
  const quotedUri = isObject(strongRef) ? optString(strongRef.uri) : null;
  if (isPostUri(quotedUri)) {
    const view = isObject(post.embed) ? post.embed : null;
    const viewRecord =
      view?.$type === 'app.bsky.embed.recordWithMedia#view' && isObject(view.record)
        ? view.record.record
        : view?.record;
    quoteOf = { postId: quotedUri, account: targetAccount(viewRecord, quotedUri) };
  }

  const mentions = new Map<string, AccountRef>();
  const hashtags = new Map<string, string>();
  for (const facet of optArray(record.facets)) {
    if (!isObject(facet)) continue;
    for (const feature of optArray(facet.features)) {
      if (!isObject(feature)) continue;
      if (feature.$type === 'app.bsky.richtext.facet#mention' && typeof feature.did === 'string') {
        mentions.set(feature.did, { network: NETWORK, networkId: feature.did });
      } else if (feature.$type === 'app.bsky.richtext.facet#tag' && typeof feature.tag === 'string') {
        hashtags.set(feature.tag.toLowerCase(), feature.tag);
      }
    }
  }
  for (const tag of optArray(record.tags)) if (typeof tag === 'string') hashtags.set(tag.toLowerCase(), tag);

  const lang = optArray(record.langs).find((l): l is string => typeof l === 'string') ?? null;
  const rkey = uri.split('/').pop();
  const result: PostRecord = {
    network: NETWORK,
    networkPostId: uri,
    author,
    postedAt,
    kind: replyTo ? 'reply' : quoteOf ? 'quote' : 'original',
    lang,
    text: typeof record.text === 'string' ? record.text : null,
    url: `https://bsky.app/profile/${author.handle ?? author.networkId}/post/${rkey}`,
    replyTo,
    quoteOf,
    mentions: [...mentions.values()],
    hashtags: [...hashtags.values()],
    metrics: {
      observedAt: context.observedAt,
      likes: optCount(post.likeCount),
      reposts: optCount(post.repostCount),
      replies: optCount(post.replyCount),
      quotes: optCount(post.quoteCount),
    },
  };
  return [{ type: 'post', post: result }];
}
