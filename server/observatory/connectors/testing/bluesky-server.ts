// A local Bluesky AppView for connector tests, answering as the atproto lexicons define: app.bsky.actor.getProfile
// (profileViewDetailed) and app.bsky.feed.getAuthorFeed ({ feed: feedViewPost[], cursor }), with reasonRepost,
// reply refs, record embeds (quotes), richtext facets; RateLimit-* headers (epoch-second reset) as atproto's
// xrpc-server sends them; XRPC errors { "error": "InvalidRequest", "message": "Profile not found" } with a 400.
import type { IncomingMessage } from 'node:http';
import { type Answer, type BudgetState, intParam, JsonServer, type JsonServerOptions } from './json-server.ts';

export const MAIN_DID = 'did:plc:quaidorsay7xbqmz3rf2ka4e';
export const MAIN_BSKY_HANDLE = 'diplomatie.bsky.social';
const T0 = Date.parse('2026-09-01T08:00:00.000Z');

type Json = Record<string, unknown>;

interface Profile {
  did: string;
  handle: string;
  displayName: string;
  followersCount: number;
  followsCount: number;
  postsCount: number;
}

const PROFILES: Profile[] = [
  {
    did: MAIN_DID,
    handle: MAIN_BSKY_HANDLE,
    displayName: 'France Diplomatie',
    followersCount: 31_400,
    followsCount: 150,
    postsCount: 0,
  },
  {
    did: 'did:plc:eeas4u2yq7lq5ih3oyx2xk7b',
    handle: 'eeas.bsky.social',
    displayName: 'EEAS',
    followersCount: 88_000,
    followsCount: 300,
    postsCount: 4200,
  },
  {
    did: 'did:plc:citizenw6xl3lnbm5s6qnwqc',
    handle: 'citizen.bsky.social',
    displayName: 'A citizen',
    followersCount: 20,
    followsCount: 80,
    postsCount: 100,
  },
];

/** A time-ordered record key, like atproto's TIDs. */
const rkey = (n: number) => `3l${n.toString(32).padStart(11, '0')}`;

interface FeedEntry {
  sortAt: number;
  cid: string;
  item: Json;
}

export class BlueskyServer extends JsonServer {
  private readonly profiles = new Map(PROFILES.map((p) => [p.did, { ...p }]));
  /** The main account's author feed. */
  private readonly feed: FeedEntry[] = [];
  private sequence = 0;
  private malformedItems = 0;

  constructor(options: JsonServerOptions & { posts?: number } = {}) {
    super({ budget: { limit: 3000, windowMs: 5 * 60_000 }, ...options });
    for (let i = 0; i < (options.posts ?? 250); i++) this.addPost();
  }

  private basic(did: string): Json {
    const p = this.profiles.get(did)!;
    return {
      did: p.did,
      handle: p.handle,
      displayName: p.displayName,
      avatar: `https://cdn.bsky.app/img/avatar/${p.did}`,
      labels: [],
      createdAt: '2023-05-01T00:00:00.000Z',
    };
  }

  private postView(
    did: string,
    n: number,
    record: Json,
    counts: Partial<Record<string, number>> = {},
    embed?: Json,
  ): Json {
    return {
      uri: `at://${did}/app.bsky.feed.post/${rkey(n)}`,
      cid: `bafyreib${n.toString(36).padStart(10, 'a')}`,
      author: this.basic(did),
      record: { $type: 'app.bsky.feed.post', ...record },
      ...(embed ? { embed } : {}),
      bookmarkCount: 0,
      replyCount: counts.replyCount ?? 0,
      repostCount: counts.repostCount ?? 0,
      likeCount: counts.likeCount ?? 0,
      quoteCount: counts.quoteCount ?? 0,
      indexedAt: record.createdAt,
      viewer: {},
      labels: [],
    };
  }

  /** Adds the i-th entry of the main feed: a repost every 10th, else a post (replies, quotes, facets by pattern). */
  addPost(): Json {
    this.sequence += 1;
    const i = this.sequence;
    const at = new Date(T0 + i * 3_600_000).toISOString();
    const main = this.profiles.get(MAIN_DID)!;
    const [eeas, citizen] = ['did:plc:eeas4u2yq7lq5ih3oyx2xk7b', 'did:plc:citizenw6xl3lnbm5s6qnwqc'];
    let item: Json;
    if (i % 10 === 0) {
      const original = this.postView(
        eeas!,
        90_000 + i,
        { text: `EEAS ${i}`, createdAt: at, langs: ['en'] },
        { likeCount: 500 },
      );
      item = {
        post: original,
        reason: {
          $type: 'app.bsky.feed.defs#reasonRepost',
          by: this.basic(MAIN_DID),
          uri: `at://${MAIN_DID}/app.bsky.feed.repost/${rkey(i)}`,
          cid: `bafyreir${i.toString(36).padStart(10, 'a')}`,
          indexedAt: at,
        },
      };
    } else {
      const text = `Communiqué ${i} #Diplomatie @eeas.bsky.social`;
      const facets: Json[] = [
        {
          index: { byteStart: 15, byteEnd: 26 },
          features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'Diplomatie' }],
        },
      ];
      if (i % 3 === 0) {
        facets.push({
          index: { byteStart: 27, byteEnd: 44 },
          features: [{ $type: 'app.bsky.richtext.facet#mention', did: eeas }],
        });
      }
      const record: Json = { text, createdAt: at, langs: [i % 4 === 0 ? 'en' : 'fr'], facets };
      let embed: Json | undefined;
      item = {};
      if (i % 7 === 0) {
        const parent = this.postView(citizen!, 70_000 + i, { text: 'Question ?', createdAt: at, langs: ['fr'] });
        record.reply = { root: { uri: parent.uri, cid: parent.cid }, parent: { uri: parent.uri, cid: parent.cid } };
        item.reply = { root: parent, parent };
      }
      if (i % 11 === 0) {
        const quoted = this.postView(eeas!, 80_000 + i, { text: 'Quoted', createdAt: at }, {});
        record.embed = { $type: 'app.bsky.embed.record', record: { uri: quoted.uri, cid: quoted.cid } };
        embed = {
          $type: 'app.bsky.embed.record#view',
          record: {
            $type: 'app.bsky.embed.record#viewRecord',
            uri: quoted.uri,
            cid: quoted.cid,
            author: quoted.author,
            value: quoted.record,
            indexedAt: at,
          },
        };
      }
      item.post = this.postView(
        MAIN_DID,
        i,
        record,
        { likeCount: i * 2, repostCount: i % 13, replyCount: i % 5, quoteCount: i % 3 },
        embed,
      );
    }
    main.postsCount += 1;
    const entry = { sortAt: Date.parse(at), cid: (item.post as Json).cid as string, item };
    this.feed.push(entry);
    return item;
  }

  /** The next getAuthorFeed page carries one extra item whose post has no author. */
  injectMalformedItem(): void {
    this.malformedItems += 1;
  }

  private resolve(actor: string | null): Profile | undefined {
    if (!actor) return undefined;
    const a = actor.toLowerCase();
    return [...this.profiles.values()].find((p) => p.did === actor || p.handle === a);
  }

  protected route(url: URL, _request: IncomingMessage): Answer {
    const invalid = (message: string): Answer => ({ status: 400, body: { error: 'InvalidRequest', message } });
    if (url.pathname === '/xrpc/app.bsky.actor.getProfile') {
      const actor = url.searchParams.get('actor');
      if (!actor) return invalid('Error: Params must have the property "actor"');
      const p = this.resolve(actor);
      if (!p) return invalid('Profile not found');
      return {
        status: 200,
        body: {
          ...this.basic(p.did),
          description: 'Compte officiel',
          followersCount: p.followersCount,
          followsCount: p.followsCount,
          postsCount: p.postsCount,
          indexedAt: '2026-01-01T00:00:00.000Z',
          viewer: {},
        },
      };
    }
    if (url.pathname === '/xrpc/app.bsky.feed.getAuthorFeed') {
      const actor = url.searchParams.get('actor');
      if (!actor) return invalid('Error: Params must have the property "actor"');
      const raw = Number(url.searchParams.get('limit') ?? 50);
      if (!Number.isInteger(raw) || raw < 1 || raw > 100) return invalid('Error: limit must be <= 100');
      const p = this.resolve(actor);
      if (!p) return invalid('Profile not found');
      return this.feedPage(p, intParam(url, 'limit', 50, 1, 100), url.searchParams.get('cursor'));
    }
    return { status: 501, body: { error: 'MethodNotImplemented', message: 'Method Not Implemented' } };
  }

  private feedPage(profile: Profile, limit: number, cursor: string | null): Answer {
    const key = (e: FeedEntry) => `${String(e.sortAt).padStart(15, '0')}::${e.cid}`;
    const after = cursor ? Buffer.from(cursor, 'base64url').toString() : null;
    const entries = (profile.did === MAIN_DID ? this.feed : [])
      .filter((e) => after === null || key(e) < after)
      .sort((a, b) => (key(a) < key(b) ? 1 : -1))
      .slice(0, limit);
    const feed: unknown[] = entries.map((e) => e.item);
    if (this.malformedItems > 0 && entries.length > 0) {
      this.malformedItems -= 1;
      const broken = structuredClone(entries[0]!.item) as Json;
      delete (broken.post as Json).author;
      (broken.post as Json).uri = `at://${MAIN_DID}/app.bsky.feed.post/broken`;
      delete broken.reason;
      feed.splice(1, 0, broken);
    }
    // Like the AppView, a cursor comes with every non-empty page; the page after the last one is empty.
    const last = entries.at(-1);
    return { status: 200, body: last ? { feed, cursor: Buffer.from(key(last)).toString('base64url') } : { feed } };
  }

  protected rateLimitHeaders(state: BudgetState): Record<string, string> {
    return {
      'ratelimit-limit': String(state.limit),
      'ratelimit-remaining': String(state.remaining),
      'ratelimit-reset': String(Math.floor(state.resetAt / 1000)),
      'ratelimit-policy': `${state.limit};w=${Math.floor(state.windowMs / 1000)}`,
    };
  }

  protected tooManyRequests(): Answer {
    return { status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' } };
  }
}

export async function startBlueskyServer(options: JsonServerOptions & { posts?: number } = {}) {
  return new BlueskyServer(options).start();
}
