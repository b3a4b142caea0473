// X connector over API v2 with an app bearer token: the user by username (or id once known), then their timeline
// (/2/users/:id/tweets) paged with meta.next_token. The poll cursor is the newest tweet id seen (`since_id`).
// Accounts met in a page (includes.users) are observed with their counts; partial errors become warnings.
import type { AccountObservation, AccountRef, IngestRecord, PostRecord } from '../ingest/records.ts';
import {
  AccountNotFoundError,
  type Connector,
  type ConnectorOptions,
  compareIds,
  DEFAULT_MAX_PAGES,
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
  requireString,
  type SkippedItem,
} from './connector.ts';
import { ConnectorError, HttpClient, type JsonAnswer } from './http.ts';

const NETWORK = 'x';
export const X_API_BASE = 'https://api.x.com';
const MAX_PAGE_SIZE = 100;
const MIN_PAGE_SIZE = 5;
const USER_FIELDS = 'public_metrics,verified,created_at';
// referenced_tweets.id brings the referenced tweets (with their author_id) so that a repost or quote names its
// target's author; the .author_id expansion brings those authors into includes.users.
const TWEET_QUERY = {
  'tweet.fields':
    'created_at,author_id,lang,public_metrics,referenced_tweets,entities,in_reply_to_user_id,conversation_id',
  expansions: 'referenced_tweets.id,referenced_tweets.id.author_id,entities.mentions.username,in_reply_to_user_id',
  'user.fields': 'public_metrics,verified',
};
const NOT_FOUND_TYPE = 'https://api.twitter.com/2/problems/resource-not-found';

export function createXConnector(options: ConnectorOptions = {}): Connector {
  if (!options.bearerToken) {
    throw new ConnectorError('x: a bearer token is required (X_BEARER_TOKEN)', {
      network: NETWORK,
      code: 'unauthorized',
    });
  }
  const client = new HttpClient({
    network: NETWORK,
    baseUrl: options.baseUrl ?? X_API_BASE,
    bearerToken: options.bearerToken,
    fetch: options.fetch,
    sleep: options.sleep,
    now: options.now,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs,
  });
  const now = options.now ?? Date.now;
  const pageSize = Math.min(Math.max(options.pageSize ?? MAX_PAGE_SIZE, MIN_PAGE_SIZE), MAX_PAGE_SIZE);

  async function get(path: string, query: Record<string, string | number | null>): Promise<JsonAnswer> {
    try {
      return await client.getJson(path, query);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 401) {
        throw new ConnectorError(
          `x: the bearer token was refused (401 ${error.detail ?? 'Unauthorized'}): check X_BEARER_TOKEN`,
          {
            network: NETWORK,
            code: 'unauthorized',
            url: error.url,
            status: 401,
            detail: error.detail,
          },
        );
      }
      if (error instanceof ConnectorError && error.status === 403) {
        throw new ConnectorError(
          `x: access refused (403 ${error.detail ?? 'Forbidden'}): the app's access level may not include this endpoint`,
          { network: NETWORK, code: 'forbidden', url: error.url, status: 403, detail: error.detail },
        );
      }
      throw error;
    }
  }

  /** X answers 200 with only errors[] when the user is unknown or suspended. */
  function failIfOnlyErrors(answer: JsonAnswer, who: string): void {
    const body = answer.body as Json;
    if (body.data !== undefined) return;
    const errors = optArray(body.errors).filter(isObject);
    if (errors.length === 0) return;
    const first = errors[0] as Json;
    if (first.type === NOT_FOUND_TYPE || first.title === 'Not Found Error' || /suspended/i.test(String(first.detail))) {
      throw new AccountNotFoundError(NETWORK, who, answer.url);
    }
    throw new ConnectorError(`x: GET ${answer.url}: ${describeXError(first)}`, {
      network: NETWORK,
      code: 'http',
      url: answer.url,
    });
  }

  return {
    network: NETWORK,
    resumesForward: false,

    async lookup(account) {
      const username = account.handle?.replace(/^@/, '').trim() ?? '';
      let answer: JsonAnswer;
      if (account.networkId) {
        answer = await get(`/2/users/${encodeURIComponent(account.networkId)}`, { 'user.fields': USER_FIELDS });
      } else if (/^[A-Za-z0-9_]{1,15}$/.test(username)) {
        answer = await get(`/2/users/by/username/${username}`, { 'user.fields': USER_FIELDS });
      } else {
        throw new ConnectorError(`x: ${JSON.stringify(account.handle)} is not a valid X username`, {
          network: NETWORK,
          code: 'invalid_request',
        });
      }
      if (!isObject(answer.body)) throw malformed(NETWORK, answer.url, 'expected an object');
      failIfOnlyErrors(answer, `@${username || account.networkId}`);
      if (!isObject(answer.body.data)) throw malformed(NETWORK, answer.url, 'expected { data: { id, username } }');
      try {
        const observation = observeUser(answer.body.data, new Date(now()));
        const id = observation.networkId as string;
        return { apiId: id, networkId: id, handle: observation.handle as string, observation };
      } catch (error) {
        if (error instanceof ItemError) throw malformed(NETWORK, answer.url, error.message);
        throw error;
      }
    },

    async fetchPosts(account, fetchOptions): Promise<FetchResult> {
      const cursor = fetchOptions.cursor;
      const maxPages = Math.max(fetchOptions.maxPages ?? options.maxPages ?? DEFAULT_MAX_PAGES, 1);
      const self: AccountRef = { network: NETWORK, networkId: account.apiId, handle: account.handle };
      const once = new ObservationOnce([self]);
      const observedAt = new Date(now());
      const items: IngestRecord[][] = [];
      const skipped: SkippedItem[] = [];
      const warnings: string[] = [];
      let newest = cursor;
      let token: string | null = null;
      let pages = 0;
      let complete = false;
      for (;;) {
        const answer = await get(`/2/users/${encodeURIComponent(account.apiId)}/tweets`, {
          max_results: pageSize,
          since_id: cursor,
          pagination_token: token,
          ...TWEET_QUERY,
        });
        pages += 1;
        const body = answer.body;
        if (!isObject(body)) throw malformed(NETWORK, answer.url, 'expected an object');
        failIfOnlyErrors(answer, `@${account.handle}`);
        if (body.data !== undefined && !Array.isArray(body.data))
          throw malformed(NETWORK, answer.url, '`data` is not a list');
        if (!isObject(body.meta)) throw malformed(NETWORK, answer.url, 'missing `meta`');
        for (const e of optArray(body.errors)) if (isObject(e)) warnings.push(describeXError(e));

        const page = pageContext(body, observedAt, once, account);
        optArray(body.data).forEach((raw, index) => {
          const id = isObject(raw) ? optString(raw.id) : null;
          if (id !== null && cursor !== null && compareIds(id, cursor) <= 0) return;
          newest = maxId(newest, id);
          try {
            items.push(mapTweet(raw, page));
          } catch (error) {
            if (!(error instanceof ItemError)) throw error;
            skipped.push({ page: pages, index, reason: error.message });
          }
        });
        token = optString(body.meta.next_token);
        if (token === null) {
          complete = true;
          break;
        }
        if (pages >= maxPages) break;
      }
      return { items, skipped, warnings, cursor: newest, pages, complete };
    },
  };
}

function describeXError(e: Json): string {
  const title = optString(e.title) ?? 'Error';
  const detail = optString(e.detail) ?? optString(e.message);
  return detail ? `${title}: ${detail}` : title;
}

function observeUser(user: Json, observedAt: Date): AccountObservation {
  const metrics = isObject(user.public_metrics) ? user.public_metrics : {};
  return {
    network: NETWORK,
    networkId: requireString(user, 'id', 'user'),
    handle: requireString(user, 'username', 'user').toLowerCase(),
    displayName: optString(user.name),
    observedAt,
    followers: optCount(metrics.followers_count),
    following: optCount(metrics.following_count),
    postsCount: optCount(metrics.tweet_count),
    ...(typeof user.verified === 'boolean' ? { verified: user.verified } : {}),
  };
}

interface PageContext {
  observedAt: Date;
  once: ObservationOnce;
  author: AccountRef;
  users: Map<string, AccountObservation>;
  /** Referenced tweet id → its author's id. */
  tweetAuthors: Map<string, string>;
}

function pageContext(body: Json, observedAt: Date, once: ObservationOnce, account: { apiId: string; handle: string }) {
  const includes = isObject(body.includes) ? body.includes : {};
  const users = new Map<string, AccountObservation>();
  for (const u of optArray(includes.users)) {
    if (!isObject(u)) continue;
    try {
      const observation = observeUser(u, observedAt);
      users.set(observation.networkId as string, observation);
    } catch {
      // An unusable user in includes only loses that user's counts.
    }
  }
  const tweetAuthors = new Map<string, string>();
  for (const t of optArray(includes.tweets)) {
    if (isObject(t) && typeof t.id === 'string' && typeof t.author_id === 'string') tweetAuthors.set(t.id, t.author_id);
  }
  const author: AccountRef = { network: NETWORK, networkId: account.apiId, handle: account.handle };
  return { observedAt, once, author, users, tweetAuthors } satisfies PageContext;
}

/** A Tweet object → the records of one post, with the first sighting of each account it names. */
export function mapTweet(raw: unknown, page: PageContext): IngestRecord[] {
  if (!isObject(raw)) throw new ItemError('tweet: not an object');
  const id = requireString(raw, 'id', 'tweet');
  const what = `tweet ${id}`;
  const postedAt = requireDate(raw, 'created_at', what);
  const records: IngestRecord[] = [];
  const account = (userId: string | null, username?: string | null): AccountRef | null => {
    if (!userId && !username) return null;
    const known = userId ? page.users.get(userId) : undefined;
    if (known) {
      records.push(...page.once.take(known));
      return { network: NETWORK, networkId: known.networkId, handle: known.handle };
    }
    return { network: NETWORK, networkId: userId, handle: username?.toLowerCase() ?? null };
  };
  const refs = optArray(raw.referenced_tweets).filter(isObject);
  const ref = (type: string) => refs.find((r) => r.type === type && typeof r.id === 'string')?.id as string | undefined;
  const target = (tweetId: string) => ({ postId: tweetId, account: account(page.tweetAuthors.get(tweetId) ?? null) });
  const url = page.author.handle ? `https://x.com/${page.author.handle}/status/${id}` : null;

  const retweeted = ref('retweeted');
  if (retweeted) {
    // A retweet's text is "RT @user: …" and its counts are the original's: neither is the account's own.
    const post: PostRecord = {
      network: NETWORK,
      networkPostId: id,
      author: page.author,
      postedAt,
      kind: 'repost',
      url,
      repostOf: target(retweeted),
    };
    records.push({ type: 'post', post });
    return records;
  }
  const repliedTo = ref('replied_to');
  const quoted = ref('quoted');
  const inReplyToUser = optString(raw.in_reply_to_user_id);
  const replyTo = repliedTo
    ? { postId: repliedTo, account: account(inReplyToUser ?? page.tweetAuthors.get(repliedTo) ?? null) }
    : null;
  const quoteOf = quoted ? target(quoted) : null;

  const entities = isObject(raw.entities) ? raw.entities : {};
  const mentions: AccountRef[] = [];
  for (const m of optArray(entities.mentions)) {
    if (!isObject(m) || typeof m.username !== 'string') continue;
    const ref = account(optString(m.id), m.username);
    if (ref) mentions.push(ref);
  }
  const hashtags = optArray(entities.hashtags).flatMap((h) =>
    isObject(h) && typeof h.tag === 'string' ? [h.tag] : [],
  );
  const metrics = isObject(raw.public_metrics) ? raw.public_metrics : {};
  const lang = optString(raw.lang);
  const post: PostRecord = {
    network: NETWORK,
    networkPostId: id,
    author: page.author,
    postedAt,
    // A reply that also quotes counts as a reply (dialogue); its quote target is kept.
    kind: replyTo ? 'reply' : quoteOf ? 'quote' : 'original',
    lang: lang === 'und' ? null : lang,
    text: optString(raw.text),
    url,
    replyTo,
    quoteOf,
    mentions,
    hashtags,
    metrics: {
      observedAt: page.observedAt,
      likes: optCount(metrics.like_count),
      reposts: optCount(metrics.retweet_count),
      replies: optCount(metrics.reply_count),
      quotes: optCount(metrics.quote_count),
      views: optCount(metrics.impression_count),
    },
  };
  records.push({ type: 'post', post });
  return records;
}
