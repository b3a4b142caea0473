// Pages of X API v2 responses, one JSON page per line (twarc2 and hand-rolled collectors write this):
// `data[]` tweets, `includes.users[]` their authors and mentioned accounts, `includes.tweets[]` the tweets
// they reference. Each tweet is an item, numbered with the line of its page.
import { createInterface } from 'node:readline';
import type { AccountObservation, AccountRef, IngestRecord, PostRecord, PostTarget, SourceItem } from './records.ts';
import { ImportFormatError } from './records.ts';
import { clip, type ImportInput, isoDate, openInput } from './source.ts';

const FORMAT = 'x-v2-jsonl';

interface V2User {
  id?: string;
  username?: string;
  name?: string;
  verified?: boolean;
  public_metrics?: { followers_count?: number; following_count?: number; tweet_count?: number };
}
interface V2Tweet {
  id?: string;
  author_id?: string;
  created_at?: string;
  lang?: string;
  text?: string;
  in_reply_to_user_id?: string;
  public_metrics?: {
    retweet_count?: number;
    reply_count?: number;
    like_count?: number;
    quote_count?: number;
    impression_count?: number;
  };
  referenced_tweets?: { type?: string; id?: string }[];
  entities?: { mentions?: { username?: string; id?: string }[]; hashtags?: { tag?: string }[] };
  /** twarc2's flattened tweets carry their author inline. */
  author?: V2User;
}
interface V2Page {
  data?: V2Tweet[] | V2Tweet;
  includes?: { users?: V2User[]; tweets?: V2Tweet[] };
  errors?: { title?: string; detail?: string }[];
  meta?: unknown;
  __twarc?: { retrieved_at?: string };
}

/**
 * Reads X API v2 pages. A line that is not JSON (a truncated last line included) is reported with its line
 * number and the next lines are read; a file whose first line is not an API page is refused whole.
 * Counts are observed when twarc says the page was retrieved (`__twarc.retrieved_at`), else at the newest
 * tweet of the page: a stable time, so that importing the same file twice records each snapshot once.
 * A retweet's public_metrics are the original's: they are not given to the retweet, nor are its mentions.
 */
export async function* parseXV2Jsonl(input: ImportInput): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: openInput(input), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let seenPage = false;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      let page: unknown;
      try {
        page = JSON.parse(text);
      } catch {
        if (!seenPage)
          throw new ImportFormatError(
            `${FORMAT}: line ${line} is not JSON: this is not a file of X API v2 pages`,
            line,
          );
        yield { line, error: `not valid JSON (${clip(text.trim(), 40)}): a truncated or corrupted line` };
        continue;
      }
      if (!isPage(page)) {
        if (!seenPage)
          throw new ImportFormatError(
            `${FORMAT}: line ${line} is JSON but not an X API v2 response page (no data, includes, meta or errors)`,
            line,
          );
        yield { line, error: 'not an X API v2 response page (no data, includes, meta or errors)' };
        continue;
      }
      seenPage = true;
      yield* pageItems(page, line);
    }
  } finally {
    lines.close();
  }
  if (!seenPage) throw new ImportFormatError(`${FORMAT}: the file is empty`, null);
}

function isPage(value: unknown): value is V2Page {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if ('data' in v || 'includes' in v || 'meta' in v || 'errors' in v) return true;
  // A flattened tweet (twarc2 flatten): one tweet per line with its author inline.
  return typeof v.id === 'string' && typeof v.text === 'string';
}

function* pageItems(page: V2Page, line: number): Generator<SourceItem> {
  const isFlat = !('data' in page) && typeof (page as V2Tweet).id === 'string';
  const tweets: V2Tweet[] = isFlat
    ? [page as V2Tweet]
    : Array.isArray(page.data)
      ? page.data
      : page.data
        ? [page.data]
        : [];
  if (tweets.length === 0) {
    const why = page.errors
      ?.map((e) => e.detail ?? e.title)
      .filter(Boolean)
      .join('; ');
    if (why) yield { line, error: `page without tweets: ${clip(why, 200)}` };
    return;
  }
  const users = new Map<string, V2User>();
  for (const u of page.includes?.users ?? []) if (u?.id) users.set(String(u.id), u);
  for (const t of tweets) if (t?.author?.id) users.set(String(t.author.id), t.author);
  const authors = new Map<string, string>();
  for (const t of page.includes?.tweets ?? []) if (t?.id && t.author_id) authors.set(String(t.id), String(t.author_id));

  const retrieved = page.__twarc?.retrieved_at ? isoDate(page.__twarc.retrieved_at) : null;
  let newest = 0;
  for (const t of tweets) {
    const d = t?.created_at ? isoDate(t.created_at) : null;
    if (d && d.getTime() > newest) newest = d.getTime();
  }
  const observedAt = retrieved ?? new Date(newest);

  const ref = (id: string | null | undefined, username?: string | null): AccountRef | null => {
    const u = id ? users.get(String(id)) : undefined;
    const handle = u?.username ?? username ?? null;
    if (!id && !handle) return null;
    return { network: 'x', networkId: id ? String(id) : null, handle, displayName: u?.name ?? null };
  };
  // Users other than authors are observed once per page, with the first tweet that names them.
  const observed = new Set<string>();
  const observe = (id: string | null | undefined): AccountObservation | null => {
    const u = id ? users.get(String(id)) : undefined;
    const m = u?.public_metrics;
    if (!u || !m || observed.has(String(id))) return null;
    observed.add(String(id));
    return {
      network: 'x',
      networkId: String(id),
      handle: u.username ?? null,
      displayName: u.name ?? null,
      observedAt,
      followers: m.followers_count ?? null,
      following: m.following_count ?? null,
      postsCount: m.tweet_count ?? null,
      verified: typeof u.verified === 'boolean' ? u.verified : null,
    };
  };

  for (const t of tweets) {
    const result = tweetRecords(t, { ref, observe, authors, observedAt });
    yield typeof result === 'string' ? { line, error: result } : { line, records: result };
  }
}

interface PageContext {
  ref: (id: string | null | undefined, username?: string | null) => AccountRef | null;
  observe: (id: string | null | undefined) => AccountObservation | null;
  authors: Map<string, string>;
  observedAt: Date;
}

function tweetRecords(t: V2Tweet, page: PageContext): IngestRecord[] | string {
  if (typeof t !== 'object' || t === null) return 'a tweet that is not an object';
  const id = t.id === undefined || t.id === null ? '' : String(t.id);
  if (!/^\d{1,20}$/.test(id)) return id ? `invalid tweet id '${clip(id)}'` : 'a tweet without id';
  if (!t.author_id) return `tweet ${id}: no author_id (request the author_id field)`;
  if (!t.created_at) return `tweet ${id}: no created_at (request the created_at field)`;
  const postedAt = isoDate(String(t.created_at));
  if (!postedAt) return `tweet ${id}: invalid date in created_at: '${clip(String(t.created_at))}'`;

  const extra: IngestRecord[] = [];
  const authorId = String(t.author_id);
  const author = page.observe(authorId) ?? page.ref(authorId);
  if (!author) return `tweet ${id}: no author`;
  const target = (refId: string | undefined, accountId?: string | null): PostTarget => {
    const who = accountId ?? (refId ? page.authors.get(refId) : undefined) ?? null;
    const seen = page.observe(who);
    if (seen) extra.push({ type: 'account', account: seen });
    return { postId: refId ?? null, account: page.ref(who) };
  };
  const refs = Array.isArray(t.referenced_tweets) ? t.referenced_tweets : [];
  const find = (type: string) => refs.find((r) => r?.type === type)?.id;
  const retweeted = find('retweeted');
  const quoted = find('quoted');
  const repliedTo = find('replied_to');
  const repostOf = retweeted ? target(String(retweeted)) : null;
  const quoteOf = quoted ? target(String(quoted)) : null;
  const replyTo =
    repliedTo || t.in_reply_to_user_id
      ? target(repliedTo ? String(repliedTo) : undefined, t.in_reply_to_user_id ? String(t.in_reply_to_user_id) : null)
      : null;
  const kind = repostOf ? 'repost' : quoteOf ? 'quote' : replyTo ? 'reply' : 'original';

  const mentions: AccountRef[] = [];
  if (kind !== 'repost') {
    for (const m of t.entities?.mentions ?? []) {
      const r = page.ref(m?.id ?? null, m?.username ?? null);
      if (r) mentions.push(r);
    }
  }
  const metrics = t.public_metrics;
  const post: PostRecord = {
    network: 'x',
    networkPostId: id,
    author,
    postedAt,
    kind,
    lang: t.lang ?? null,
    text: t.text ?? null,
    url: author.handle ? `https://x.com/${author.handle}/status/${id}` : null,
    replyTo,
    quoteOf,
    repostOf,
    mentions,
    hashtags: (t.entities?.hashtags ?? []).map((h) => h?.tag ?? '').filter(Boolean),
    metrics:
      kind === 'repost' || !metrics
        ? null
        : {
            observedAt: page.observedAt,
            likes: metrics.like_count ?? null,
            reposts: metrics.retweet_count ?? null,
            replies: metrics.reply_count ?? null,
            quotes: metrics.quote_count ?? null,
            views: metrics.impression_count ?? null,
          },
  };
  return [{ type: 'post', post }, ...extra];
}
