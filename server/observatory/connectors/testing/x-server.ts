// A local X API v2 for connector tests, answering as docs.x.com documents: bearer-token auth (401/403 problem
// bodies), /2/users/by/username/:username and /2/users/:id (200 with errors[] when unknown), /2/users/:id/tweets
// with since_id, pagination_token, meta { result_count, newest_id, oldest_id, next_token }, field selection
// (tweet.fields, user.fields), expansions into includes.users/tweets, partial errors[] for a deleted referenced
// tweet, and x-rate-limit-* headers (epoch-second reset).
import type { IncomingMessage } from 'node:http';
import {
  type Answer,
  type BudgetState,
  compareNumericIds,
  intParam,
  JsonServer,
  type JsonServerOptions,
} from './json-server.ts';

export const X_TOKEN = 'test-bearer-token';
export const MAIN_X_ID = '1000000000000000001';
export const MAIN_X_USERNAME = 'FranceDiplo';
const EEAS_ID = '1000000000000000002';
const CITIZEN_ID = '1000000000000000003';
const T0 = Date.parse('2026-09-01T08:00:00.000Z');
const TWEET_BASE = 1_850_000_000_000_000_000n;
/** The main account's retweet whose original was deleted: its page carries a partial error. */
export const RETWEET_OF_DELETED = 130;
const NOT_FOUND = 'https://api.twitter.com/2/problems/resource-not-found';

type Json = Record<string, unknown>;

interface User {
  id: string;
  name: string;
  username: string;
  created_at: string;
  verified: boolean;
  public_metrics: {
    followers_count: number;
    following_count: number;
    tweet_count: number;
    listed_count: number;
    like_count: number;
  };
}

const USERS: User[] = [
  {
    id: MAIN_X_ID,
    name: 'France Diplomatie',
    username: MAIN_X_USERNAME,
    created_at: '2009-05-04T10:00:00.000Z',
    verified: true,
    public_metrics: {
      followers_count: 1_650_000,
      following_count: 900,
      tweet_count: 0,
      listed_count: 5000,
      like_count: 100,
    },
  },
  {
    id: EEAS_ID,
    name: 'EU External Action',
    username: 'eu_eeas',
    created_at: '2010-01-01T00:00:00.000Z',
    verified: true,
    public_metrics: {
      followers_count: 400_000,
      following_count: 500,
      tweet_count: 30_000,
      listed_count: 3000,
      like_count: 10,
    },
  },
  {
    id: CITIZEN_ID,
    name: 'A citizen',
    username: 'citizen',
    created_at: '2020-01-01T00:00:00.000Z',
    verified: false,
    public_metrics: { followers_count: 15, following_count: 60, tweet_count: 400, listed_count: 0, like_count: 900 },
  },
];

const tweetId = (n: number) => String(TWEET_BASE + BigInt(n) * 1000n);

export class XServer extends JsonServer {
  /** Answers 403 (the app's access level does not include the endpoint). */
  forbidden = false;
  private readonly users = new Map(USERS.map((u) => [u.id, structuredClone(u)]));
  private readonly tweets = new Map<string, Json>();
  private readonly timeline: string[] = [];
  private sequence = 0;
  private malformedItems = 0;
  private readonly token: string;

  constructor(options: JsonServerOptions & { tweets?: number; token?: string } = {}) {
    super({ budget: { limit: 900, windowMs: 15 * 60_000 }, ...options });
    this.token = options.token ?? X_TOKEN;
    for (let i = 0; i < (options.tweets ?? 230); i++) this.addTweet();
  }

  private other(authorId: string, n: number, text: string, createdAt: string): string {
    const id = String(TWEET_BASE + 7n + BigInt(n) * 1000n);
    const metrics = {
      retweet_count: 40,
      reply_count: 4,
      like_count: 300,
      quote_count: 2,
      bookmark_count: 1,
      impression_count: 20_000,
    };
    this.tweets.set(id, {
      id,
      text,
      author_id: authorId,
      created_at: createdAt,
      lang: 'en',
      conversation_id: id,
      public_metrics: metrics,
      edit_history_tweet_ids: [id],
    });
    return id;
  }

  /** Posts the i-th tweet of the main account: retweets, replies, quotes and hashtags by pattern. */
  addTweet(): Json {
    this.sequence += 1;
    const i = this.sequence;
    const id = tweetId(i);
    const createdAt = new Date(T0 + i * 3_600_000).toISOString();
    const tweet: Json = {
      id,
      author_id: MAIN_X_ID,
      created_at: createdAt,
      lang: i % 4 === 0 ? 'en' : 'fr',
      conversation_id: id,
      edit_history_tweet_ids: [id],
    };
    const referenced: Json[] = [];
    const mentions: Json[] = [];
    let text = `Communiqué ${i} #Diplomatie`;
    if (i % 10 === 0) {
      const original = this.other(EEAS_ID, i, `EEAS ${i}`, createdAt);
      if (i === RETWEET_OF_DELETED) this.tweets.delete(original);
      referenced.push({ type: 'retweeted', id: original });
      mentions.push({ start: 3, end: 11, username: 'eu_eeas', id: EEAS_ID });
      text = `RT @eu_eeas: EEAS ${i}`;
      tweet.public_metrics = {
        retweet_count: 40,
        reply_count: 0,
        like_count: 0,
        quote_count: 0,
        bookmark_count: 0,
        impression_count: 0,
      };
    } else {
      if (i % 7 === 0) {
        const parent = this.other(CITIZEN_ID, i, 'Une question ?', createdAt);
        referenced.push({ type: 'replied_to', id: parent });
        tweet.in_reply_to_user_id = CITIZEN_ID;
        tweet.conversation_id = parent;
        mentions.push({ start: 0, end: 8, username: 'citizen', id: CITIZEN_ID });
        text = `@citizen Merci ${i}`;
      }
      if (i % 11 === 0) referenced.push({ type: 'quoted', id: this.other(EEAS_ID, 100_000 + i, 'Quoted', createdAt) });
      tweet.public_metrics = {
        retweet_count: i % 13,
        reply_count: i % 5,
        like_count: i * 2,
        quote_count: i % 3,
        bookmark_count: 0,
        impression_count: i * 100,
      };
    }
    tweet.text = text;
    if (referenced.length > 0) tweet.referenced_tweets = referenced;
    const hashtags =
      i % 10 !== 0 && i % 5 === 0 ? [{ start: text.indexOf('#') + 1, end: text.length, tag: 'Diplomatie' }] : [];
    if (mentions.length > 0 || hashtags.length > 0) {
      tweet.entities = { ...(mentions.length > 0 ? { mentions } : {}), ...(hashtags.length > 0 ? { hashtags } : {}) };
    }
    this.tweets.set(id, tweet);
    this.timeline.push(id);
    this.users.get(MAIN_X_ID)!.public_metrics.tweet_count += 1;
    return tweet;
  }

  /** The next timeline page carries one extra tweet without `created_at`. */
  injectMalformedItem(): void {
    this.malformedItems += 1;
  }

  private userJson(user: User, fields: Set<string>): Json {
    const out: Json = { id: user.id, name: user.name, username: user.username };
    for (const f of ['created_at', 'verified', 'public_metrics'] as const) if (fields.has(f)) out[f] = user[f];
    return out;
  }

  private tweetJson(tweet: Json, fields: Set<string>): Json {
    const out: Json = { id: tweet.id, text: tweet.text, edit_history_tweet_ids: tweet.edit_history_tweet_ids };
    for (const [k, v] of Object.entries(tweet)) if (fields.has(k)) out[k] = v;
    return out;
  }

  protected route(url: URL, request: IncomingMessage): Answer {
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } };
    }
    if (this.forbidden) {
      return {
        status: 403,
        body: {
          client_id: '12345678',
          detail:
            'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
          registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
          title: 'Client Forbidden',
          required_enrollment: 'Appropriate Level of API Access',
          reason: 'client-not-enrolled',
          type: 'https://api.twitter.com/2/problems/client-forbidden',
        },
      };
    }
    const userFields = list(url, 'user.fields');
    const notFound = (parameter: string, value: string): Answer => ({
      status: 200,
      body: {
        errors: [
          {
            value,
            detail: `Could not find user with ${parameter}: [${value}].`,
            title: 'Not Found Error',
            resource_type: 'user',
            parameter,
            resource_id: value,
            type: NOT_FOUND,
          },
        ],
      },
    });
    const byName = /^\/2\/users\/by\/username\/([^/]+)$/.exec(url.pathname);
    if (byName?.[1]) {
      const name = decodeURIComponent(byName[1]).toLowerCase();
      const user = [...this.users.values()].find((u) => u.username.toLowerCase() === name);
      return user ? { status: 200, body: { data: this.userJson(user, userFields) } } : notFound('username', byName[1]);
    }
    const tweets = /^\/2\/users\/([^/]+)\/tweets$/.exec(url.pathname);
    if (tweets?.[1]) {
      const user = this.users.get(tweets[1]);
      return user ? this.timelinePage(url, user) : notFound('id', tweets[1]);
    }
    const byId = /^\/2\/users\/([^/]+)$/.exec(url.pathname);
    if (byId?.[1]) {
      const user = this.users.get(byId[1]);
      return user ? { status: 200, body: { data: this.userJson(user, userFields) } } : notFound('id', byId[1]);
    }
    return { status: 404, body: { title: 'Not Found', type: 'about:blank', status: 404, detail: 'Not Found' } };
  }

  private timelinePage(url: URL, user: User): Answer {
    const raw = url.searchParams.get('max_results');
    if (raw !== null && (!/^\d+$/.test(raw) || Number(raw) < 5 || Number(raw) > 100)) {
      return {
        status: 400,
        body: {
          errors: [
            {
              parameters: { max_results: [raw] },
              message: `The \`max_results\` query parameter value [${raw}] is not between 5 and 100`,
            },
          ],
          title: 'Invalid Request',
          detail: 'One or more parameters to your request was invalid.',
          type: 'https://api.twitter.com/2/problems/invalid-request',
        },
      };
    }
    const limit = intParam(url, 'max_results', 10, 5, 100);
    const since = url.searchParams.get('since_id');
    const token = url.searchParams.get('pagination_token');
    const before = token ? Buffer.from(token, 'base64url').toString() : null;
    const all = (user.id === MAIN_X_ID ? this.timeline : [])
      .filter((id) => !since || compareNumericIds(id, since) > 0)
      .filter((id) => !before || compareNumericIds(id, before) < 0)
      .sort((a, b) => compareNumericIds(b, a));
    const ids = all.slice(0, limit);
    if (ids.length === 0) return { status: 200, body: { meta: { result_count: 0 } } };

    const tweetFields = list(url, 'tweet.fields');
    const userFields = list(url, 'user.fields');
    const expansions = list(url, 'expansions');
    const data: unknown[] = ids.map((id) => this.tweetJson(this.tweets.get(id)!, tweetFields));
    const users = new Set<string>();
    const included: Json[] = [];
    const errors: Json[] = [];
    for (const id of ids) {
      const t = this.tweets.get(id)!;
      const entities = (t.entities ?? {}) as { mentions?: Json[] };
      if (expansions.has('entities.mentions.username'))
        for (const m of entities.mentions ?? []) users.add(m.id as string);
      if (expansions.has('in_reply_to_user_id') && t.in_reply_to_user_id) users.add(t.in_reply_to_user_id as string);
      for (const ref of (t.referenced_tweets ?? []) as Json[]) {
        const target = this.tweets.get(ref.id as string);
        if (!target) {
          errors.push({
            value: ref.id,
            detail: `Could not find tweet with referenced_tweets.id: [${ref.id}].`,
            title: 'Not Found Error',
            resource_type: 'tweet',
            parameter: 'referenced_tweets.id',
            resource_id: ref.id,
            type: NOT_FOUND,
          });
          continue;
        }
        if (expansions.has('referenced_tweets.id')) included.push(this.tweetJson(target, tweetFields));
        if (expansions.has('referenced_tweets.id.author_id')) users.add(target.author_id as string);
      }
    }
    if (this.malformedItems > 0) {
      this.malformedItems -= 1;
      const first = this.tweets.get(ids[0]!)!;
      const brokenId = String(BigInt(ids[0]!) - 5n);
      data.splice(1, 0, {
        ...this.tweetJson(first, tweetFields),
        id: brokenId,
        created_at: undefined,
        edit_history_tweet_ids: [brokenId],
      });
    }
    const includes: Json = {};
    if (users.size > 0) includes.users = [...users].map((id) => this.userJson(this.users.get(id)!, userFields));
    if (included.length > 0) includes.tweets = included;
    const meta: Json = { result_count: ids.length, newest_id: ids[0], oldest_id: ids.at(-1) };
    if (all.length > ids.length) meta.next_token = Buffer.from(ids.at(-1)!).toString('base64url');
    const body: Json = { data, ...(Object.keys(includes).length > 0 ? { includes } : {}), meta };
    if (errors.length > 0) body.errors = errors;
    return { status: 200, body };
  }

  protected rateLimitHeaders(state: BudgetState): Record<string, string> {
    return {
      'x-rate-limit-limit': String(state.limit),
      'x-rate-limit-remaining': String(state.remaining),
      'x-rate-limit-reset': String(Math.floor(state.resetAt / 1000)),
    };
  }

  protected tooManyRequests(): Answer {
    return {
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    };
  }
}

function list(url: URL, name: string): Set<string> {
  return new Set((url.searchParams.get(name) ?? '').split(',').filter(Boolean));
}

export async function startXServer(options: JsonServerOptions & { tweets?: number; token?: string } = {}) {
  return new XServer(options).start();
}
