import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect, fixture, fromText } from './fixtures/index.ts';
import { parseMinetCsv } from './minet-csv.ts';
import { type AccountObservation, ImportFormatError, type PostRecord, type SourceItem } from './records.ts';

const posts = (items: SourceItem[]) =>
  items.flatMap((i) => (i.records ?? []).flatMap((r) => (r.type === 'post' ? [r.post] : [])));
const sample = readFileSync(fixture('minet-tweets.csv'), 'utf8');
const header = sample.split('\n')[0] as string;
const columns = header.split(',');
/** A line of the layout from a few named values, the other columns empty. */
const row = (values: Record<string, string>) => columns.map((c) => values[c] ?? '').join(',');

describe('parseMinetCsv', () => {
  it('reads the médialab sample: kinds, authors, mentions, hashtags and metrics, with the lines where tweets start', async () => {
    const items = await collect(parseMinetCsv(fixture('minet-tweets.csv')));
    // The second and third tweets span several lines (newlines inside quoted text).
    expect(items.map((i) => i.line)).toEqual([2, 3, 6, 11]);
    expect(items.every((i) => i.error === undefined)).toBe(true);
    const [reply, multiReply, quote, retweet] = posts(items) as [PostRecord, PostRecord, PostRecord, PostRecord];

    expect(reply).toMatchObject({
      network: 'x',
      networkPostId: '1347085867584794624',
      kind: 'reply',
      lang: 'fr',
      postedAt: new Date(1610005273 * 1000),
      replyTo: { postId: '1347084392481615872', account: { networkId: '40438998', handle: 'krnl_panik' } },
      mentions: [{ network: 'x', handle: 'krnl_panik', networkId: '40438998' }],
      metrics: { likes: 2, reposts: 0, replies: null, views: null },
    });
    const author = reply.author as AccountObservation;
    expect(author).toMatchObject({ networkId: '578153150', handle: 'Mcmo_EVE', followers: 10, following: 253 });
    expect(author.postsCount).toBe(886);
    expect(author.verified).toBe(false);
    // Counts are observed at collection time, not at the tweet's.
    expect(author.observedAt.toISOString()).toBe('2021-01-07T10:18:11.463Z');
    expect(reply.metrics?.observedAt.toISOString()).toBe('2021-01-07T10:18:11.463Z');

    expect(multiReply.mentions?.map((m) => [m.handle, m.networkId])).toEqual([
      ['babswad', '302549668'],
      ['dialimpa', '225143897'],
      ['minutebol', '175888182'],
    ]);
    expect(multiReply.text).toContain('\n');

    expect(quote).toMatchObject({
      kind: 'quote',
      quoteOf: { postId: '1348565512352112640', account: { networkId: '305072354', handle: 'LeSommierRgis' } },
      hashtags: ['biden', 'bigtech', 'gafam', 'libertedexpression', 'nouvelordremondial'],
      metrics: { likes: 22, reposts: 18 },
    });

    // A retweet: the original's counts and mentions are not the retweeter's.
    expect(retweet).toMatchObject({
      kind: 'repost',
      repostOf: {
        postId: '1348592722928656384',
        account: { networkId: '1222191125584318464', handle: 'Fr_Conservateur' },
      },
      mentions: [],
      metrics: null,
    });
  });

  it('refuses a file without the layout, naming the missing columns, before reading any row', async () => {
    const error = await collect(parseMinetCsv(fromText('id;date;texte\n1;2020-01-01;bonjour\n'))).catch((e) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error.message).toMatch(/^minet-csv: missing required column\(s\) id, text, timestamp_utc or local_time/);
    expect(error.message).toContain('id;date;texte');
    await expect(collect(parseMinetCsv(fromText('')))).rejects.toThrow('minet-csv: the file is empty');
  });

  it('reports bad dates, bad ids and missing authors with their line and keeps reading', async () => {
    const text = [
      header,
      row({ id: '1', timestamp_utc: 'not a date', user_screen_name: 'a', text: 'x' }),
      row({ id: '2', timestamp_utc: '1610005273000', user_screen_name: 'a', text: 'milliseconds' }),
      row({ id: '3', local_time: '2021-13-45T99:00:00', user_screen_name: 'a', text: 'x' }),
      row({ id: '4', user_screen_name: 'a', text: 'no date at all' }),
      row({ id: 'abc', timestamp_utc: '1610005273', user_screen_name: 'a', text: 'x' }),
      row({ id: '5', timestamp_utc: '1610005273', text: 'nobody' }),
      row({ id: '6', local_time: '2021-01-07T08:41:13', user_screen_name: 'ok', text: 'good' }),
    ].join('\n');
    const items = await collect(parseMinetCsv(fromText(text)));
    expect(items.map((i) => [i.line, i.error ?? 'ok'])).toEqual([
      [2, "invalid date in timestamp_utc: 'not a date'"],
      [3, "invalid date in timestamp_utc: '1610005273000'"],
      [4, "invalid date in local_time: '2021-13-45T99:00:00'"],
      [5, 'missing date (timestamp_utc and local_time are empty)'],
      [6, "invalid tweet id 'abc' (not a number: a shifted column?)"],
      [7, 'missing author (user_id and user_screen_name are empty)'],
      [8, 'ok'],
    ]);
    // local_time carries no offset: read as UTC.
    expect(posts(items)[0]?.postedAt.toISOString()).toBe('2021-01-07T08:41:13.000Z');
    // Without counts the author is a reference, not a snapshot of nulls.
    expect(posts(items)[0]?.author).not.toHaveProperty('observedAt');
  });

  it('reports a cut line and a truncated end, keeping every complete tweet before them', async () => {
    const lines = sample.trimEnd().split('\n');
    const good = row({ id: '7', timestamp_utc: '1610005273', user_screen_name: 'a', text: 'after the cut' });
    // A line cut in the middle of a tweet's quoted text, then the same tweet cut before its end.
    const text = [
      ...lines,
      '1348592751940673599,1610364542.0,2021-01-11T12:29:02,Votez',
      good,
      `${lines[1]?.slice(0, 80)}`,
    ].join('\n');
    const items = await collect(parseMinetCsv(fromText(text)));
    expect(items.slice(0, 4).every((i) => i.records)).toBe(true);
    expect(items.slice(4).map((i) => [i.line, i.error ?? 'ok'])).toEqual([
      [14, 'expected 59 columns, found 4 (a cut or shifted line)'],
      [15, 'ok'],
      [16, 'a quoted field is never closed: the file ends inside this record (truncated file?)'],
    ]);
  });

  const real = '/work/shared/data/test/embassy-tweets-2022-minet.csv';
  it.skipIf(!existsSync(real))(
    'reads real embassy tweets (messy export: reposts without ids, no user ids)',
    async () => {
      const items = await collect(parseMinetCsv(real));
      const read = posts(items);
      expect(items.length).toBe(6697);
      expect(items.filter((i) => i.error).map((i) => i.error)).toEqual([]);
      const reposts = read.filter((p) => p.kind === 'repost');
      expect(reposts.length).toBe(4876);
      // retweeted_user without retweeted_id: a repost of an unknown tweet of a known account.
      expect(reposts[0]?.repostOf).toEqual({
        postId: null,
        account: { network: 'x', networkId: null, handle: 'DutchMFA' },
      });
      expect(new Set(read.map((p) => p.author.handle)).size).toBe(42);
      expect(read.every((p) => p.postedAt >= new Date('2022-01-01') && p.postedAt < new Date('2024-01-01'))).toBe(true);
    },
  );
});
