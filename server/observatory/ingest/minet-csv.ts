// The médialab tweet CSV layout (minet, gazouilloire, twitwi): one tweet per line, lists joined with '|'.
// Retweets, quotes and replies are recognised from the retweeted_*, quoted_* and to_* columns.
import type { AccountObservation, AccountRef, IngestRecord, PostRecord, SourceItem } from './records.ts';
import {
  clip,
  count,
  epochSeconds,
  flag,
  type ImportInput,
  isoDate,
  list,
  nonEmpty,
  openCsv,
  postTime,
} from './source.ts';

const FORMAT = 'minet-csv';
const REQUIRED = ['id', 'text', ['timestamp_utc', 'local_time'], ['user_id', 'user_screen_name']];
const COLUMNS = [
  'id',
  'timestamp_utc',
  'local_time',
  'user_screen_name',
  'text',
  'retweet_count',
  'like_count',
  'reply_count',
  'quote_count',
  'impression_count',
  'lang',
  'to_username',
  'to_userid',
  'to_tweetid',
  'user_id',
  'user_name',
  'user_verified',
  'user_tweets',
  'user_followers',
  'user_friends',
  'retweeted_id',
  'retweeted_user',
  'retweeted_user_id',
  'quoted_id',
  'quoted_user',
  'quoted_user_id',
  'collection_time',
  'url',
  'mentioned_names',
  'mentioned_ids',
  'hashtags',
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Reads a minet tweet CSV. Choices worth knowing:
 * - a retweet's counts are the original tweet's (X reports them so): they are not given to the retweet, and
 *   neither are the mentions it copies from the original (the "RT @author" one included);
 * - some exports give retweeted_user without retweeted_id: still a repost, of an unknown tweet of that account;
 * - metrics and the author's counts are observed at collection_time, else at the tweet's time.
 */
export async function* parseMinetCsv(input: ImportInput): AsyncGenerator<SourceItem> {
  const csv = await openCsv(input, { format: FORMAT, required: REQUIRED });
  const at = Object.fromEntries(COLUMNS.map((c) => [c, csv.column(c)])) as Record<Column, number>;
  for await (const row of csv.rows) {
    if (row.error !== undefined) {
      yield row;
      continue;
    }
    const f = row.fields;
    const get = (c: Column) => (at[c] < 0 ? '' : (f[at[c]] ?? ''));
    const result = tweet(get);
    yield typeof result === 'string' ? { line: row.line, error: result } : { line: row.line, records: [result] };
  }
}

function tweet(get: (c: Column) => string): IngestRecord | string {
  const id = get('id').trim();
  if (!id) return 'missing tweet id';
  if (!/^\d{1,20}$/.test(id)) return `invalid tweet id '${clip(id)}' (not a number: a shifted column?)`;
  const postedAt = postTime(
    { name: 'timestamp_utc', value: get('timestamp_utc') },
    { name: 'local_time', value: get('local_time') },
  );
  if (typeof postedAt === 'string') return postedAt;
  const collected = get('collection_time').trim();
  const observedAt = (collected && (isoDate(collected) ?? epochSeconds(collected))) || postedAt;

  const userId = nonEmpty(get('user_id'));
  const handle = nonEmpty(get('user_screen_name'));
  if (!userId && !handle) return 'missing author (user_id and user_screen_name are empty)';
  const followers = count(get('user_followers'));
  const following = count(get('user_friends'));
  const postsCount = count(get('user_tweets'));
  const ref: AccountRef = { network: 'x', networkId: userId, handle, displayName: nonEmpty(get('user_name')) };
  // A snapshot only when the export carries counts: a row of nulls would be noise in the follower history.
  const author: AccountRef | AccountObservation =
    followers === null && following === null && postsCount === null
      ? ref
      : { ...ref, observedAt, followers, following, postsCount, verified: flag(get('user_verified')) };

  const repostOf = target(get('retweeted_id'), get('retweeted_user_id'), get('retweeted_user'));
  const quoteOf = target(get('quoted_id'), get('quoted_user_id'), get('quoted_user'));
  const replyTo = target(get('to_tweetid'), get('to_userid'), get('to_username'));
  const kind = repostOf ? 'repost' : quoteOf ? 'quote' : replyTo ? 'reply' : 'original';

  const post: PostRecord = {
    network: 'x',
    networkPostId: id,
    author,
    postedAt,
    kind,
    lang: nonEmpty(get('lang')),
    text: get('text') || null,
    url: nonEmpty(get('url')),
    replyTo,
    quoteOf,
    repostOf,
    mentions: kind === 'repost' ? [] : mentions(get('mentioned_ids'), get('mentioned_names')),
    hashtags: list(get('hashtags')),
    metrics:
      kind === 'repost'
        ? null
        : {
            observedAt,
            likes: count(get('like_count')),
            reposts: count(get('retweet_count')),
            replies: count(get('reply_count')),
            quotes: count(get('quote_count')),
            views: count(get('impression_count')),
          },
  };
  return { type: 'post', post };
}

function target(postId: string, userId: string, handle: string) {
  const p = nonEmpty(postId);
  const u = nonEmpty(userId);
  const h = nonEmpty(handle);
  if (!p && !u && !h) return null;
  return { postId: p, account: u || h ? { network: 'x' as const, networkId: u, handle: h } : null };
}

/** Names and ids are parallel lists; when an export lost some ids, the names alone are kept (no misalignment). */
function mentions(ids: string, names: string): AccountRef[] {
  const n = list(names);
  const i = list(ids);
  if (n.length === 0) return i.map((networkId) => ({ network: 'x', networkId }));
  const aligned = i.length === n.length;
  return n.map((handle, k) => ({ network: 'x', handle, networkId: aligned ? i[k] : null }));
}
