// The ActivityPub outbox.json of a Mastodon account archive: an OrderedCollection whose orderedItems are
// `Create` activities (a Note: the account's own posts and replies) and `Announce` activities (its boosts).
// It is one JSON document, read whole: a truncated archive is refused before anything is written.

import { htmlToText } from './html.ts';
import type { AccountRef, IngestRecord, PostRecord, PostTarget, SourceItem } from './records.ts';
import { ImportFormatError } from './records.ts';
import { clip, type ImportInput, isoDate, type ParseOptions, readText } from './source.ts';

const FORMAT = 'mastodon-outbox';
const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);
const POST_TYPES = new Set(['Note', 'Question', 'Article', 'Page']);

type Json = Record<string, unknown>;

/**
 * Reads an outbox. Items are numbered by position: line = index in orderedItems + 1 (the document is one
 * line or pretty-printed, so its text lines mean nothing to a reader of the report).
 * - The author is each activity's `actor` (or the note's `attributedTo`): actor.json may be missing from
 *   the archive, so the handle user@instance is derived from the actor URL (https://instance/users/user).
 * - Accounts are identified by handle: Mastodon has no network-wide account id.
 * - Followers-only and direct posts are left out (reported): the observatory publishes what it ingests.
 * - An archive holds no counts: posts come without metrics.
 */
export async function* parseMastodonOutbox(input: ImportInput, options: ParseOptions = {}): AsyncGenerator<SourceItem> {
  const text = await readText(input);
  if (text.trim() === '') throw new ImportFormatError(`${FORMAT}: the file is empty`, null);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ImportFormatError(
      `${FORMAT}: the file is not a complete JSON document (${(error as Error).message}): a truncated archive? Nothing was imported`,
      null,
    );
  }
  const root = doc as Json;
  const type = typeof root === 'object' && root !== null ? root.type : undefined;
  if ((type !== 'OrderedCollection' && type !== 'OrderedCollectionPage') || !Array.isArray(root.orderedItems))
    throw new ImportFormatError(
      `${FORMAT}: not an ActivityPub outbox (expected an OrderedCollection with orderedItems, as in outbox.json)`,
      null,
    );
  const items = root.orderedItems as unknown[];
  options.onTotal?.(items.length);
  for (let i = 0; i < items.length; i++) {
    const result = activity(items[i]);
    yield typeof result === 'string' ? { line: i + 1, error: result } : { line: i + 1, records: [result] };
  }
}

function activity(value: unknown): IngestRecord | string {
  if (typeof value !== 'object' || value === null) return 'not an activity object';
  const a = value as Json;
  const type = str(a.type);
  if (type === 'Create') return create(a);
  if (type === 'Announce') return announce(a);
  return `unsupported activity type '${clip(type ?? String(a.type))}' (only Create and Announce are posts)`;
}

function create(a: Json): IngestRecord | string {
  const note = a.object;
  if (typeof note !== 'object' || note === null) return 'a Create activity without its object';
  const n = note as Json;
  const id = str(n.id);
  if (!id) return 'a post without id';
  if (!POST_TYPES.has(str(n.type) ?? '')) return `${id}: unsupported object type '${clip(String(n.type))}'`;
  if (!isPublic(n) && !isPublic(a)) return `${id}: not public (followers-only or direct): left out`;
  const actorUrl = str(a.actor) ?? idOf(n.attributedTo);
  const handle = actorUrl ? handleFromUrl(actorUrl) : null;
  if (!handle) return `${id}: cannot tell the author's handle from '${clip(actorUrl ?? '')}'`;
  const published = str(n.published) ?? str(a.published);
  const postedAt = published ? isoDate(published) : null;
  if (!postedAt) return `${id}: invalid date in published: '${clip(published ?? '')}'`;

  const mentions: AccountRef[] = [];
  const hashtags: string[] = [];
  for (const tag of Array.isArray(n.tag) ? n.tag : n.tag ? [n.tag] : []) {
    if (typeof tag !== 'object' || tag === null) continue;
    const t = tag as Json;
    if (t.type === 'Mention') {
      const h = mentionHandle(str(t.name), str(t.href));
      if (h) mentions.push({ network: 'mastodon', handle: h });
    } else if (t.type === 'Hashtag') {
      const name = str(t.name)?.replace(/^#/, '');
      if (name) hashtags.push(name);
    }
  }
  const inReplyTo = idOf(n.inReplyTo);
  const quoted = idOf(n.quote) ?? idOf(n.quoteUri) ?? idOf(n.quoteUrl) ?? idOf(n._misskey_quote);
  const replyTo = inReplyTo ? statusTarget(inReplyTo) : null;
  const quoteOf = quoted ? statusTarget(quoted) : null;
  const contentMap = n.contentMap && typeof n.contentMap === 'object' ? Object.keys(n.contentMap as Json) : [];
  const post: PostRecord = {
    network: 'mastodon',
    networkPostId: id,
    author: { network: 'mastodon', handle },
    postedAt,
    kind: quoteOf ? 'quote' : replyTo ? 'reply' : 'original',
    lang: contentMap[0] ?? null,
    text: htmlToText(str(n.content) ?? ''),
    url: urlOf(n.url) ?? id,
    replyTo,
    quoteOf,
    mentions,
    hashtags,
  };
  return { type: 'post', post };
}

function announce(a: Json): IngestRecord | string {
  const id = str(a.id);
  if (!id) return 'a boost without id';
  if (!isPublic(a)) return `${id}: not public (followers-only boost): left out`;
  const actorUrl = str(a.actor);
  const handle = actorUrl ? handleFromUrl(actorUrl) : null;
  if (!handle) return `${id}: cannot tell the author's handle from '${clip(actorUrl ?? '')}'`;
  const postedAt = str(a.published) ? isoDate(str(a.published) as string) : null;
  if (!postedAt) return `${id}: invalid date in published: '${clip(str(a.published) ?? '')}'`;
  const object = idOf(a.object);
  if (!object) return `${id}: a boost without the boosted post`;
  const embedded = typeof a.object === 'object' && a.object !== null ? idOf((a.object as Json).attributedTo) : null;
  const repostOf = statusTarget(object, embedded);
  const post: PostRecord = {
    network: 'mastodon',
    // The Announce's id is the boost's own URI (…/statuses/123/activity), as the REST API's `uri` gives it.
    networkPostId: id,
    author: { network: 'mastodon', handle },
    postedAt,
    kind: 'repost',
    repostOf,
  };
  return { type: 'post', post };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
/** An ActivityPub reference: a URL, or an object with an id. */
const idOf = (v: unknown): string | null =>
  str(v) ?? (typeof v === 'object' && v !== null ? str((v as Json).id) : null);
const urlOf = (v: unknown): string | null => {
  if (Array.isArray(v)) return urlOf(v[0]);
  return str(v) ?? (typeof v === 'object' && v !== null ? str((v as Json).href) : null);
};

function isPublic(o: Json): boolean {
  for (const field of [o.to, o.cc]) {
    const values = Array.isArray(field) ? field : [field];
    if (values.some((v) => typeof v === 'string' && PUBLIC.has(v))) return true;
  }
  return false;
}

/** https://instance/users/user, https://instance/@user (and their /statuses/… tails) -> user@instance. */
export function handleFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const m = /^\/(?:users\/([^/]+)|@([^/]+))(?:\/|$)/.exec(u.pathname);
  const user = m?.[1] ?? m?.[2];
  if (!user) return null;
  const name = decodeURIComponent(user);
  // A remote account seen through its local profile URL: https://instance/@user@other
  return name.includes('@') ? name.toLowerCase() : `${name}@${u.host}`.toLowerCase();
}

function mentionHandle(name: string | null, href: string | null): string | null {
  const n = name?.replace(/^@/, '');
  if (n?.includes('@')) return n.toLowerCase();
  const fromHref = href ? handleFromUrl(href) : null;
  if (fromHref) return fromHref;
  if (n && href) {
    try {
      return `${n}@${new URL(href).host}`.toLowerCase();
    } catch {
      return null;
    }
  }
  return null;
}

function statusTarget(url: string, attributedTo?: string | null): PostTarget {
  const handle = (attributedTo ? handleFromUrl(attributedTo) : null) ?? handleFromUrl(url);
  return { postId: url, account: handle ? { network: 'mastodon', handle } : null };
}
