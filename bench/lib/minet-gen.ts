// A seeded generator of médialab minet tweet CSVs (the layout `diplomatie import minet-csv` reads) for the
// import benchmark: authors on a heavy tail, about 30% retweets, quotes and replies, mentions, hashtags, metrics.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { prng } from './graph-gen.ts';

/** The header of a minet tweet export (minet 1.x `twitter scrape`/`search`), in its order. */
export const MINET_COLUMNS = [
  'id',
  'timestamp_utc',
  'local_time',
  'user_screen_name',
  'text',
  'possibly_sensitive',
  'retweet_count',
  'like_count',
  'reply_count',
  'impression_count',
  'lang',
  'to_username',
  'to_userid',
  'to_tweetid',
  'source_name',
  'source_url',
  'user_location',
  'lat',
  'lng',
  'user_id',
  'user_name',
  'user_verified',
  'user_verified_type',
  'user_is_blue_verified',
  'user_description',
  'user_url',
  'user_image',
  'user_tweets',
  'user_followers',
  'user_friends',
  'user_likes',
  'user_lists',
  'user_created_at',
  'user_timestamp_utc',
  'collected_via',
  'match_query',
  'retweeted_id',
  'retweeted_user',
  'retweeted_user_id',
  'retweeted_timestamp_utc',
  'quoted_id',
  'quoted_user',
  'quoted_user_id',
  'quoted_timestamp_utc',
  'collection_time',
  'url',
  'place_country_code',
  'place_name',
  'place_type',
  'place_coordinates',
  'links',
  'domains',
  'media_urls',
  'media_files',
  'media_types',
  'media_alt_texts',
  'mentioned_names',
  'mentioned_ids',
  'hashtags',
] as const;
type Column = (typeof MINET_COLUMNS)[number];
const COLUMN_INDEX = new Map<Column, number>(MINET_COLUMNS.map((c, i) => [c, i]));

export interface MinetCsvOptions {
  rows: number;
  seed: number;
  /** Distinct authors (about: the rarest ones may not post in a small file). */
  authors?: number;
  /** Accounts that are retweeted, quoted, replied to or mentioned without posting themselves. */
  outsiders?: number;
  /** First tweet, epoch seconds; tweets then spread evenly over `days`. */
  start?: number;
  days?: number;
  /** Record the byte offset of every `chunkRows`-th row start (COPY in chunks). */
  chunkRows?: number;
}

export interface MinetCsvFile {
  file: string;
  rows: number;
  bytes: number;
  /** Authors who posted at least once. */
  authors: number;
  kinds: { original: number; reply: number; retweet: number; quote: number };
  /** Byte offsets where a chunk of `chunkRows` rows starts; the first is right after the header, the last is the end. */
  chunkOffsets: number[];
}

const WORDS = (
  'diplomatie coopération ambassade ministre sommet accord climat paix sécurité commerce culture jeunesse ' +
  'embassy minister summit agreement climate peace security trade culture youth visit meeting partners ' +
  'embajada ministro cumbre acuerdo Botschaft Gipfel Abkommen today aujourdhui demain tomorrow nouvelle ' +
  'new great honoured heureux fier proud together ensemble Europe Afrique Asia Pacific ONU UN G20 OTAN'
).split(' ');
const HASHTAGS = Array.from({ length: 500 }, (_, i) => `tag${i.toString(36)}`);
const LANGS = ['fr', 'fr', 'fr', 'fr', 'fr', 'en', 'en', 'en', 'en', 'es', 'de', 'ar', 'pt', 'und'];
const SOURCES = [
  ['Twitter Web App', 'https://mobile.twitter.com'],
  ['Twitter for iPhone', 'http://twitter.com/download/iphone'],
  ['Twitter for Android', 'http://twitter.com/download/android'],
  ['TweetDeck', 'https://about.twitter.com/products/tweetdeck'],
] as const;

interface Author {
  id: string;
  screenName: string;
  name: string;
  verified: boolean;
  followers: number;
  friends: number;
  tweets: number;
  likes: number;
  lists: number;
  createdAt: number;
  location: string;
  description: string;
}

const needsQuotes = /[",\r\n]/;
function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString().slice(0, 19);

/** Writes a minet CSV of `rows` tweets to `file`, deterministic for a given seed. */
export async function writeMinetCsv(file: string, options: MinetCsvOptions): Promise<MinetCsvFile> {
  const random = prng(options.seed);
  const authorCount = options.authors ?? 20_000;
  const outsiderCount = options.outsiders ?? 30_000;
  const start = options.start ?? 1_730_419_200; // 2024-11-01T00:00:00Z
  const span = (options.days ?? 90) * 86_400;
  const chunkRows = options.chunkRows ?? 100_000;
  const int = (n: number) => Math.floor(random() * n);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const logNormal = (median: number, sigma: number) => Math.round(median * Math.exp(sigma * normal()));
  const word = () => WORDS[int(WORDS.length)] as string;

  const makeAccount = (k: number, prefix: string): Author => ({
    id: String(10_000_000 + k * 7919 + int(7919)),
    screenName: `${prefix}${k.toString(36)}_${int(1e6).toString(36)}`,
    name: `${word()} ${word()}`.slice(0, 50),
    verified: random() < 0.05,
    followers: logNormal(400, 2.2),
    friends: logNormal(300, 1.2),
    tweets: logNormal(2_000, 1.5),
    likes: logNormal(1_500, 1.5),
    lists: logNormal(5, 1.5),
    createdAt: start - 86_400 * (30 + int(5_000)),
    location: random() < 0.5 ? '' : ['Paris, France', 'Lyon', 'Bruxelles', 'Genève', 'New York, USA', 'Dakar'][int(6)]!,
    description: random() < 0.5 ? '' : Array.from({ length: 4 + int(8) }, word).join(' '),
  });
  const authors = Array.from({ length: authorCount }, (_, k) => makeAccount(k, 'user_'));
  const outsiders = Array.from({ length: outsiderCount }, (_, k) => makeAccount(k + authorCount, 'ext_'));
  // Zipf-like: the k-th author (by activity) is drawn with density ~ k^-3/4; popularity the same way.
  const pickAuthor = () => authors[Math.floor(authorCount * random() ** 4)] as Author;
  const pickTarget = () =>
    random() < 0.7
      ? (authors[Math.floor(authorCount * random() ** 4)] as Author)
      : (outsiders[Math.floor(outsiderCount * random() ** 3)] as Author);

  // Recent tweets that retweets, quotes and replies point to (a ring buffer of ids, authors and times).
  const recent: { id: string; author: Author; time: number; likes: number; retweets: number }[] = [];
  const recentAt = (time: number) => {
    if (recent.length === 0 || random() < 0.25) {
      // A tweet from before the file (or not in it): an id of its own, an outsider or an author as target.
      const author = pickTarget();
      const t = time - 60 - int(86_400 * 3);
      return { id: tweetId(t, int(1e6)), author, time: t, likes: logNormal(40, 2), retweets: logNormal(10, 2) };
    }
    return recent[int(recent.length)]!;
  };

  const text = (length: number) => {
    let s = '';
    while (s.length < length) s += (s ? ' ' : '') + word();
    // About 1 in 20 tweets has a line break, 1 in 30 a quoted word: the CSV quoting paths get exercised.
    if (random() < 0.05) s = `${s.slice(0, 40)}\n${s.slice(40)}`;
    if (random() < 0.033) s += ' "citation"';
    return s;
  };

  const stream = createWriteStream(file);
  let bytes = 0;
  let buffer = '';
  const flush = async () => {
    const chunk = Buffer.from(buffer, 'utf8');
    buffer = '';
    bytes += chunk.length;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  buffer = `${MINET_COLUMNS.join(',')}\n`;
  await flush();
  const chunkOffsets: number[] = [bytes];
  const kinds = { original: 0, reply: 0, retweet: 0, quote: 0 };
  const posted = new Set<Author>();
  const row: string[] = MINET_COLUMNS.map(() => '');
  const set = (c: Column, v: string | number) => {
    row[COLUMN_INDEX.get(c) as number] = typeof v === 'number' ? String(v) : csvField(v);
  };

  for (let i = 0; i < options.rows; i++) {
    if (i > 0 && i % chunkRows === 0) {
      if (buffer) await flush();
      chunkOffsets.push(bytes);
    }
    row.fill('');
    const time = start + Math.floor((span * i) / options.rows) + int(30);
    const id = tweetId(time, i);
    const author = pickAuthor();
    posted.add(author);
    author.followers += int(3);
    author.tweets++;
    const lang = LANGS[int(LANGS.length)] as string;
    const source = SOURCES[int(SOURCES.length)]!;
    const draw = random();
    const kind = draw < 0.18 ? 'retweet' : draw < 0.24 ? 'quote' : draw < 0.32 ? 'reply' : 'original';
    kinds[kind]++;
    const mentions: Author[] = [];
    let likes = logNormal(3, 1.8);
    let retweets = logNormal(1, 1.8);
    let body: string;
    if (kind === 'retweet') {
      const of = recentAt(time);
      body = `RT @${of.author.screenName}: ${text(80)}`;
      mentions.push(of.author);
      likes = of.likes;
      retweets = of.retweets;
      set('retweeted_id', of.id);
      set('retweeted_user', of.author.screenName);
      set('retweeted_user_id', of.author.id);
      set('retweeted_timestamp_utc', `${of.time}.0`);
    } else if (kind === 'quote') {
      const of = recentAt(time);
      body = `${text(90)} https://t.co/${id.slice(-10)}`;
      set('quoted_id', of.id);
      set('quoted_user', of.author.screenName);
      set('quoted_user_id', of.author.id);
      set('quoted_timestamp_utc', `${of.time}.0`);
    } else if (kind === 'reply') {
      const to = recentAt(time);
      body = `@${to.author.screenName} ${text(85)}`;
      mentions.push(to.author);
      set('to_username', to.author.screenName);
      set('to_userid', to.author.id);
      set('to_tweetid', to.id);
    } else {
      body = text(100);
    }
    if (kind !== 'retweet' && random() < 0.25) {
      const added: Author[] = [];
      for (let m = 1 + int(3); m > 0; m--) {
        const target = pickTarget();
        if (!mentions.includes(target) && target !== author) added.push(target);
      }
      mentions.push(...added);
      body += ` ${added.map((a) => `@${a.screenName}`).join(' ')}`;
    }
    const tags =
      random() < 0.3 ? Array.from({ length: 1 + int(2) }, () => HASHTAGS[Math.floor(500 * random() ** 2)]!) : [];
    if (tags.length > 0 && kind !== 'retweet') body += ` ${tags.map((t) => `#${t}`).join(' ')}`;

    set('id', id);
    set('timestamp_utc', `${time}.0`);
    set('local_time', iso(time + 3_600));
    set('user_screen_name', author.screenName);
    set('text', body);
    set('retweet_count', retweets);
    set('like_count', likes);
    if (random() < 0.6) set('reply_count', int(Math.max(1, likes / 4)));
    if (random() < 0.5) set('impression_count', likes * 40 + int(500));
    set('lang', lang);
    set('source_name', source[0]);
    set('source_url', source[1]);
    set('user_location', author.location);
    set('user_id', author.id);
    set('user_name', author.name);
    set('user_verified', author.verified ? 1 : 0);
    set('user_is_blue_verified', 0);
    set('user_description', author.description);
    set('user_image', `https://pbs.twimg.com/profile_images/${author.id}/avatar_normal.jpg`);
    set('user_tweets', author.tweets);
    set('user_followers', author.followers);
    set('user_friends', author.friends);
    set('user_likes', author.likes);
    set('user_lists', author.lists);
    set('user_created_at', iso(author.createdAt));
    set('user_timestamp_utc', `${author.createdAt}.0`);
    set('collected_via', 'search');
    set('match_query', 1);
    set('collection_time', `${iso(time + 600 + int(86_400))}.${String(int(1e6)).padStart(6, '0')}`);
    set('url', `https://twitter.com/${author.screenName}/status/${id}`);
    if (mentions.length > 0) {
      set('mentioned_names', mentions.map((a) => a.screenName.toLowerCase()).join('|'));
      set('mentioned_ids', mentions.map((a) => a.id).join('|'));
    }
    if (tags.length > 0) set('hashtags', tags.join('|'));
    buffer += `${row.join(',')}\n`;
    if (buffer.length > 1 << 20) await flush();

    if (kind !== 'retweet') {
      const entry = { id, author, time, likes, retweets };
      if (recent.length < 5_000) recent.push(entry);
      else recent[int(recent.length)] = entry;
    }
  }
  if (buffer) await flush();
  chunkOffsets.push(bytes);
  stream.end();
  await once(stream, 'finish');
  return { file, rows: options.rows, bytes, authors: posted.size, kinds, chunkOffsets };
}

/** A 19-digit id that grows with time and is unique per row, as X's snowflake ids are. */
function tweetId(epochSeconds: number, sequence: number): string {
  return `${epochSeconds * 1000 + (sequence % 1000)}${String(sequence % 1_000_000).padStart(6, '0')}`;
}
