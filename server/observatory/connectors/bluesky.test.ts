import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostRecord } from '../ingest/records.ts';
import { createBlueskyConnector } from './bluesky.ts';
import { AccountNotFoundError, type Connector, type FetchResult } from './connector.ts';
import { ConnectorError, RateLimitedError } from './http.ts';
import { type BlueskyServer, MAIN_BSKY_HANDLE, MAIN_DID, startBlueskyServer } from './testing/bluesky-server.ts';
import { type FakeClock, fakeClock } from './testing/clock.ts';

let server: BlueskyServer;
let clock: FakeClock;
let connector: Connector;

beforeEach(async () => {
  clock = fakeClock();
  server = await startBlueskyServer({ clock: clock.now });
  connector = createBlueskyConnector({ baseUrl: server.url, now: clock.now, sleep: clock.sleep });
});
afterEach(() => server.close());

const posts = (result: FetchResult): PostRecord[] =>
  result.items.flatMap((records) => records.flatMap((r) => (r.type === 'post' ? [r.post] : [])));
const rkey = (n: number) => `3l${n.toString(32).padStart(11, '0')}`;
const byNumber = (result: FetchResult, n: number) =>
  posts(result).find((p) => p.networkPostId.endsWith(`/${rkey(n)}`) && p.author.networkId === MAIN_DID);

async function firstPoll(options: { maxPages?: number } = {}) {
  const account = await connector.lookup({ handle: MAIN_BSKY_HANDLE, networkId: null });
  const result = await connector.fetchPosts(account, { cursor: null, ...options });
  return { account, result };
}

describe('bluesky connector', () => {
  it('looks a profile up by handle, or by DID once known', async () => {
    const account = await connector.lookup({ handle: '@Diplomatie.bsky.social', networkId: null });
    expect(account).toMatchObject({ apiId: MAIN_DID, networkId: MAIN_DID, handle: MAIN_BSKY_HANDLE });
    expect(account.observation).toMatchObject({ followers: 31_400, following: 150, postsCount: 250 });
    await connector.lookup({ handle: 'renamed.example.com', networkId: MAIN_DID });
    expect(server.requests).toEqual([
      '/xrpc/app.bsky.actor.getProfile?actor=diplomatie.bsky.social',
      `/xrpc/app.bsky.actor.getProfile?actor=${encodeURIComponent(MAIN_DID)}`,
    ]);
  });

  it('pages with the cursor until it is absent, each item once', async () => {
    const { result } = await firstPoll();
    const ids = posts(result).map((p) => p.networkPostId);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    // Three full or partial pages, then the empty page without a cursor.
    expect(result.pages).toBe(4);
    expect(result.complete).toBe(true);
    expect(result.cursor).toBe('2026-09-11T18:00:00.000Z');
  });

  it('fetches nothing new on the next poll, then exactly the new post', async () => {
    const { account, result } = await firstPoll();
    const before = server.requests.length;
    const again = await connector.fetchPosts(account, { cursor: result.cursor });
    expect(again.items).toEqual([]);
    expect(again.cursor).toBe(result.cursor);
    expect(server.requests.length - before).toBe(1);
    server.addPost();
    const fresh = await connector.fetchPosts(account, { cursor: again.cursor });
    expect(posts(fresh).map((p) => p.networkPostId)).toEqual([`at://${MAIN_DID}/app.bsky.feed.post/${rkey(251)}`]);
    expect(fresh.cursor).toBe('2026-09-11T19:00:00.000Z');
  });

  it('maps reposts, replies, quotes, facets, languages and metrics', async () => {
    const { result } = await firstPoll();
    const repost = posts(result).find((p) => p.networkPostId === `at://${MAIN_DID}/app.bsky.feed.repost/${rkey(10)}`);
    expect(repost).toMatchObject({
      kind: 'repost',
      author: { networkId: MAIN_DID, handle: MAIN_BSKY_HANDLE },
      postedAt: new Date('2026-09-01T18:00:00.000Z'),
      repostOf: {
        postId: `at://did:plc:eeas4u2yq7lq5ih3oyx2xk7b/app.bsky.feed.post/${rkey(90_010)}`,
        account: { networkId: 'did:plc:eeas4u2yq7lq5ih3oyx2xk7b', handle: 'eeas.bsky.social' },
      },
    });
    expect(byNumber(result, 7)).toMatchObject({
      kind: 'reply',
      replyTo: {
        postId: `at://did:plc:citizenw6xl3lnbm5s6qnwqc/app.bsky.feed.post/${rkey(70_007)}`,
        account: { networkId: 'did:plc:citizenw6xl3lnbm5s6qnwqc', handle: 'citizen.bsky.social' },
      },
    });
    expect(byNumber(result, 11)).toMatchObject({
      kind: 'quote',
      quoteOf: { account: { handle: 'eeas.bsky.social' } },
    });
    expect(byNumber(result, 12)).toMatchObject({
      kind: 'original',
      lang: 'en',
      text: 'Communiqué 12 #Diplomatie @eeas.bsky.social',
      hashtags: ['Diplomatie'],
      mentions: [{ networkId: 'did:plc:eeas4u2yq7lq5ih3oyx2xk7b' }],
      url: `https://bsky.app/profile/${MAIN_BSKY_HANDLE}/post/${rkey(12)}`,
      metrics: { likes: 24, reposts: 12, replies: 2, quotes: 0 },
    });
  });

  it('waits until RateLimit-Reset after a 429, then resumes', async () => {
    const account = await connector.lookup({ handle: MAIN_BSKY_HANDLE, networkId: null });
    server.exhaustBudget();
    const result = await connector.fetchPosts(account, { cursor: null });
    expect(server.tooManySent).toBe(1);
    expect(clock.waits).toEqual([5 * 60_000]);
    expect(posts(result)).toHaveLength(250);
  });

  it('gives up with the resume time when the reset is further than accepted', async () => {
    connector = createBlueskyConnector({
      baseUrl: server.url,
      now: clock.now,
      sleep: clock.sleep,
      maxRateLimitWaitMs: 1_000,
    });
    server.exhaustBudget();
    const error = await connector.lookup({ handle: MAIN_BSKY_HANDLE, networkId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.resumeAt.toISOString()).toBe('2026-11-24T10:05:00.000Z');
  });

  it('fails clearly on malformed JSON and on a body without a feed', async () => {
    const account = await connector.lookup({ handle: MAIN_BSKY_HANDLE, networkId: null });
    server.injectFault('malformed-json', { match: 'getAuthorFeed' });
    const error = await connector.fetchPosts(account, { cursor: null }).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).toMatch(
      /^bluesky: GET http:\/\/127\.0\.0\.1:\d+\/xrpc\/app\.bsky\.feed\.getAuthorFeed\?actor=.*not valid JSON/,
    );
  });

  it('reports an unknown actor as not found', async () => {
    const error = await connector.lookup({ handle: 'nobody.bsky.social', networkId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect(error.message).toBe('bluesky: account nobody.bsky.social not found');
    const feed = await connector
      .fetchPosts({ apiId: 'did:plc:gone', handle: 'gone.bsky.social' }, { cursor: null })
      .catch((e) => e);
    expect(feed).toBeInstanceOf(AccountNotFoundError);
  });

  it('skips a malformed feed item with its reason and keeps the others', async () => {
    server.injectMalformedItem();
    const { result } = await firstPoll();
    expect(posts(result)).toHaveLength(250);
    expect(result.skipped).toEqual([
      { page: 1, index: 1, reason: `post at://${MAIN_DID}/app.bsky.feed.post/broken: missing \`author\`` },
    ]);
  });
});
