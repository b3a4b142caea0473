import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { makeUser, PASSWORD } from '../../test/factories.ts';
import { MAIN_HANDLE, type MastodonServer, startMastodonServer } from '../connectors/testing/mastodon-server.ts';
import { JOBS } from '../jobs/observatory-jobs.ts';
import { jobRunnerFor } from '../jobs/runner.ts';
import { startObservatoryScheduler } from '../jobs/scheduler.ts';

// The header of a real minet export (../shared/data/format-sample-minet-tweets.csv) and three tweets.
const HEADER =
  'id,timestamp_utc,local_time,user_screen_name,text,possibly_sensitive,retweet_count,like_count,reply_count,impression_count,lang,to_username,to_userid,to_tweetid,source_name,source_url,user_location,lat,lng,user_id,user_name,user_verified,user_verified_type,user_is_blue_verified,user_description,user_url,user_image,user_tweets,user_followers,user_friends,user_likes,user_lists,user_created_at,user_timestamp_utc,collected_via,match_query,retweeted_id,retweeted_user,retweeted_user_id,retweeted_timestamp_utc,quoted_id,quoted_user,quoted_user_id,quoted_timestamp_utc,collection_time,url,place_country_code,place_name,place_type,place_coordinates,links,domains,media_urls,media_files,media_types,media_alt_texts,mentioned_names,mentioned_ids,hashtags';
const columns = HEADER.split(',');

function row(values: Record<string, string>): string {
  return columns
    .map((c) => {
      const v = values[c] ?? '';
      return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
    })
    .join(',');
}

const author = {
  user_screen_name: 'francediplo',
  user_id: '1000001',
  user_name: 'France Diplomatie',
  user_tweets: '41000',
  user_followers: '230000',
  user_friends: '900',
  collection_time: '2026-10-02T09:00:00',
};
const minetCsv = [
  HEADER,
  row({
    ...author,
    id: '1840000000000000001',
    timestamp_utc: '1727770000',
    local_time: '2024-10-01T08:06:40',
    text: 'La France soutient le multilatéralisme, avec @UN. #ONU',
    lang: 'fr',
    retweet_count: '120',
    like_count: '480',
    reply_count: '31',
    mentioned_names: 'un',
    mentioned_ids: '14159148',
    hashtags: 'onu',
  }),
  row({
    ...author,
    id: '1840000000000000002',
    timestamp_utc: '1727773600',
    local_time: '2024-10-01T09:06:40',
    text: '@citizen Merci, voici la page consulaire.',
    lang: 'fr',
    like_count: '12',
    to_username: 'citizen',
    to_userid: '2000002',
    to_tweetid: '1839999999999999999',
  }),
  row({
    ...author,
    id: '1840000000000000003',
    timestamp_utc: '1727777200',
    local_time: '2024-10-01T10:06:40',
    text: 'RT @EU_Commission: Joint statement',
    lang: 'en',
    retweeted_id: '1839000000000000000',
    retweeted_user: 'EU_Commission',
    retweeted_user_id: '157981564',
  }),
].join('\n');

let t: TestApp;
let dataDir: string;
let editor: Client;
let mastodon: MastodonServer;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-imports-'));
  // A local Mastodon instance answering as the real API documents (connectors/testing).
  mastodon = await startMastodonServer();
  t = await createTestApp({ env: { DATA_DIR: dataDir, IMPORT_MAX_MB: '1', MASTODON_BASE_URL: mastodon.url } });
  editor = await signIn({ audience: 'agent', roles: ['editor'] });
});
afterAll(async () => {
  await t.close();
  await mastodon.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(options: Parameters<typeof makeUser>[1] = {}): Promise<Client> {
  const user = await makeUser(t.database.db, { no2fa: true, ...options });
  const c = await new Client(t.app).start();
  expect((await c.post('/api/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(200);
  return c;
}

function upload(c: Client, body: string | Buffer, query: string, contentType = 'text/csv') {
  return c.request({
    method: 'POST',
    url: `/api/observatory/imports?${query}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
}

const whenIdle = () => jobRunnerFor(t.database).whenIdle();
const leftUploads = () => readdirSync(path.join(dataDir, 'imports'));

describe('file imports', () => {
  it('accepts an upload (202), imports it in the background, then rescores', async () => {
    const res = await upload(editor, minetCsv, 'kind=minet-csv&filename=tweets.csv');
    expect(res.statusCode).toBe(202);
    const run = res.json();
    expect(run).toMatchObject({ kind: 'minet-csv', source: 'tweets.csv', status: 'running', finishedAt: null });
    expect(res.headers.location).toBe(`/api/observatory/imports/${run.id}`);

    await whenIdle();
    const done = (await editor.get(`/api/observatory/imports/${run.id}`)).json();
    expect(done).toMatchObject({
      id: run.id,
      status: 'done',
      read: 3,
      added: 3,
      skipped: 0,
      errors: [],
      message: null,
    });
    expect(done.finishedAt).not.toBeNull();
    const posts = await t.database.db.selectFrom('obs_posts').select('network_post_id').execute();
    expect(posts.map((p) => p.network_post_id).sort()).toEqual([
      '1840000000000000001',
      '1840000000000000002',
      '1840000000000000003',
    ]);
    // Scored after the import; the uploaded file is gone; no job is left behind.
    const scored = await t.database.db
      .selectFrom('obs_settings')
      .select('value')
      .where('key', '=', 'last_scored_at')
      .executeTakeFirst();
    expect(scored).toBeDefined();
    expect(leftUploads()).toEqual([]);
    expect(await t.database.db.selectFrom('jobs').selectAll().execute()).toEqual([]);

    const list = (await editor.get('/api/observatory/imports')).json();
    expect(list.items[0]).toMatchObject({ id: run.id, status: 'done' });
  });

  it('adds nothing when the same file comes again', async () => {
    const res = await upload(editor, minetCsv, 'kind=minet-csv&filename=again.csv', 'application/octet-stream');
    expect(res.statusCode).toBe(202);
    await whenIdle();
    const again = (await editor.get(`/api/observatory/imports/${res.json().id}`)).json();
    expect(again).toMatchObject({ status: 'done', read: 3, added: 0 });
  });

  it('fails a file with the wrong columns with a clear message, and keeps working after it', async () => {
    const res = await upload(editor, 'tweet,author\n1,someone\n', 'kind=minet-csv&filename=wrong.csv');
    expect(res.statusCode).toBe(202);
    await whenIdle();
    const failed = (await editor.get(`/api/observatory/imports/${res.json().id}`)).json();
    expect(failed.status).toBe('failed');
    expect(failed.message).toMatch(/^minet-csv: .*id/);
    expect(failed.finishedAt).not.toBeNull();
    expect(leftUploads()).toEqual([]);
    expect(await t.database.db.selectFrom('obs_posts').select('network_post_id').execute()).toHaveLength(3);
  });

  it('records a job that cannot run as a failed run, and goes on with the next one', async () => {
    const runner = jobRunnerFor(t.database);
    const run = await t.database.db
      .insertInto('obs_import_runs')
      .values({ kind: 'minet-csv', source: 'lost.csv' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await runner.enqueue({
      kind: JOBS.import,
      payload: {
        runId: run.id,
        kind: 'minet-csv',
        file: path.join(dataDir, 'imports', 'gone.upload'),
        source: 'lost.csv',
      },
    });
    const next = await upload(editor, minetCsv.replaceAll('18400000000000000', '18500000000000000'), 'kind=minet-csv');
    await whenIdle();
    const lost = (await editor.get(`/api/observatory/imports/${run.id}`)).json();
    expect(lost.status).toBe('failed');
    expect(lost.message).toContain('no longer on this server');
    expect((await editor.get(`/api/observatory/imports/${next.json().id}`)).json()).toMatchObject({
      status: 'done',
      added: 3,
      source: 'upload (minet-csv)',
    });
    // The failed job is kept for operators, with its error.
    const jobs = await t.database.db.selectFrom('jobs').select(['kind', 'last_error', 'failed_at']).execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.last_error).toContain('no longer on this server');
  });

  it('refuses empty, oversized and unknown uploads with 4xx, leaving nothing on disk', async () => {
    const empty = await upload(editor, '', 'kind=minet-csv');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('ERR_EMPTY_FILE');

    const big = await upload(editor, Buffer.alloc(1024 * 1024 + 10, 'a'), 'kind=minet-csv');
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('ERR_PAYLOAD_TOO_LARGE');

    const kind = await upload(editor, minetCsv, 'kind=excel');
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors[0].field).toBe('querystring.kind');

    const type = await upload(editor, minetCsv, 'kind=minet-csv', 'text/plain');
    expect(type.statusCode).toBe(415);

    expect(leftUploads()).toEqual([]);
    expect((await editor.get('/api/observatory/imports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('describes the raw-file upload in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const upload = doc.paths['/api/observatory/imports'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(
      expect.arrayContaining(['text/csv', 'application/octet-stream']),
    );
    expect(upload.tags).toEqual(['observatory-imports']);
    expect(Object.keys(doc.paths['/api/observatory/accounts/{id}/poll'].post.responses)).toContain('202');
  });

  it('lets only editors upload or read runs', async () => {
    const visitor = await new Client(t.app).start();
    const company = await signIn({ audience: 'company' });
    const agent = await signIn({ audience: 'agent' });
    for (const [who, status] of [
      [visitor, 401],
      [company, 403],
      [agent, 403],
    ] as const) {
      expect((await upload(who, minetCsv, 'kind=minet-csv')).statusCode).toBe(status);
      expect((await who.get('/api/observatory/imports')).statusCode).toBe(status);
    }
    expect(leftUploads()).toEqual([]);
    // Without the CSRF token, an editor's upload is refused too, and its file removed.
    const noToken = await editor.request({
      method: 'POST',
      url: '/api/observatory/imports?kind=minet-csv',
      headers: { 'content-type': 'text/csv', 'x-csrf-token': 'forged' },
      payload: minetCsv,
    });
    expect(noToken.statusCode).toBe(403);
    expect(leftUploads()).toEqual([]);
  });
});

/** Registers an account, or tracks the one already met in imported data (the 409 way). */
async function registerAccount(network: string, handle: string, tracked = true): Promise<number> {
  const res = await editor.post('/api/observatory/registry/accounts', { network, handle, tracked });
  if (res.statusCode === 201) return res.json().id;
  expect(res.json().code).toBe('ERR_ACCOUNT_EXISTS');
  const { id } = await t.database.db
    .selectFrom('obs_accounts')
    .select('id')
    .where('network', '=', network as 'x')
    .where('handle', '=', handle)
    .executeTakeFirstOrThrow();
  expect(res.json().detail).toContain(`n° ${id}`);
  expect((await editor.patch(`/api/observatory/registry/accounts/${id}`, { tracked })).statusCode).toBe(200);
  return id;
}

const pollRuns = () =>
  t.database.db
    .selectFrom('obs_import_runs')
    .select(['id', 'source', 'status'])
    .where('kind', '=', 'poll-mastodon')
    .execute();

describe('polls', () => {
  it('polls an account on demand (202), in the background, as one run, then rescores', async () => {
    const id = await registerAccount('mastodon', MAIN_HANDLE);
    const [first, again] = await Promise.all([
      editor.post(`/api/observatory/accounts/${id}/poll`),
      editor.post(`/api/observatory/accounts/${id}/poll`),
    ]);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ kind: 'poll-mastodon', source: MAIN_HANDLE, status: 'running' });
    // Asked twice while the first is queued or running: the same run.
    expect(again.json().id).toBe(first.json().id);

    await whenIdle();
    const run = (await editor.get(`/api/observatory/imports/${first.json().id}`)).json();
    expect(run).toMatchObject({ status: 'done', read: 100, message: '3 pages read' });
    expect(run.added).toBeGreaterThan(0);
    expect(await pollRuns()).toEqual([{ id: run.id, source: MAIN_HANDLE, status: 'done' }]);
    const account = await t.database.db
      .selectFrom('obs_accounts')
      .select(['followers', 'last_polled_at', 'poll_error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ followers: 48_210, poll_error: null });
    expect(account.last_polled_at).toBeInstanceOf(Date);
    const scoredAt = await t.database.db
      .selectFrom('obs_settings')
      .select('value')
      .where('key', '=', 'last_scored_at')
      .executeTakeFirstOrThrow();
    expect(new Date(scoredAt.value as string).getTime()).toBeGreaterThanOrEqual(new Date(run.finishedAt).getTime());
  });

  it('records an account the network does not know as a failed run', async () => {
    const id = await registerAccount('mastodon', `nobody@${mastodon.domain}`);
    const res = await editor.post(`/api/observatory/accounts/${id}/poll`);
    expect(res.statusCode).toBe(202);
    await whenIdle();
    const run = (await editor.get(`/api/observatory/imports/${res.json().id}`)).json();
    expect(run).toMatchObject({ status: 'failed', message: 'account not found on Mastodon' });
  });

  it('refuses at once what cannot be polled: no connector, no X token, unknown account, not an editor', async () => {
    const facebook = await registerAccount('facebook', 'francediplomatie');
    const noConnector = await editor.post(`/api/observatory/accounts/${facebook}/poll`);
    expect(noConnector.statusCode).toBe(400);
    expect(noConnector.json()).toMatchObject({ code: 'ERR_NO_CONNECTOR' });
    expect(noConnector.json().detail).toContain('facebook');

    const x = await registerAccount('x', 'quai_dorsay');
    const noToken = await editor.post(`/api/observatory/accounts/${x}/poll`);
    expect(noToken.statusCode).toBe(409);
    expect(noToken.json()).toMatchObject({ code: 'ERR_CONNECTOR_NOT_CONFIGURED' });
    expect(noToken.json().detail).toContain('X_BEARER_TOKEN');

    expect((await editor.post('/api/observatory/accounts/999999999/poll')).statusCode).toBe(404);
    const visitor = await new Client(t.app).start();
    expect((await visitor.post(`/api/observatory/accounts/${x}/poll`)).statusCode).toBe(401);
    const agent = await signIn({ audience: 'agent' });
    expect((await agent.post(`/api/observatory/accounts/${x}/poll`)).statusCode).toBe(403);
  });

  it('on schedule, polls the tracked accounts that are due and clears abandoned uploads', async () => {
    const consulate = await registerAccount('mastodon', `consulat@${mastodon.domain}`);
    const untracked = await registerAccount('mastodon', `eeas@social.example`, false);
    const dir = path.join(dataDir, 'imports');
    mkdirSync(dir, { recursive: true });
    const abandoned = path.join(dir, 'abandoned.upload');
    const arriving = path.join(dir, 'arriving.upload');
    writeFileSync(abandoned, 'x');
    writeFileSync(arriving, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(abandoned, twoHoursAgo, twoHoursAgo);

    const before = (await pollRuns()).length;
    const scheduler = await startObservatoryScheduler({ database: t.database, config: t.config, log: t.app.log });
    try {
      await whenIdle();
    } finally {
      scheduler.stop();
    }
    expect(leftUploads()).toEqual(['arriving.upload']);
    rmSync(arriving);
    const runs = await pollRuns();
    // The main account was polled minutes ago (not due), the unknown one is left alone until edited, the
    // untracked one is never polled: the consulate only.
    expect(runs.length - before).toBe(1);
    expect(runs.find((r) => r.source === `consulat@${mastodon.domain}`)).toMatchObject({ status: 'done' });
    const polled = await t.database.db
      .selectFrom('obs_accounts')
      .select(['id', 'last_polled_at'])
      .where('id', 'in', [consulate, untracked])
      .execute();
    expect(polled.find((a) => a.id === consulate)?.last_polled_at).toBeInstanceOf(Date);
    expect(polled.find((a) => a.id === untracked)?.last_polled_at).toBeNull();
    expect(await t.database.db.selectFrom('jobs').select('kind').where('failed_at', 'is', null).execute()).toEqual([]);
  });
});
