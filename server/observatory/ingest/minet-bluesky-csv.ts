// The médialab Bluesky post CSV layout (minet bsky, twitwi): one post per line, identified by its at:// URI;
// `did` is the post's record key, `user_did` its author. A line with repost_by_* is the original post as seen
// in the feed of the account that reposted it.
import type { AccountRef, IngestRecord, PostRecord, SourceItem } from './records.ts';
import { clip, count, type ImportInput, isoDate, list, nonEmpty, openCsv, postTime } from './source.ts';

const FORMAT = 'minet-bluesky-csv';
const REQUIRED = ['uri', 'user_did', 'user_handle', 'text', ['timestamp_utc', 'local_time']];
const COLUMNS = [
  'uri',
  'url',
  'timestamp_utc',
  'local_time',
  'user_did',
  'user_handle',
  'user_display_name',
  'user_langs',
  'text',
  'repost_count',
  'like_count',
  'reply_count',
  'quote_count',
  'to_post_uri',
  'to_user_did',
  'repost_by_user_did',
  'repost_by_user_handle',
  'repost_created_at',
  'repost_timestamp_utc',
  'quoted_uri',
  'quoted_user_did',
  'quoted_user_handle',
  'mentioned_user_dids',
  'mentioned_user_handles',
  'hashtags',
  'collection_time',
  'indexed_at_utc',
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The id given to a repost: minet does not export the repost record's own URI, so it is derived from the
 * reposted post and the reposter (one account reposts a post once), stable across imports. The Bluesky
 * connector falls back to the same form when the AppView gives no repost URI.
 */
export const repostId = (reposterDid: string, postUri: string) => `repost:${postUri}:${reposterDid}`;

/**
 * Reads a minet Bluesky CSV. Each line yields its post; a repost line yields the original post (with its
 * metrics) and the repost by `repost_by_user_*`, which is the line's own post for duplicate detection.
 * The post language is the first of `user_langs` (the post record's `langs`, despite the column name).
 */
export async function* parseMinetBlueskyCsv(input: ImportInput): AsyncGenerator<SourceItem> {
  const csv = await openCsv(input, { format: FORMAT, required: REQUIRED });
  const at = Object.fromEntries(COLUMNS.map((c) => [c, csv.column(c)])) as Record<Column, number>;
  for await (const row of csv.rows) {
    if (row.error !== undefined) {
      yield row;
      continue;
    }
    const f = row.fields;
    const get = (c: Column) => (at[c] < 0 ? '' : (f[at[c]] ?? ''));
    const result = records(get);
    yield typeof result === 'string' ? { line: row.line, error: result } : { line: row.line, records: result };
  }
}

const POST_URI = /^at:\/\/(did:[a-z]+:[^/]+)\/app\.bsky\.feed\.post\/[^/]+$/;

function records(get: (c: Column) => string): IngestRecord[] | string {
  const uri = get('uri').trim();
  if (!uri) return 'missing post uri';
  const match = POST_URI.exec(uri);
  if (!match) return `invalid post uri '${clip(uri)}' (expected at://did:…/app.bsky.feed.post/…)`;
  const did = nonEmpty(get('user_did'));
  if (!did) return 'missing author (user_did is empty)';
  if (did !== match[1]) return `user_did ${did} is not the author in the post uri ${uri}`;
  const postedAt = postTime(
    { name: 'timestamp_utc', value: get('timestamp_utc') },
    { name: 'local_time', value: get('local_time') },
  );
  if (typeof postedAt === 'string') return postedAt;
  const observedAt = isoDate(get('collection_time')) ?? isoDate(get('indexed_at_utc')) ?? postedAt;

  const author: AccountRef = {
    network: 'bluesky',
    networkId: did,
    handle: nonEmpty(get('user_handle')),
    displayName: nonEmpty(get('user_display_name')),
  };
  const quotedUri = nonEmpty(get('quoted_uri'));
  // Only a post is quoted; an embedded list or starter pack is a card, and a profile URI means "not found".
  const quoteOf =
    quotedUri && POST_URI.test(quotedUri)
      ? { postId: quotedUri, account: bskyRef(get('quoted_user_did'), get('quoted_user_handle')) }
      : null;
  const replyUri = nonEmpty(get('to_post_uri'));
  const replyTo = replyUri ? { postId: replyUri, account: bskyRef(get('to_user_did'), '') } : null;

  const original: PostRecord = {
    network: 'bluesky',
    networkPostId: uri,
    author,
    postedAt,
    kind: quoteOf ? 'quote' : replyTo ? 'reply' : 'original',
    lang: list(get('user_langs'))[0] ?? null,
    text: get('text') || null,
    url: nonEmpty(get('url')),
    replyTo,
    quoteOf,
    mentions: mentions(get('mentioned_user_dids'), get('mentioned_user_handles')),
    hashtags: list(get('hashtags')),
    metrics: {
      observedAt,
      likes: count(get('like_count')),
      reposts: count(get('repost_count')),
      replies: count(get('reply_count')),
      quotes: count(get('quote_count')),
    },
  };

  const reposter = nonEmpty(get('repost_by_user_did'));
  if (!reposter) return [{ type: 'post', post: original }];
  const repostedAt = postTime(
    { name: 'repost_timestamp_utc', value: get('repost_timestamp_utc') },
    { name: 'repost_created_at', value: get('repost_created_at') },
  );
  if (typeof repostedAt === 'string') return repostedAt;
  const repost: PostRecord = {
    network: 'bluesky',
    networkPostId: repostId(reposter, uri),
    author: { network: 'bluesky', networkId: reposter, handle: nonEmpty(get('repost_by_user_handle')) },
    postedAt: repostedAt,
    kind: 'repost',
    repostOf: { postId: uri, account: { network: 'bluesky', networkId: did, handle: author.handle ?? null } },
  };
  // The repost first: it is the line's own post (the one duplicate detection looks at).
  return [
    { type: 'post', post: repost },
    { type: 'post', post: original },
  ];
}

function bskyRef(did: string, handle: string): AccountRef | null {
  const d = nonEmpty(did);
  const h = nonEmpty(handle);
  return d || h ? { network: 'bluesky', networkId: d, handle: h } : null;
}

function mentions(dids: string, handles: string): AccountRef[] {
  const d = list(dids);
  const h = list(handles);
  const aligned = d.length === h.length;
  if (d.length === 0) return h.map((handle) => ({ network: 'bluesky', handle }));
  return d.map((networkId, k) => ({ network: 'bluesky', networkId, handle: aligned ? h[k] : null }));
}
