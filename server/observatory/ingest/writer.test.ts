import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import type { IngestRecord, PostRecord } from './records.ts';
import { writeBatch } from './writer.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const at = (s: string) => new Date(s);
function tweet(id: string, overrides: Partial<PostRecord> = {}): IngestRecord {
  return {
    type: 'post',
    post: {
      network: 'x',
      networkPostId: id,
      author: {
        network: 'x',
        networkId: '100',
        handle: 'FranceDiplo',
        observedAt: at('2026-11-01T00:00:00Z'),
        followers: 1000,
      },
      postedAt: at('2026-10-31T10:00:00Z'),
      kind: 'original',
      text: 'Bonjour',
      metrics: { observedAt: at('2026-11-01T00:00:00Z'), likes: 10, reposts: 2, replies: 1, quotes: 0 },
      ...overrides,
    },
  };
}

async function counts() {
  const row = await database.db
    .selectNoFrom((eb) => [
      eb.selectFrom('obs_accounts').select(eb.fn.countAll<number>().as('n')).as('accounts'),
      eb.selectFrom('obs_posts').select(eb.fn.countAll<number>().as('n')).as('posts'),
      eb.selectFrom('obs_post_metrics').select(eb.fn.countAll<number>().as('n')).as('metrics'),
      eb.selectFrom('obs_interactions').select(eb.fn.countAll<number>().as('n')).as('interactions'),
      eb.selectFrom('obs_account_snapshots').select(eb.fn.countAll<number>().as('n')).as('snapshots'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

describe('writeBatch', () => {
  it('adds posts, unregistered accounts and interactions once, and adds nothing when written again', async () => {
    const items: IngestRecord[][] = [
      [tweet('1', { mentions: [{ network: 'x', handle: '@UN' }], hashtags: ['#Diplomatie'] })],
      [
        tweet('2', {
          kind: 'reply',
          replyTo: { postId: '99', account: { network: 'x', networkId: '200', handle: 'citizen' } },
        }),
      ],
      [
        tweet('3', {
          kind: 'repost',
          repostOf: { postId: '98', account: { network: 'x', networkId: '300', handle: 'eu_eeas' } },
        }),
      ],
    ];
    const first = await writeBatch(database, items);
    expect(first.outcomes).toEqual(['added', 'added', 'added']);
    const after = await counts();
    expect(after).toMatchObject({ accounts: 4, posts: 3, metrics: 3, interactions: 3, snapshots: 1 });
    const again = await writeBatch(database, items);
    expect(again.outcomes).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await counts()).toEqual(after);
    const post = await database.db
      .selectFrom('obs_posts')
      .selectAll()
      .where('network_post_id', '=', '1')
      .executeTakeFirstOrThrow();
    expect(post.hashtags).toEqual(['diplomatie']);
    expect(post.mentions).toHaveLength(1);
    const author = await database.db
      .selectFrom('obs_accounts')
      .selectAll()
      .where('network_id', '=', '100')
      .executeTakeFirstOrThrow();
    expect(author).toMatchObject({ handle: 'francediplo', followers: 1000, actor_id: null });
  });

  it('updates metrics only with a newer observation and keeps the history', async () => {
    await writeBatch(database, [[tweet('10')]]);
    const newer = tweet('10', { metrics: { observedAt: at('2026-11-02T00:00:00Z'), likes: 50, reposts: 5 } });
    expect((await writeBatch(database, [[newer]])).outcomes).toEqual(['updated']);
    const older = tweet('10', { metrics: { observedAt: at('2026-10-31T12:00:00Z'), likes: 3 } });
    expect((await writeBatch(database, [[older]])).outcomes).toEqual(['updated']);
    const post = await database.db
      .selectFrom('obs_posts')
      .select(['likes', 'reposts'])
      .where('network_post_id', '=', '10')
      .executeTakeFirstOrThrow();
    expect(post).toEqual({ likes: 50, reposts: 5 });
    const history = await database.db
      .selectFrom('obs_post_metrics')
      .select('likes')
      .where('network_post_id', '=', '10')
      .orderBy('observed_at')
      .execute();
    expect(history.map((h) => h.likes)).toEqual([3, 10, 50]);
  });

  it('gives an account met by handle its network id later, without duplicating it', async () => {
    await writeBatch(database, [
      [
        {
          type: 'account',
          account: {
            network: 'mastodon',
            handle: 'diplo@social.example',
            observedAt: at('2026-11-01T00:00:00Z'),
            followers: 5,
          },
        },
      ],
    ]);
    await writeBatch(database, [
      [
        {
          type: 'account',
          account: {
            network: 'mastodon',
            networkId: '42',
            handle: 'Diplo@social.example',
            observedAt: at('2026-11-02T00:00:00Z'),
            followers: 7,
          },
        },
      ],
    ]);
    const rows = await database.db.selectFrom('obs_accounts').selectAll().where('network', '=', 'mastodon').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ network_id: '42', handle: 'diplo@social.example', followers: 7 });
  });

  it('keeps one row when the same post appears twice in a batch', async () => {
    const result = await writeBatch(database, [[tweet('20')], [tweet('20')]]);
    expect(result.outcomes.filter((o) => o === 'added')).toHaveLength(1);
    const n = await database.db
      .selectFrom('obs_posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_post_id', '=', '20')
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(1);
  });
});
