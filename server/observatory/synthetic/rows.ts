// The rows the synthetic world generates, referencing accounts by their index in the population, and the
// world's time window. Shared by the generator (timeline.ts) and the writer (insert.ts).
import type { InteractionKind, PostKind } from '../../db/schema.ts';
import type { MetricRow } from './engagement.ts';

export const WORLD_DAYS = 90;
export const DEFAULT_END_DATE = '2026-11-22';

export interface PostRow {
  account: number;
  id: string;
  postedAt: number;
  kind: PostKind;
  lang: string | null;
  text: string | null;
  url: string;
  replyToPost: string | null;
  replyToAccount: number | null;
  quoteOfPost: string | null;
  quoteOfAccount: number | null;
  repostOfPost: string | null;
  repostOfAccount: number | null;
  mentions: number[];
  hashtags: string[];
  metrics: MetricRow | null;
}

export interface InteractionRow {
  account: number;
  post: string;
  target: number;
  kind: InteractionKind;
  occurredAt: number;
}

export interface SnapshotRow {
  account: number;
  observedAt: number;
  followers: number;
  following: number;
  postsCount: number;
}

export interface WorldChunk {
  day: number;
  posts: PostRow[];
  metrics: MetricRow[];
  interactions: InteractionRow[];
  snapshots: SnapshotRow[];
}

export interface AccountEnd {
  followers: number;
  following: number;
  postsCount: number;
  observedAt: number;
}

/** The world's window in epoch seconds: 90 whole UTC days ending with `endDate` (YYYY-MM-DD). */
export function worldWindow(endDate: string): { start: number; end: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(endDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== endDate)
    throw new Error(`synthetic: the end date must be a calendar date YYYY-MM-DD, got "${endDate}"`);
  const end = ms / 1000 + 86_399;
  return { start: end + 1 - WORLD_DAYS * 86_400, end };
}
