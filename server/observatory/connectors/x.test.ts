import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostRecord } from '../ingest/records.ts';
import { AccountNotFoundError, type Connector, type FetchResult } from './connector.ts';
import { ConnectorError, RateLimitedError } from './http.ts';
import { type FakeClock, fakeClock } from './testing/clock.ts';
import {
  MAIN_X_ID,
  MAIN_X_USERNAME,
  RETWEET_OF_DELETED,
  startXServer,
  X_TOKEN,
  type XServer,
} from './testing/x-server.ts';
import { createXConnector } from './x.ts';

let server: XServer;
let clock: FakeClock;
let connector: Connector;

beforeEach(async () => {
  clock = fakeClock();
  server = await startXServer({ clock: clock.now });
  connector = createXConnector({ baseUrl: server.url, bearerToken: X_TOKEN, now: clock.now, sleep: clock.sleep });
});
afterEach(() => server.close());

const tweetId = (n: number) => String(1_850_000_000_000_000_000n + BigInt(n) * 1000n);
const posts = (result: FetchResult): PostRecord[] =>
  result.items.flatMap((records) => records.flatMap((r) => (r.type === 'post' ? [r.post] : [])));
const byNumber = (result: FetchResult, n: number) => posts(result).find((p) => p.networkPostId === tweetId(n));

async function firstPoll(options: { maxPages?: number } = {}) {
  const account = await connector.lookup({ handle: MAIN_X_USERNAME, networkId: null });
  const result = await connector.fetchPosts(account, { cursor: null, ...options });
  return { account, result };
}

describe('x connector', () => {
  it('looks a user up by username, or by id once known', async () => {
    const account = await connector.lookup({ handle: '@FranceDiplo', networkId: null });
    expect(account).toMatchObject({ apiId: MAIN_X_ID, networkId: MAIN_X_ID, handle: 'francediplo' });
    expect(account.observation).toMatchObject({
      followers: 1_650_000,
      following: 900,
      postsCount: 230,
      verified: true,
    });
    await connector.lookup({ handle: 'renamed', networkId: MAIN_X_ID });
    expect(server.requests).toEqual([
      '/2/users/by/username/FranceDiplo?user.fields=public_metrics%2Cverified%2Ccreated_at',
      `/2/users/${MAIN_X_ID}?user.fields=public_metrics%2Cverified%2Ccreated_at`,
    ]);
  });

  it('pages with next_token to the end, each tweet once', async () => {
    const { result } = await firstPoll();
    const ids = posts(result).map((p) => p.networkPostId);
    expect(ids).toHaveLength(230);
    expect(new Set(ids).size).toBe(230);
    expect(result.pages).toBe(3);
    expect(result.complete).toBe(true);
    expect(result.cursor).toBe(tweetId(230));
  });

  it('fetches nothing new on the next poll, then exactly the new tweet', async () => {
    const { account, result } = await firstPoll();
    const again = await connector.fetchPosts(account, { cursor: result.cursor });
    expect(again.items).toEqual([]);
    expect(again.cursor).toBe(result.cursor);
    expect(server.requests.at(-1)).toContain(`since_id=${tweetId(230)}`);
    server.addTweet();
    const fresh = await connector.fetchPosts(account, { cursor: again.cursor });
    expect(posts(fresh).map((p) => p.networkPostId)).toEqual([tweetId(231)]);
    expect(fresh.cursor).toBe(tweetId(231));
  });

  it('maps retweets, replies, quotes, mentions, hashtags and metrics, observing included users once', async () => {
    const { result } = await firstPoll();
    expect(byNumber(result, 10)).toMatchObject({
      kind: 'repost',
      repostOf: {
        postId: String(1_850_000_000_000_000_007n + 10_000n),
        account: { networkId: '1000000000000000002', handle: 'eu_eeas' },
      },
    });
    // A retweet's "RT @…" text and counts are the original's, not the account's own.
    expect(byNumber(result, 10)?.text).toBeUndefined();
    expect(byNumber(result, 10)?.metrics).toBeUndefined();
    expect(byNumber(result, 7)).toMatchObject({
      kind: 'reply',
      text: '@citizen Merci 7',
      replyTo: { account: { networkId: '1000000000000000003', handle: 'citizen' } },
      mentions: [{ networkId: '1000000000000000003', handle: 'citizen' }],
    });
    expect(byNumber(result, 11)).toMatchObject({ kind: 'quote', quoteOf: { account: { handle: 'eu_eeas' } } });
    expect(byNumber(result, 77)).toMatchObject({ kind: 'reply', quoteOf: { account: { handle: 'eu_eeas' } } });
    expect(byNumber(result, 15)).toMatchObject({
      kind: 'original',
      lang: 'fr',
      hashtags: ['Diplomatie'],
      url: `https://x.com/francediplo/status/${tweetId(15)}`,
      author: { networkId: MAIN_X_ID, handle: 'francediplo' },
      metrics: { likes: 30, reposts: 2, replies: 0, quotes: 0, views: 1500 },
    });
    const observed = result.items.flat().flatMap((r) => (r.type === 'account' ? [r.account] : []));
    expect(observed.map((a) => a.handle).sort()).toEqual(['citizen', 'eu_eeas']);
    expect(observed.find((a) => a.handle === 'eu_eeas')).toMatchObject({ followers: 400_000, verified: true });
  });

  it('keeps a retweet of a deleted tweet and reports the partial error as a warning', async () => {
    const { result } = await firstPoll();
    expect(byNumber(result, RETWEET_OF_DELETED)).toMatchObject({ kind: 'repost', repostOf: { account: null } });
    expect(result.warnings).toEqual([
      `Not Found Error: Could not find tweet with referenced_tweets.id: [${String(1_850_000_000_000_000_007n + 130_000n)}].`,
    ]);
  });

  it('waits until x-rate-limit-reset after a 429, then resumes', async () => {
    const account = await connector.lookup({ handle: MAIN_X_USERNAME, networkId: null });
    server.exhaustBudget();
    const result = await connector.fetchPosts(account, { cursor: null });
    expect(server.tooManySent).toBe(1);
    expect(clock.waits).toEqual([15 * 60_000]);
    expect(posts(result)).toHaveLength(230);
  });

  it('gives up with the resume time when the reset is further than accepted', async () => {
    connector = createXConnector({
      baseUrl: server.url,
      bearerToken: X_TOKEN,
      now: clock.now,
      sleep: clock.sleep,
      maxRateLimitWaitMs: 60_000,
    });
    server.exhaustBudget();
    const error = await connector.lookup({ handle: MAIN_X_USERNAME, networkId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.resumeAt.toISOString()).toBe('2026-11-24T10:15:00.000Z');
  });

  it('fails clearly on malformed JSON, a refused token and a forbidden endpoint', async () => {
    const account = await connector.lookup({ handle: MAIN_X_USERNAME, networkId: null });
    server.injectFault('malformed-json', { match: '/tweets' });
    const malformed = await connector.fetchPosts(account, { cursor: null }).catch((e) => e);
    expect(malformed).toBeInstanceOf(ConnectorError);
    expect(malformed.message).toMatch(
      /^x: GET http:\/\/127\.0\.0\.1:\d+\/2\/users\/1000000000000000001\/tweets\?.*not valid JSON/,
    );

    const wrongToken = createXConnector({
      baseUrl: server.url,
      bearerToken: 'expired',
      now: clock.now,
      sleep: clock.sleep,
    });
    await expect(wrongToken.lookup({ handle: MAIN_X_USERNAME, networkId: null })).rejects.toThrow(
      'x: the bearer token was refused (401 Unauthorized): check X_BEARER_TOKEN',
    );
    server.forbidden = true;
    await expect(connector.lookup({ handle: MAIN_X_USERNAME, networkId: null })).rejects.toThrow(
      /^x: access refused \(403 Client Forbidden: When authenticating/,
    );
    expect(() => createXConnector({ baseUrl: server.url })).toThrow(/bearer token is required/);
  });

  it('reports an unknown user as not found', async () => {
    const error = await connector.lookup({ handle: 'nobody_here', networkId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect(error.message).toBe('x: account @nobody_here not found');
    const timeline = await connector.fetchPosts({ apiId: '42', handle: 'gone' }, { cursor: null }).catch((e) => e);
    expect(timeline).toBeInstanceOf(AccountNotFoundError);
    await expect(connector.lookup({ handle: 'not a username!', networkId: null })).rejects.toThrow(
      /not a valid X username/,
    );
  });

  it('skips a malformed tweet with its reason and keeps the others', async () => {
    server.injectMalformedItem();
    const { result } = await firstPoll();
    expect(posts(result)).toHaveLength(230);
    expect(result.skipped).toEqual([
      { page: 1, index: 1, reason: `tweet ${String(BigInt(tweetId(230)) - 5n)}: missing \`created_at\`` },
    ]);
  });
});
