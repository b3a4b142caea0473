import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import { fixture } from './fixtures/index.ts';
import { type ImportProgress, runImport } from './runner.ts';

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-import-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const header = (readFileSync(fixture('minet-tweets.csv'), 'utf8').split('\n')[0] as string).split(',');
/** A minet line from named values (the other columns empty). */
const tweetRow = (v: Record<string, string>) => header.map((c) => v[c] ?? '').join(',');
const tweet = (id: number, extra: Record<string, string> = {}) =>
  tweetRow({
    id: String(id),
    timestamp_utc: String(1790000000 + id * 60),
    user_id: '4242',
    user_screen_name: 'RunnerDiplo',
    text: `tweet ${id}`,
    like_count: String(id),
    collection_time: '2026-09-20T00:00:00',
    ...extra,
  });
const csv = (name: string, rows: string[]) => {
  const file = path.join(dir, name);
  writeFileSync(file, `${header.join(',')}\n${rows.join('\n')}\n`);
  return file;
};

async function count(table: 'obs_posts' | 'obs_accounts' | 'obs_interactions' | 'obs_actors', where?: string) {
  let q = database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (where) q = q.where('network', '=', where as never);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
const runRow = (id: string) =>
  database.db.selectFrom('obs_import_runs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('runImport', () => {
  it('imports the minet sample with its unregistered accounts, and adds nothing the second time', async () => {
    const progress: ImportProgress[] = [];
    const first = await runImport(database, {
      kind: 'minet-csv',
      file: fixture('minet-tweets.csv'),
      source: 'tweets.csv',
      onProgress: (p) => void progress.push(p),
    });
    expect(first).toMatchObject({ status: 'done', read: 4, added: 4, updated: 0, skipped: 0, errors: [] });
    expect(progress.at(-1)).toMatchObject({ read: 4, added: 4, fraction: 1, total: 4 });

    // Authors, mentioned, retweeted and quoted accounts are all kept, none attached to an actor.
    const handles = await database.db
      .selectFrom('obs_accounts')
      .select(['handle', 'network_id', 'actor_id', 'followers'])
      .where('network', '=', 'x')
      .orderBy('handle')
      .execute();
    expect(handles.map((h) => h.handle)).toEqual(
      expect.arrayContaining([
        'mcmo_eve',
        'krnl_panik',
        'babswad',
        'dialimpa',
        'minutebol',
        'fr_conservateur',
        'lesommierrgis',
        'votezpoisson',
      ]),
    );
    expect(handles.every((h) => h.actor_id === null)).toBe(true);
    expect(handles.find((h) => h.handle === 'votezpoisson')).toMatchObject({
      network_id: '762290549168701440',
      followers: 18668,
    });
    const kinds = await database.db
      .selectFrom('obs_interactions')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    expect(kinds.map((k) => [k.kind, Number(k.n)])).toEqual([
      ['mention', 4],
      ['quote', 1],
      ['reply', 2],
      ['repost', 1],
    ]);
    const run = await runRow(first.runId);
    expect(run).toMatchObject({ status: 'done', source: 'tweets.csv', read: 4, added: 4, total: 4, checkpoint: 11 });

    const posts = await count('obs_posts');
    const accounts = await count('obs_accounts');
    const again = await runImport(database, { kind: 'minet-csv', file: fixture('minet-tweets.csv') });
    expect(again).toMatchObject({
      status: 'done',
      read: 4,
      added: 0,
      updated: 0,
      skipped: 4,
      unchanged: 4,
      errors: [],
    });
    // A finished run is not resumed: the same content runs again, and changes nothing.
    expect(again.runId).not.toBe(first.runId);
    expect(again.resumedFrom).toBeNull();
    expect(await count('obs_posts')).toBe(posts);
    expect(await count('obs_accounts')).toBe(accounts);
  });

  it('skips bad dates, duplicates and a truncated end with their lines, writing every good tweet', async () => {
    const file = csv('broken.csv', [
      tweet(1),
      tweet(2),
      tweet(1, { text: 'the same tweet collected twice' }),
      tweet(3, { timestamp_utc: '2026-99-99' }),
      tweet(4),
      tweet(5).slice(0, 30),
    ]);
    const result = await runImport(database, { kind: 'minet-csv', file });
    expect(result).toMatchObject({ status: 'done', read: 6, added: 3, updated: 0, skipped: 3 });
    expect(result.errors).toEqual([
      { line: 4, reason: 'duplicate post id 1 (first seen on line 2)' },
      { line: 5, reason: "invalid date in timestamp_utc: '2026-99-99'" },
      { line: 7, reason: 'expected 59 columns, found 5 (a cut or shifted line)' },
    ]);
    const ids = await database.db
      .selectFrom('obs_posts')
      .select('network_post_id')
      .where('network_post_id', 'in', ['1', '2', '3', '4', '5'])
      .orderBy('network_post_id')
      .execute();
    expect(ids.map((r) => r.network_post_id)).toEqual(['1', '2', '4']);
    expect((await runRow(result.runId)).errors).toEqual(result.errors);
  });

  it('refuses a file with the wrong columns whole: failed run, clear reason, nothing written', async () => {
    const posts = await count('obs_posts');
    const file = path.join(dir, 'wrong.csv');
    writeFileSync(file, 'tweet_id,date,content\n9001,2026-01-01,bonjour\n');
    const result = await runImport(database, { kind: 'minet-csv', file });
    expect(result).toMatchObject({ status: 'failed', read: 0, added: 0, skipped: 0 });
    expect(result.message).toMatch(/^minet-csv: missing required column\(s\) id, text, timestamp_utc or local_time/);
    expect(result.errors).toEqual([{ line: 1, reason: result.message }]);
    expect(await runRow(result.runId)).toMatchObject({ status: 'failed', message: result.message, read: 0 });
    expect(await count('obs_posts')).toBe(posts);
  });

  it('resumes an interrupted import after its checkpoint, without duplicates', async () => {
    const file = csv(
      'resume.csv',
      Array.from({ length: 10 }, (_, i) => tweet(100 + i)),
    );
    const crash = new Error('simulated crash after the first batch');
    await expect(
      runImport(database, {
        kind: 'minet-csv',
        file,
        batchSize: 3,
        onProgress: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const interrupted = await database.db
      .selectFrom('obs_import_runs')
      .selectAll()
      .where('source', '=', file)
      .executeTakeFirstOrThrow();
    expect(interrupted).toMatchObject({ status: 'failed', checkpoint: 4, read: 3, added: 3 });
    expect(interrupted.message).toBe('interrupted: simulated crash after the first batch');

    const progress: ImportProgress[] = [];
    const resumed = await runImport(database, {
      kind: 'minet-csv',
      file,
      batchSize: 3,
      onProgress: (p) => void progress.push(p),
    });
    expect(resumed).toMatchObject({ runId: interrupted.id, resumedFrom: 4, status: 'done', read: 10, added: 10 });
    expect(resumed.skipped).toBe(0);
    // The first checkpoint of the resumed run already counts the batch written before the crash.
    expect(progress.find((p) => p.added > 3)?.read).toBe(6);
    const posts = await database.db
      .selectFrom('obs_posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_post_id', '>=', '100')
      .where('network_post_id', '<=', '109')
      .executeTakeFirstOrThrow();
    expect(Number(posts.n)).toBe(10);
  });

  it('rewrites at most one batch when a crash lost the checkpoint, which changes nothing', async () => {
    const file = csv(
      'lost-checkpoint.csv',
      Array.from({ length: 6 }, (_, i) => tweet(200 + i)),
    );
    await expect(
      runImport(database, {
        kind: 'minet-csv',
        file,
        batchSize: 3,
        onProgress: () => {
          throw new Error('crash');
        },
      }),
    ).rejects.toThrow('crash');
    // As if the process died between the batch's commit and its checkpoint.
    await database.db
      .updateTable('obs_import_runs')
      .set({ checkpoint: 0, read: 0, added: 0 })
      .where('source', '=', file)
      .execute();
    const resumed = await runImport(database, { kind: 'minet-csv', file, batchSize: 3 });
    expect(resumed).toMatchObject({ status: 'done', read: 6, added: 3, skipped: 3, unchanged: 3, errors: [] });
    const posts = await database.db
      .selectFrom('obs_posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_post_id', 'in', ['200', '201', '202', '203', '204', '205'])
      .executeTakeFirstOrThrow();
    expect(Number(posts.n)).toBe(6);
  });

  it('keeps a thousand errors on the run and counts the rest exactly', async () => {
    const file = csv(
      'many-errors.csv',
      Array.from({ length: 1005 }, (_, i) => tweet(5000 + i, { timestamp_utc: 'soon' })),
    );
    const result = await runImport(database, { kind: 'minet-csv', file, batchSize: 400 });
    expect(result).toMatchObject({ read: 1005, added: 0, skipped: 1005 });
    expect(result.errors).toHaveLength(1001);
    expect(result.errors.at(-1)).toEqual({ line: null, reason: '… and 5 more' });
    expect((await runRow(result.runId)).errors).toHaveLength(1001);
  });

  it('imports X API v2 pages: one item per tweet, a truncated last page reported', async () => {
    const result = await runImport(database, { kind: 'x-v2-jsonl', file: fixture('x-v2-pages.jsonl'), batchSize: 2 });
    expect(result).toMatchObject({ status: 'done', read: 8, added: 5, updated: 0, skipped: 3 });
    expect(result.errors.map((e) => e.line)).toEqual([2, 2, 4]);
    expect(result.errors[0]?.reason).toBe('duplicate post id 1001 (first seen on line 1)');
    const un = await database.db
      .selectFrom('obs_accounts')
      .select(['followers', 'verified', 'actor_id'])
      .where('network', '=', 'x')
      .where('network_id', '=', '20')
      .executeTakeFirstOrThrow();
    expect(un).toEqual({ followers: 16500000, verified: true, actor_id: null });
  });

  it('imports a Mastodon outbox, and writes nothing from a truncated one', async () => {
    const result = await runImport(database, { kind: 'mastodon-outbox', file: fixture('mastodon-outbox.json') });
    expect(result).toMatchObject({ status: 'done', read: 6, added: 4, skipped: 2 });
    expect(await count('obs_posts')).toBeGreaterThan(0);
    const handles = await database.db
      .selectFrom('obs_accounts')
      .select('handle')
      .where('network', '=', 'mastodon')
      .orderBy('handle')
      .execute();
    expect(handles.map((h) => h.handle)).toEqual([
      'alice@other.example',
      'ambafrance@diplo.social',
      'bob@other.example',
      'un@un.example',
    ]);

    const text = readFileSync(fixture('mastodon-outbox.json'), 'utf8').replaceAll('113000000000', '114000000000');
    const file = path.join(dir, 'outbox.json');
    writeFileSync(file, text.slice(0, Math.floor(text.length * 0.8)));
    const before = await count('obs_posts');
    const truncated = await runImport(database, { kind: 'mastodon-outbox', file });
    expect(truncated).toMatchObject({ status: 'failed', read: 0, added: 0 });
    expect(truncated.message).toMatch(/a truncated archive\? Nothing was imported$/);
    expect(await count('obs_posts')).toBe(before);
  });

  it('imports the Bluesky sample: reposts and duplicates of posts collected twice', async () => {
    const result = await runImport(database, { kind: 'minet-bluesky-csv', file: fixture('minet-bluesky-posts.csv') });
    // 22 lines repeat a post already read (collected as a quote or a thread parent too), 1 has an impossible date.
    expect(result).toMatchObject({ status: 'done', read: 157, added: 134, updated: 0, skipped: 23 });
    const reposts = await database.db
      .selectFrom('obs_interactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'repost')
      .where('network_post_id', 'like', 'repost:at://%')
      .executeTakeFirstOrThrow();
    expect(Number(reposts.n)).toBe(2);
  });
});
