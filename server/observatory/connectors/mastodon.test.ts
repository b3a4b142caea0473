import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlToText } from '../ingest/html.ts';
import type { PostRecord } from '../ingest/records.ts';
import { AccountNotFoundError, type Connector, type FetchResult } from './connector.ts';
import { ConnectorError, RateLimitedError } from './http.ts';
import { createMastodonConnector } from './mastodon.ts';
import { type FakeClock, fakeClock } from './testing/clock.ts';
import { MAIN_HANDLE, type MastodonServer, startMastodonServer } from './testing/mastodon-server.ts';

let server: MastodonServer;
let clock: FakeClock;
let connector: Connector;

beforeEach(async () => {
  clock = fakeClock();
  server = await startMastodonServer({ clock: clock.now });
  connector = createMastodonConnector({ baseUrl: server.url, now: clock.now, sleep: clock.sleep });
});
afterEach(() => server.close());

const posts = (result: FetchResult): PostRecord[] =>
  result.items.flatMap((records) => records.flatMap((r) => (r.type === 'post' ? [r.post] : [])));
const byNumber = (result: FetchResult, n: number) => {
  const id = String(110_000_000_000_000_000n + BigInt(n) * 10n);
  return posts(result).find((p) => new RegExp(`/statuses/${id}(/activity)?$`).test(p.networkPostId));
};

async function firstPoll(options: { maxPages?: number } = {}) {
  const account = await connector.lookup({ handle: MAIN_HANDLE, networkId: null });
  const result = await connector.fetchPosts(account, { cursor: null, ...options });
  return { account, result };
}

describe('mastodon connector', () => {
  it('looks an account up on its instance and observes its counts', async () => {
    const account = await connector.lookup({ handle: '@QuaiDOrsay@diplo.example', networkId: null });
    expect(account).toMatchObject({ apiId: '109000000000000001', networkId: null, handle: MAIN_HANDLE });
    expect(account.observation).toMatchObject({
      followers: 48_210,
      following: 312,
      postsCount: 100,
      displayName: 'France Diplomatie',
    });
    expect(server.requests[0]).toBe('/api/v1/accounts/lookup?acct=QuaiDOrsay');
  });

  it('pages back through the Link header to the end, each status once', async () => {
    const { result } = await firstPoll();
    expect(result.pages).toBe(3);
    expect(result.complete).toBe(true);
    const ids = posts(result).map((p) => p.networkPostId);
    expect(ids).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
    expect(result.cursor).toBe(String(110_000_000_000_000_000n + 1000n));
    expect(server.requests.slice(1)).toEqual([
      '/api/v1/accounts/109000000000000001/statuses?limit=40',
      '/api/v1/accounts/109000000000000001/statuses?limit=40&max_id=110000000000000610',
      '/api/v1/accounts/109000000000000001/statuses?limit=40&max_id=110000000000000210',
    ]);
  });

  it('fetches nothing new on the next poll, then exactly the new status', async () => {
    const { account, result } = await firstPoll();
    const again = await connector.fetchPosts(account, { cursor: result.cursor });
    expect(again.items).toEqual([]);
    expect(again.cursor).toBe(result.cursor);
    server.addStatus();
    const fresh = await connector.fetchPosts(account, { cursor: again.cursor });
    expect(posts(fresh).map((p) => p.networkPostId)).toEqual([
      'https://diplo.example/users/quaidorsay/statuses/110000000000001010',
    ]);
    expect(fresh.cursor).toBe('110000000000001010');
    // A short page is the newest one: no further request.
    expect(server.requests.at(-1)).toBe(
      '/api/v1/accounts/109000000000000001/statuses?limit=40&min_id=110000000000001000',
    );
  });

  it('resumes forward from the cursor when a poll stops at the page limit, leaving no gap', async () => {
    const { account, result } = await firstPoll({ maxPages: 2 });
    expect(posts(result)).toHaveLength(80);
    expect(result.complete).toBe(false);
    for (let i = 0; i < 50; i++) server.addStatus();
    const first = await connector.fetchPosts(account, { cursor: result.cursor, maxPages: 1 });
    expect(first.complete).toBe(false);
    const second = await connector.fetchPosts(account, { cursor: first.cursor, maxPages: 1 });
    const ids = [...posts(first), ...posts(second)].map((p) => p.networkPostId);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(second.complete).toBe(true);
  });

  it('maps boosts, replies, quotes, mentions, hashtags, text and metrics', async () => {
    const { result } = await firstPoll();
    expect(byNumber(result, 10)).toMatchObject({
      kind: 'repost',
      networkPostId: 'https://diplo.example/users/quaidorsay/statuses/110000000000000100/activity',
      repostOf: {
        postId: 'https://social.example/users/eeas/statuses/910',
        account: { handle: 'eeas@social.example' },
      },
    });
    expect(byNumber(result, 10)?.metrics).toBeUndefined();
    expect(byNumber(result, 7)).toMatchObject({
      kind: 'reply',
      replyTo: { postId: null, account: { handle: 'citizen@other.example' } },
    });
    expect(byNumber(result, 9)).toMatchObject({ kind: 'reply', replyTo: { account: { handle: MAIN_HANDLE } } });
    expect(byNumber(result, 11)).toMatchObject({
      kind: 'quote',
      quoteOf: { postId: 'https://social.example/users/eeas/statuses/811', account: { handle: 'eeas@social.example' } },
    });
    expect(byNumber(result, 77)).toMatchObject({
      kind: 'reply',
      quoteOf: { account: { handle: 'eeas@social.example' } },
    });
    const p15 = byNumber(result, 15);
    expect(p15).toMatchObject({
      kind: 'original',
      lang: 'fr',
      text: 'Communiqué n°15 & suite\n\nLigne\ndeux #Diplomatie',
      url: 'https://diplo.example/@quaidorsay/110000000000000150',
      hashtags: ['diplomatie'],
      mentions: [{ handle: 'consulat@diplo.example' }],
      author: { handle: MAIN_HANDLE },
      metrics: { likes: 30, reposts: 2, replies: 0, quotes: null },
    });
    expect(p15?.metrics?.observedAt.getTime()).toBe(clock.now());
    // The boosted account is observed once per poll, with its counts.
    const observations = result.items.flat().filter((r) => r.type === 'account');
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({ account: { handle: 'eeas@social.example', followers: 120_000 } });
  });

  it('waits exactly until the reset time after a 429, then resumes', async () => {
    const account = await connector.lookup({ handle: MAIN_HANDLE, networkId: null });
    server.exhaustBudget();
    const result = await connector.fetchPosts(account, { cursor: null });
    expect(server.tooManySent).toBe(1);
    // The 5-minute window is aligned on the epoch: the reset is at 10:05:00 and the clock is at 10:00:00.
    expect(clock.waits).toEqual([5 * 60_000]);
    expect(posts(result)).toHaveLength(100);
  });

  it('pauses before the reset when the budget is spent, without drawing a 429', async () => {
    await server.close();
    server = await startMastodonServer({ clock: clock.now, budget: { limit: 2, windowMs: 60_000, aligned: true } });
    connector = createMastodonConnector({ baseUrl: server.url, now: clock.now, sleep: clock.sleep });
    const { result } = await firstPoll();
    expect(posts(result)).toHaveLength(100);
    expect(server.tooManySent).toBe(0);
    expect(clock.waits).toEqual([60_000]);
  });

  it('gives up with the resume time when the wait is longer than accepted', async () => {
    connector = createMastodonConnector({
      baseUrl: server.url,
      now: clock.now,
      sleep: clock.sleep,
      maxRateLimitWaitMs: 60_000,
    });
    server.exhaustBudget();
    const error = await connector.lookup({ handle: MAIN_HANDLE, networkId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.resumeAt.toISOString()).toBe('2026-11-24T10:05:00.000Z');
    expect(error.message).toMatch(/^mastodon: rate limited until 2026-11-24T10:05:00.000Z/);
    expect(clock.waits).toEqual([]);
  });

  it('fails clearly on malformed JSON, naming the URL', async () => {
    const account = await connector.lookup({ handle: MAIN_HANDLE, networkId: null });
    server.injectFault('malformed-json', { match: '/statuses' });
    const error = await connector.fetchPosts(account, { cursor: null }).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.code).toBe('malformed');
    expect(error.message).toContain(`GET ${server.url}/api/v1/accounts/109000000000000001/statuses?limit=40`);
    expect(error.message).toContain('not valid JSON');
  });

  it('retries a cut-off body and a 503 with backoff, and fails after the retries', async () => {
    const account = await connector.lookup({ handle: MAIN_HANDLE, networkId: null });
    server.injectFault('truncated', { match: '/statuses' });
    server.injectFault('server-error', { match: '/statuses' });
    const result = await connector.fetchPosts(account, { cursor: null });
    expect(posts(result)).toHaveLength(100);
    expect(clock.waits).toEqual([1_000, 2_000]);
    server.injectFault('server-error', { match: '/statuses', times: 10 });
    const error = await connector.fetchPosts(account, { cursor: null }).catch((e) => e);
    expect(error.message).toMatch(/answered 503 4 times/);
  });

  it('reports an unknown account as not found', async () => {
    const error = await connector.lookup({ handle: 'nobody@diplo.example', networkId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect(error.message).toBe('mastodon: account @nobody@diplo.example not found');
    await expect(connector.lookup({ handle: 'no-instance', networkId: null })).rejects.toThrow(/user@instance/);
  });

  it('skips a malformed status with its reason and keeps the others', async () => {
    server.injectMalformedItem();
    const { result } = await firstPoll();
    expect(posts(result)).toHaveLength(100);
    expect(result.skipped).toEqual([{ page: 1, index: 1, reason: 'status 110000000000000995: missing `created_at`' }]);
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, drops tags and decodes entities', () => {
    expect(
      htmlToText('<p>A &amp; B&#39;s <span class="invisible">https://</span>x.org</p><p>C<br/>D &#x1F600;</p>'),
    ).toBe("A & B's https://x.org\n\nC\nD 😀");
  });
});
