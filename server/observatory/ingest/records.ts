// The normalised shape every source (file importers, connectors, the synthetic world) hands to the writer.
// Accounts are referenced by the network's own id and/or handle; the writer resolves them to account ids.
import type { Network, PostKind } from '../../db/schema.ts';

/** An account as a source names it: the network's own user id when known, else a handle. */
export interface AccountRef {
  network: Network;
  networkId?: string | null;
  /** Without '@'; lowercased by the writer. Mastodon: 'user@instance'; Bluesky: 'name.bsky.social'. */
  handle?: string | null;
  displayName?: string | null;
}

/** Counts seen on an account at a point in time (a snapshot). */
export interface AccountObservation extends AccountRef {
  observedAt: Date;
  followers?: number | null;
  following?: number | null;
  postsCount?: number | null;
  verified?: boolean | null;
}

export interface PostMetrics {
  observedAt: Date;
  likes?: number | null;
  reposts?: number | null;
  replies?: number | null;
  quotes?: number | null;
  views?: number | null;
}

/** What a post points at: the target post's network id and/or its author. */
export interface PostTarget {
  postId?: string | null;
  account?: AccountRef | null;
}

export interface PostRecord {
  network: Network;
  /** The network's own post id (tweet id, status id, at:// URI). */
  networkPostId: string;
  author: AccountRef | AccountObservation;
  postedAt: Date;
  kind: PostKind;
  lang?: string | null;
  text?: string | null;
  url?: string | null;
  replyTo?: PostTarget | null;
  quoteOf?: PostTarget | null;
  repostOf?: PostTarget | null;
  mentions?: AccountRef[];
  hashtags?: string[];
  metrics?: PostMetrics | null;
}

export type IngestRecord = { type: 'account'; account: AccountObservation } | { type: 'post'; post: PostRecord };

/** One unit read from a source (a CSV line, a JSONL page, an outbox item): records, or why it was skipped. */
export type SourceItem =
  | { line: number; records: IngestRecord[]; error?: undefined }
  | { line: number; error: string; records?: undefined };

/** A source that cannot be read at all (wrong columns, not JSON): nothing is written. */
export class ImportFormatError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

export function isObservation(ref: AccountRef | AccountObservation): ref is AccountObservation {
  return (ref as AccountObservation).observedAt instanceof Date;
}
