// What every network connector offers the poll service: look an account up, then fetch its posts newer than a
// cursor, as normalised ingest records. Also the small readers the connectors use to check payloads by hand.
import type { AccountObservation, AccountRef, IngestRecord } from '../ingest/records.ts';
import { ConnectorError, type FetchLike, type Sleep } from './http.ts';

export type PolledNetwork = 'mastodon' | 'bluesky' | 'x';
export const POLLED_NETWORKS: readonly PolledNetwork[] = ['mastodon', 'bluesky', 'x'];

/** Options every connector takes; the lead wires configuration to them (base URL overrides serve tests). */
export interface ConnectorOptions {
  baseUrl?: string;
  bearerToken?: string | null;
  fetch?: FetchLike;
  sleep?: Sleep;
  now?: () => number;
  /** Pages read per poll at most (first poll: how far back history goes). */
  maxPages?: number;
  pageSize?: number;
  timeoutMs?: number;
  maxRetries?: number;
  maxRateLimitWaitMs?: number;
}

export const DEFAULT_MAX_PAGES = 10;

/** A tracked account as the registry knows it. */
export interface AccountHandle {
  handle: string | null;
  networkId: string | null;
}

export interface LookupResult {
  /** The id the network's API wants in later calls (Mastodon: the id on the account's own instance). */
  apiId: string;
  /** The network-wide identity to keep in obs_accounts.network_id; null when the network has none (Mastodon). */
  networkId: string | null;
  handle: string;
  observation: AccountObservation;
}

export interface SkippedItem {
  page: number;
  index: number;
  reason: string;
}

export interface FetchResult {
  /** One inner array per post, as writeBatch takes them. */
  items: IngestRecord[][];
  skipped: SkippedItem[];
  /** Non-fatal problems the network reported (X partial errors). */
  warnings: string[];
  /** The cursor to store for the next poll (unchanged when nothing new was seen). */
  cursor: string | null;
  pages: number;
  /** False when paging stopped at maxPages before the end or the previous cursor. */
  complete: boolean;
}

export interface FetchOptions {
  cursor: string | null;
  maxPages?: number;
}

export interface Connector {
  readonly network: PolledNetwork;
  /**
   * Whether a later poll cut short by maxPages is continued by the next one (Mastodon pages forward from the
   * cursor). X and Bluesky only page backwards from the newest post: posts beyond the limit are not fetched.
   */
  readonly resumesForward: boolean;
  lookup(account: AccountHandle): Promise<LookupResult>;
  fetchPosts(account: { apiId: string; handle: string }, options: FetchOptions): Promise<FetchResult>;
}

/** The account does not exist (or no longer) on the network. */
export class AccountNotFoundError extends ConnectorError {
  constructor(network: string, who: string, url: string | null) {
    super(`${network}: account ${who} not found`, { network, code: 'not_found', url, status: 404 });
    this.name = 'AccountNotFoundError';
  }
}

/** A page or an item did not have the shape the network documents. */
export function malformed(network: string, url: string, problem: string): ConnectorError {
  return new ConnectorError(`${network}: GET ${url}: unexpected answer: ${problem}`, {
    network,
    code: 'malformed',
    url,
  });
}

/** Thrown by the item readers; caught per item, which is then skipped with this reason. */
export class ItemError extends Error {}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireString(obj: Json, key: string, what: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value === '') throw new ItemError(`${what}: missing \`${key}\``);
  return value;
}

export function requireObject(obj: Json, key: string, what: string): Json {
  const value = obj[key];
  if (!isObject(value)) throw new ItemError(`${what}: missing \`${key}\``);
  return value;
}

export function requireDate(obj: Json, key: string, what: string): Date {
  const text = requireString(obj, key, what);
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ItemError(`${what}: \`${key}\` is not a date (${text.slice(0, 40)})`);
  return date;
}

export function optString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A count: a non-negative integer, else null (a wrong type never sinks the item). */
export function optCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

export function optArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Compares numeric ids (snowflakes, status ids) without losing precision; other strings lexically. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

/** Emits each other account's observation once per poll, in the first post that meets it. */
export class ObservationOnce {
  private readonly seen = new Set<string>();
  constructor(skip: AccountRef[] = []) {
    for (const ref of skip) this.mark(ref);
  }
  mark(ref: AccountRef): void {
    if (ref.networkId) this.seen.add(`i:${ref.networkId}`);
    if (ref.handle) this.seen.add(`h:${ref.handle.toLowerCase()}`);
  }
  take(observation: AccountObservation): IngestRecord[] {
    const keys = [
      observation.networkId ? `i:${observation.networkId}` : null,
      observation.handle ? `h:${observation.handle.toLowerCase()}` : null,
    ].filter((k): k is string => k !== null);
    if (keys.length === 0 || keys.some((k) => this.seen.has(k))) return [];
    for (const k of keys) this.seen.add(k);
    return [{ type: 'account', account: observation }];
  }
}
