import { describe, expect, it } from 'vitest';
import { collect, fixture, fromText } from './fixtures/index.ts';
import { type AccountObservation, ImportFormatError, type IngestRecord, type PostRecord } from './records.ts';
import { parseXV2Jsonl } from './x-v2-jsonl.ts';

const postOf = (records: IngestRecord[] = []) => records.find((r) => r.type === 'post')?.post as PostRecord;

describe('parseXV2Jsonl', () => {
  it('reads API v2 pages: one item per tweet, numbered by its page\u2019s line, authors from includes.users', async () => {
    const items = await collect(parseXV2Jsonl(fixture('x-v2-pages.jsonl')));
    expect(items.map((i) => [i.line, i.error ?? postOf(i.records).networkPostId])).toEqual([
      [1, '1001'],
      [1, '1002'],
      [1, '1003'],
      [1, '1004'],
      [2, '1005'],
      [2, '1001'],
      [2, "tweet 1006: invalid date in created_at: 'yesterday'"],
      // The last line was cut mid-write (the blank line 3 is not an item).
      [4, 'not valid JSON ({"data":[{"id":"1007","author_id":"10","…): a truncated or corrupted line'],
    ]);

    const [original, reply, retweet, quote] = items.slice(0, 4).map((i) => postOf(i.records)) as PostRecord[];
    const retrieved = new Date('2026-10-02T06:00:00Z');
    expect(original).toMatchObject({
      network: 'x',
      kind: 'original',
      lang: 'fr',
      url: 'https://x.com/FranceDiplo/status/1001',
      mentions: [{ network: 'x', networkId: '20', handle: 'UN', displayName: 'United Nations' }],
      hashtags: ['Diplomatie'],
      metrics: { observedAt: retrieved, likes: 800, reposts: 120, replies: 14, quotes: 9, views: 91000 },
    });
    const author = original?.author as AccountObservation;
    expect(author).toMatchObject({
      networkId: '10',
      handle: 'FranceDiplo',
      displayName: 'France Diplomatie',
      followers: 230000,
      following: 812,
      postsCount: 41234,
      verified: true,
    });
    // Counts are observed when twarc retrieved the page.
    expect(author.observedAt).toEqual(retrieved);
    expect(original?.postedAt).toEqual(new Date('2026-10-01T08:00:00Z'));

    expect(reply).toMatchObject({
      kind: 'reply',
      replyTo: { postId: '9001', account: { networkId: '30', handle: 'citoyenne_lyon' } },
    });
    // The same author's later tweets of the page carry no second snapshot.
    expect(reply?.author).not.toHaveProperty('observedAt');

    // The retweeted tweet's author comes from includes.tweets; a retweet gets neither metrics nor mentions.
    expect(retweet).toMatchObject({
      kind: 'repost',
      repostOf: { postId: '9002', account: { networkId: '40', handle: 'eu_eeas' } },
      mentions: [],
      metrics: null,
    });
    const observed = items[2]?.records?.filter((r) => r.type === 'account').map((r) => r.account.handle);
    expect(observed).toEqual(['eu_eeas']);

    expect(quote).toMatchObject({
      kind: 'quote',
      author: { networkId: '20', handle: 'UN', followers: 16500000 },
      quoteOf: { postId: '9003', account: { networkId: '10', handle: 'FranceDiplo' } },
    });

    // Without twarc's retrieval time, counts are observed at the page's newest tweet: stable across imports.
    const german = postOf(items[4]?.records);
    expect((german.author as AccountObservation).observedAt).toEqual(new Date('2026-10-02T08:00:00Z'));
  });

  it('refuses a file whose first line is not an API page, before reading anything', async () => {
    const csv = await collect(parseXV2Jsonl(fromText('id,text\n1,hello\n'))).catch((e) => e);
    expect(csv).toBeInstanceOf(ImportFormatError);
    expect(csv.message).toBe('x-v2-jsonl: line 1 is not JSON: this is not a file of X API v2 pages');
    const other = await collect(parseXV2Jsonl(fromText('{"name":"not a page"}\n'))).catch((e) => e);
    expect(other.message).toMatch(/^x-v2-jsonl: line 1 is JSON but not an X API v2 response page/);
    await expect(collect(parseXV2Jsonl(fromText('\n\n')))).rejects.toThrow('x-v2-jsonl: the file is empty');
  });

  it('reports a page without tweets (an API error page) and reads flattened tweets', async () => {
    const lines = [
      JSON.stringify({ errors: [{ title: 'Too Many Requests', detail: 'Too Many Requests' }] }),
      JSON.stringify({
        id: '2001',
        text: 'flattened',
        author_id: '10',
        created_at: '2026-10-05T10:00:00.000Z',
        author: { id: '10', username: 'FranceDiplo', public_metrics: { followers_count: 231000 } },
      }),
      JSON.stringify({ data: [{ id: '2002', text: 'no author field', created_at: '2026-10-05T10:00:00.000Z' }] }),
    ];
    const items = await collect(parseXV2Jsonl(fromText(lines.join('\n'))));
    expect(items.map((i) => [i.line, i.error ?? postOf(i.records).networkPostId])).toEqual([
      [1, 'page without tweets: Too Many Requests'],
      [2, '2001'],
      [3, 'tweet 2002: no author_id (request the author_id field)'],
    ]);
    expect(postOf(items[1]?.records).author).toMatchObject({ handle: 'FranceDiplo', followers: 231000 });
  });
});
