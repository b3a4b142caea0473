import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import type { Network } from '../../db/schema.ts';
import { createTestDatabase } from '../../test/db.ts';
import { createBlueskyConnector } from './bluesky.ts';
import type { Connector, ConnectorOptions, PolledNetwork } from './connector.ts';
import { createMastodonConnector } from './mastodon.ts';
import { pollAccount, pollDueAccounts } from './poll.service.ts';
import { MAIN_BSKY_HANDLE, startBlueskyServer } from './testing/bluesky-server.ts';
import { type FakeClock, fakeClock } from './testing/clock.ts';
import type { JsonServer } from './testing/json-server.ts';
import { MAIN_HANDLE, startMastodonServer } from './testing/mastodon-server.ts';
import { MAIN_X_USERNAME, startXServer, X_TOKEN } from './testing/x-server.ts';
import { createXConnector } from './x.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

interface NetworkCase {
  network: PolledNetwork;
  name: string;
  handle: string;
  total: number;
  /** Wait after a 429 at 10:00:00: until each network's window resets. */
  rateLimitWait: number;
  /** Matches the second page's request only. */
  secondPage: string;
  start(clock: FakeClock): Promise<JsonServer & { addPost(): void; injectMalformedItem(): void }>;
  connector(options: ConnectorOptions): Connector;
}

const CASES: NetworkCase[] = [
  {
    network: 'mastodon',
    name: 'Mastodon',
    handle: MAIN_HANDLE,
    total: 100,
    rateLimitWait: 5 * 60_000,
    secondPage: 'max_id=',
    start: async (clock) => {
      const server = await startMastodonServer({ clock: clock.now });
      return Object.assign(server, { addPost: () => server.addStatus() });
    },
    connector: createMastodonConnector,
  },
  {
    network: 'bluesky',
    name: 'Bluesky',
    handle: MAIN_BSKY_HANDLE,
    total: 250,
    rateLimitWait: 5 * 60_000,
    secondPage: 'cursor=',
    start: (clock) => startBlueskyServer({ clock: clock.now }),
    connector: createBlueskyConnector,
  },
  {
    network: 'x',
    name: 'X',
    handle: MAIN_X_USERNAME.toLowerCase(),
    total: 230,
    rateLimitWait: 15 * 60_000,
    secondPage: 'pagination_token=',
    start: async (clock) => {
      const server = await startXServer({ clock: clock.now });
      return Object.assign(server, { addPost: () => server.addTweet() });
    },
    connector: (options) => createXConnector({ ...options, bearerToken: X_TOKEN }),
  },
];

async function track(network: Network, handle: string, tracked = true): Promise<number> {
  const row = await database.db
    .insertInto('obs_accounts')
    .values({
      network,
      handle,
      network_id: null,
      display_name: null,
      actor_id: null,
      tracked,
      updated_at: new Date('2026-01-01T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const account = (id: number) =>
  database.db.selectFrom('obs_accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const postCount = async (id: number) =>
  (
    await database.db
      .selectFrom('obs_posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', id)
      .executeTakeFirstOrThrow()
  ).n;
const run = (id: string | null) =>
  database.db.selectFrom('obs_import_runs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();

beforeEach(async () => {
  await database.db.deleteFrom('obs_accounts').execute();
  await database.db.deleteFrom('obs_import_runs').execute();
});

describe.each(CASES)('polling $name accounts', (c) => {
  let clock: FakeClock;
  let server: Awaited<ReturnType<NetworkCase['start']>>;
  let connectors: Partial<Record<PolledNetwork, Connector>>;
  beforeEach(async () => {
    clock = fakeClock();
    server = await c.start(clock);
    connectors = { [c.network]: c.connector({ baseUrl: server.url, now: clock.now, sleep: clock.sleep }) };
  });
  afterEach(() => server.close());
  const deps = () => ({ database, connectors, now: () => new Date(clock.now()) });

  it('ingests every post once, then nothing, then exactly the new post', async () => {
    const id = await track(c.network, c.handle);
    const first = await pollAccount(deps(), id);
    expect(first).toMatchObject({ status: 'done', read: c.total, added: c.total, updated: 0, skipped: 0, error: null });
    expect(await postCount(id)).toBe(c.total);
    const row = await account(id);
    expect(row).toMatchObject({ poll_error: null, poll_cursor: first.cursor, followers: expect.any(Number) });
    expect(row.last_polled_at?.getTime()).toBe(clock.now());
    if (c.network !== 'mastodon') expect(row.network_id).not.toBeNull();
    // The interaction graph gets every kind, towards accounts kept as unregistered ones.
    const kinds = await database.db
      .selectFrom('obs_interactions')
      .select('kind')
      .distinct()
      .where('account_id', '=', id)
      .execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['mention', 'quote', 'reply', 'repost']);
    const others = await database.db.selectFrom('obs_accounts').select('tracked').where('id', '<>', id).execute();
    expect(others.length).toBeGreaterThanOrEqual(2);
    expect(others.every((o) => !o.tracked)).toBe(true);
    expect(await run(first.runId)).toMatchObject({
      kind: `poll-${c.network}`,
      source: c.handle,
      status: 'done',
      read: c.total,
      added: c.total,
      message: expect.stringMatching(/^\d+ pages read$/),
    });
    const second = await pollAccount(deps(), id);
    expect(second).toMatchObject({ status: 'done', read: 0, added: 0, updated: 0 });
    server.addPost();
    const third = await pollAccount(deps(), id);
    expect(third).toMatchObject({ status: 'done', read: 1, added: 1 });
    expect(await postCount(id)).toBe(c.total + 1);
  });

  it('waits out a 429 and completes the poll', async () => {
    const id = await track(c.network, c.handle);
    server.exhaustBudget();
    const outcome = await pollAccount(deps(), id);
    expect(outcome).toMatchObject({ status: 'done', added: c.total });
    expect(clock.waits).toEqual([c.rateLimitWait]);
  });

  it('writes nothing when a page is malformed JSON, and says why on the account', async () => {
    const id = await track(c.network, c.handle);
    server.injectFault('malformed-json', { match: c.secondPage });
    const outcome = await pollAccount(deps(), id);
    expect(outcome.status).toBe('failed');
    expect(await postCount(id)).toBe(0);
    const row = await account(id);
    expect(row.poll_cursor).toBeNull();
    expect(row.poll_error).toMatch(
      new RegExp(`^${c.network}: GET http://127\\.0\\.0\\.1:\\d+/.*the answer is not valid JSON`),
    );
    expect(await run(outcome.runId)).toMatchObject({ status: 'failed', message: row.poll_error, added: 0 });
    // The next poll, the network healthy again, ingests everything.
    expect(await pollAccount(deps(), id)).toMatchObject({ status: 'done', added: c.total });
  });

  it('marks an unknown account and leaves it alone until it is edited', async () => {
    const id = await track(c.network, c.network === 'mastodon' ? 'nobody@diplo.example' : 'nobody_here');
    const outcome = await pollAccount(deps(), id);
    expect(outcome).toMatchObject({ status: 'not_found', error: `account not found on ${c.name}` });
    expect((await account(id)).poll_error).toBe(`account not found on ${c.name}`);
    const later = new Date(clock.now() + 2 * 3_600_000);
    expect((await pollDueAccounts(deps(), { now: later })).outcomes).toEqual([]);
    await database.db
      .updateTable('obs_accounts')
      .set({ updated_at: new Date(clock.now() + 60_000) })
      .where('id', '=', id)
      .execute();
    expect((await pollDueAccounts(deps(), { now: later })).outcomes.map((o) => o.accountId)).toEqual([id]);
  });

  it('skips a malformed item, counts it and keeps its reason on the run', async () => {
    const id = await track(c.network, c.handle);
    server.injectMalformedItem();
    const outcome = await pollAccount(deps(), id);
    expect(outcome).toMatchObject({ status: 'done', added: c.total, skipped: 1, read: c.total + 1 });
    const row = await run(outcome.runId);
    expect(row.skipped).toBe(1);
    expect(row.errors[0]?.reason).toMatch(/^page 1, item 2: .*missing `(created_at|author)`$/);
  });
});

describe('pollDueAccounts', () => {
  let clock: FakeClock;
  let servers: JsonServer[];
  let connectors: Partial<Record<PolledNetwork, Connector>>;
  beforeEach(async () => {
    clock = fakeClock();
    const [mastodon, bluesky, x] = await Promise.all([
      startMastodonServer({ clock: clock.now }),
      startBlueskyServer({ clock: clock.now }),
      startXServer({ clock: clock.now }),
    ]);
    servers = [mastodon, bluesky, x];
    const options = { now: clock.now, sleep: clock.sleep, maxRateLimitWaitMs: 60_000 };
    connectors = {
      mastodon: createMastodonConnector({ ...options, baseUrl: mastodon.url }),
      bluesky: createBlueskyConnector({ ...options, baseUrl: bluesky.url }),
      x: createXConnector({ ...options, baseUrl: x.url, bearerToken: X_TOKEN }),
    };
  });
  afterEach(() => Promise.all(servers.map((s) => s.close())));
  const deps = () => ({ database, connectors, now: () => new Date(clock.now()) });

  it('polls the tracked accounts that are due, least recently polled first', async () => {
    const x = await track('x', 'francediplo');
    const mastodon = await track('mastodon', MAIN_HANDLE);
    const bluesky = await track('bluesky', MAIN_BSKY_HANDLE);
    await track('mastodon', 'consulat@diplo.example', false);
    await track('facebook', 'francediplomatie');
    await database.db
      .updateTable('obs_accounts')
      .set({ last_polled_at: new Date('2026-11-24T08:00:00Z') })
      .where('id', '=', x)
      .execute();

    const first = await pollDueAccounts(deps(), { minIntervalMs: 3_600_000 });
    expect(first.outcomes.map((o) => [o.accountId, o.status])).toEqual([
      [mastodon, 'done'],
      [bluesky, 'done'],
      [x, 'done'],
    ]);
    expect((await pollDueAccounts(deps(), { minIntervalMs: 3_600_000 })).outcomes).toEqual([]);
    clock.advance(3_600_000);
    const again = await pollDueAccounts(deps(), { minIntervalMs: 3_600_000, limit: 2 });
    // All polled at the same time: by id.
    expect(again.outcomes.map((o) => [o.accountId, o.added])).toEqual([
      [x, 0],
      [mastodon, 0],
    ]);
  });

  it('stops polling a network that is rate limited and says when to come back', async () => {
    const first = await track('x', 'francediplo');
    const second = await track('x', 'eu_eeas');
    const mastodon = await track('mastodon', MAIN_HANDLE);
    (servers[2] as JsonServer).exhaustBudget();
    const result = await pollDueAccounts(deps(), {});
    expect(result.outcomes.map((o) => [o.accountId, o.status])).toEqual([
      [first, 'rate_limited'],
      [mastodon, 'done'],
    ]);
    expect(result.rateLimited.x?.toISOString()).toBe('2026-11-24T10:15:00.000Z');
    const row = await account(first);
    expect(row.poll_error).toBe('rate limited by X until 2026-11-24T10:15:00.000Z');
    // Not the account's fault: it stays first in line; the other X account was not touched.
    expect(row.last_polled_at).toBeNull();
    expect((await account(second)).poll_error).toBeNull();
  });

  it('refuses to give a tracked account a network id another account row already holds', async () => {
    const unregistered = await database.db
      .insertInto('obs_accounts')
      .values({ network: 'x', network_id: '1000000000000000001', handle: null, display_name: null, actor_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const x = await track('x', 'francediplo');
    const outcome = await pollAccount(deps(), x);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      `X id 1000000000000000001 already belongs to account #${unregistered.id}: attach that account to the actor instead`,
    );
    expect(await postCount(unregistered.id)).toBe(0);
  });

  it('says in the run when a poll stopped at the page limit', async () => {
    const limited = {
      ...connectors,
      mastodon: createMastodonConnector({ baseUrl: servers[0]!.url, now: clock.now, maxPages: 1 }),
    };
    const id = await track('mastodon', MAIN_HANDLE);
    const first = await pollAccount({ ...deps(), connectors: limited }, id);
    expect(first.added).toBe(40);
    expect((await run(first.runId)).message).toBe(
      '1 page read; older posts are beyond the page limit and were not fetched',
    );
  });

  it('explains why an account on a network without connector is not polled', async () => {
    const facebook = await track('facebook', 'francediplomatie');
    expect(await pollAccount(deps(), facebook)).toMatchObject({
      status: 'not_configured',
      error: 'Facebook accounts cannot be polled: import their data from files',
    });
    const x = await track('x', 'francediplo');
    const withoutX = { ...deps(), connectors: { mastodon: connectors.mastodon } };
    expect((await pollAccount(withoutX, x)).error).toBe('polling X is not configured: set X_BEARER_TOKEN');
    const runs = await database.db
      .selectFrom('obs_import_runs')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(runs.n)).toBe(0);
  });
});
