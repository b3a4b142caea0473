import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect, fixture, fromText } from './fixtures/index.ts';
import { parseMinetBlueskyCsv, repostId } from './minet-bluesky-csv.ts';
import { ImportFormatError, type PostRecord } from './records.ts';

const sample = fixture('minet-bluesky-posts.csv');
const postsOf = (records: { type: string; post?: PostRecord }[] = []) =>
  records.flatMap((r) => (r.type === 'post' && r.post ? [r.post] : []));

describe('parseMinetBlueskyCsv', () => {
  it('reads the médialab sample: at:// ids, authors by DID, replies, quotes, reposts and metrics', async () => {
    const items = await collect(parseMinetBlueskyCsv(sample));
    expect(items).toHaveLength(157);
    const all = items.flatMap((i) => postsOf(i.records));

    const first = all[0] as PostRecord;
    expect(first).toMatchObject({
      network: 'bluesky',
      networkPostId: 'at://did:plc:crmrddqmbqzyqd24yjlpibz2/app.bsky.feed.post/3lkicuf37nc2v',
      author: { networkId: 'did:plc:crmrddqmbqzyqd24yjlpibz2', handle: 'pecqueuxanthony.bsky.social' },
      kind: 'original',
      lang: 'fr',
      url: 'https://bsky.app/profile/pecqueuxanthony.bsky.social/post/3lkicuf37nc2v',
      hashtags: ['esr', 'hceres'],
      metrics: { likes: 77, reposts: 20, replies: 5, quotes: 5 },
    });
    expect(first.postedAt.toISOString()).toBe('2025-03-16T09:22:08.000Z');

    const reply = all.find((p) => p.kind === 'reply') as PostRecord;
    expect(reply.replyTo?.postId).toMatch(/^at:\/\/did:plc:[a-z0-9]+\/app\.bsky\.feed\.post\//);
    expect(reply.replyTo?.account?.networkId).toMatch(/^did:plc:/);

    const quote = all.find((p) => p.kind === 'quote') as PostRecord;
    expect(quote.quoteOf?.postId).toMatch(/^at:\/\//);
    expect(quote.quoteOf?.account?.networkId).toMatch(/^did:plc:/);

    const mentioning = all.find((p) => (p.mentions?.length ?? 0) > 1) as PostRecord;
    expect(mentioning.mentions?.every((m) => m.networkId?.startsWith('did:') && m.handle)).toBe(true);
  });

  it('turns a repost line into the repost (the line\u2019s own post) and the reposted original', async () => {
    const items = await collect(parseMinetBlueskyCsv(sample));
    const reposts = items.filter((i) => postsOf(i.records)[0]?.kind === 'repost');
    expect(reposts).toHaveLength(2);
    const [repost, original] = postsOf(reposts[0]?.records) as [PostRecord, PostRecord];
    expect(repost).toMatchObject({
      networkPostId: repostId(
        'did:plc:5klvtukw5fucxsrkjldhrjxs',
        'at://did:plc:aru6i7k6wo43msubk6km5td3/app.bsky.feed.post/3lloj4ipqqh27',
      ),
      author: { networkId: 'did:plc:5klvtukw5fucxsrkjldhrjxs', handle: 'yomguithereal.bsky.social' },
      repostOf: {
        postId: 'at://did:plc:aru6i7k6wo43msubk6km5td3/app.bsky.feed.post/3lloj4ipqqh27',
        account: { networkId: 'did:plc:aru6i7k6wo43msubk6km5td3', handle: 'korben.info' },
      },
    });
    // Reposted when the repost was seen, not when the original was written.
    expect(repost.postedAt.toISOString()).toBe('2025-04-02T17:00:19.000Z');
    expect(repost.metrics).toBeUndefined();
    expect(original).toMatchObject({ author: { handle: 'korben.info' }, metrics: { likes: 11, reposts: 4 } });
  });

  it('reports the real sample\u2019s impossible date with its line, and ignores quotes of what is not a post', async () => {
    const items = await collect(parseMinetBlueskyCsv(sample));
    expect(items.filter((i) => i.error).map((i) => [i.line, i.error])).toEqual([
      [1032, "invalid date in timestamp_utc: '-62142368029'"],
    ]);
    // A "notFound" quote points at a profile record: no quote of a post.
    const text = readFileSync(sample, 'utf8');
    expect(text).toContain('app.bsky.actor.profile/self');
    const all = items.flatMap((i) => postsOf(i.records));
    expect(all.some((p) => p.quoteOf?.postId?.includes('app.bsky.actor.profile'))).toBe(false);
  });

  it('refuses a tweet CSV (not the Bluesky layout) whole, naming the missing columns', async () => {
    const tweets = readFileSync(fixture('minet-tweets.csv'), 'utf8');
    const error = await collect(parseMinetBlueskyCsv(fromText(tweets))).catch((e) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error.message).toMatch(/^minet-bluesky-csv: missing required column\(s\) uri, user_did, user_handle/);
  });

  it('reports a post whose author is not the one of its URI, and a truncated last line', async () => {
    const lines = readFileSync(sample, 'utf8').split('\n');
    const header = lines[0] as string;
    const cols = header.split(',');
    const row = (v: Record<string, string>) => cols.map((c) => v[c] ?? '').join(',');
    const text = [
      header,
      row({
        uri: 'at://did:plc:aaa/app.bsky.feed.post/1',
        user_did: 'did:plc:bbb',
        user_handle: 'b.bsky.social',
        timestamp_utc: '1742116928',
        text: 'x',
      }),
      row({ uri: 'https://bsky.app/x', user_did: 'did:plc:bbb', timestamp_utc: '1742116928', text: 'x' }),
      row({
        uri: 'at://did:plc:ccc/app.bsky.feed.post/2',
        user_did: 'did:plc:ccc',
        text: 'x',
        local_time: '2025-03-16T10:22:08.653000',
      }),
      '"bafy","3lk","at://did:plc:ccc/app.bsky.feed.post/3","https://bsky',
    ].join('\n');
    const items = await collect(parseMinetBlueskyCsv(fromText(text)));
    expect(items.map((i) => [i.line, i.error ?? 'ok'])).toEqual([
      [2, 'user_did did:plc:bbb is not the author in the post uri at://did:plc:aaa/app.bsky.feed.post/1'],
      [3, "invalid post uri 'https://bsky.app/x' (expected at://did:…/app.bsky.feed.post/…)"],
      [4, 'ok'],
      [5, 'a quoted field is never closed: the file ends inside this record (truncated file?)'],
    ]);
  });
});
