// The JSON HTTP client shared by the network connectors: timeouts, bounded retries on 5xx and network failures,
// and rate limits honoured (429, Retry-After, each network's reset headers, a pause when the budget is spent).
// Clock and sleep are injectable so that tests never wait for real.

export type Sleep = (ms: number) => Promise<void>;
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  /** Names the network in error messages ('mastodon', 'bluesky', 'x'). */
  network: string;
  baseUrl: string;
  bearerToken?: string | null;
  fetch?: FetchLike;
  sleep?: Sleep;
  /** Milliseconds since the epoch. */
  now?: () => number;
  timeoutMs?: number;
  /** Retries after a 5xx answer or a network failure (not after a 4xx). */
  maxRetries?: number;
  /** The longest wait accepted for a rate limit; beyond it the call fails with RateLimitedError. */
  maxRateLimitWaitMs?: number;
  userAgent?: string;
}

export const HTTP_DEFAULTS = {
  timeoutMs: 30_000,
  maxRetries: 3,
  maxRateLimitWaitMs: 15 * 60_000,
  userAgent: 'Diplomatie-Observatory/1 (+https://github.com/diplomatie)',
};
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
// A 429 without any hint of when to come back: wait this long, then give up after a few such answers.
const RATE_LIMIT_FALLBACK_MS = 60_000;
const MAX_RATE_LIMIT_RETRIES = 3;

export type ConnectorErrorCode =
  | 'network'
  | 'http'
  | 'malformed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'invalid_request';

/** A failure talking to a network: says which network, which URL and what went wrong. */
export class ConnectorError extends Error {
  readonly network: string;
  readonly code: ConnectorErrorCode;
  readonly url: string | null;
  readonly status: number | null;
  /** The network's own error text, when it sent one (e.g. Bluesky's 'InvalidRequest: Profile not found'). */
  readonly detail: string | null;
  constructor(
    message: string,
    details: {
      network: string;
      code: ConnectorErrorCode;
      url?: string | null;
      status?: number | null;
      detail?: string | null;
    },
  ) {
    super(message);
    this.name = 'ConnectorError';
    this.network = details.network;
    this.code = details.code;
    this.url = details.url ?? null;
    this.status = details.status ?? null;
    this.detail = details.detail ?? null;
  }
}

/** The network asks us to wait longer than we accept: come back at `resumeAt`. */
export class RateLimitedError extends ConnectorError {
  readonly resumeAt: Date;
  constructor(message: string, details: { network: string; url?: string | null; resumeAt: Date }) {
    super(message, { ...details, code: 'rate_limited', status: 429 });
    this.name = 'RateLimitedError';
    this.resumeAt = details.resumeAt;
  }
}

export interface JsonAnswer {
  body: unknown;
  headers: Headers;
  url: string;
  status: number;
}

export type Query = Record<string, string | number | null | undefined>;

/** One client per API origin: it remembers that origin's rate-limit budget between calls. */
export class HttpClient {
  readonly network: string;
  readonly origin: string;
  private readonly base: URL;
  private readonly options: Required<Omit<HttpClientOptions, 'bearerToken'>> & { bearerToken: string | null };
  /** When the budget seen on the last answer was spent: no request before this time. */
  private blockedUntil: number | null = null;

  constructor(options: HttpClientOptions) {
    this.network = options.network;
    this.base = new URL(options.baseUrl);
    this.origin = this.base.origin;
    this.options = {
      network: options.network,
      baseUrl: options.baseUrl,
      bearerToken: options.bearerToken ?? null,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now: options.now ?? Date.now,
      timeoutMs: options.timeoutMs ?? HTTP_DEFAULTS.timeoutMs,
      maxRetries: options.maxRetries ?? HTTP_DEFAULTS.maxRetries,
      maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? HTTP_DEFAULTS.maxRateLimitWaitMs,
      userAgent: options.userAgent ?? HTTP_DEFAULTS.userAgent,
    };
  }

  /** Builds a URL on this client's origin; absolute URLs (paging links) must stay on it. */
  url(pathOrUrl: string, query: Query = {}): string {
    const url = new URL(pathOrUrl, this.base);
    if (url.origin !== this.origin) {
      throw new ConnectorError(`${this.network}: refusing to follow ${url.origin}, which is not ${this.origin}`, {
        network: this.network,
        code: 'malformed',
        url: url.toString(),
      });
    }
    for (const [key, value] of Object.entries(query)) {
      if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  async getJson(pathOrUrl: string, query: Query = {}): Promise<JsonAnswer> {
    const url = this.url(pathOrUrl, query);
    const { now, sleep } = this.options;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      await this.waitForBudget(url);
      let response: Response;
      let text: string;
      try {
        response = await this.options.fetch(url, {
          method: 'GET',
          headers: this.headers(),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        // Read here, inside the try: a body cut off mid-way is a network failure, retried like one.
        text = await response.text();
      } catch (error) {
        failures += 1;
        if (failures > this.options.maxRetries) {
          throw new ConnectorError(
            `${this.network}: GET ${url}: no complete answer after ${failures} attempts (${describeFailure(error)})`,
            { network: this.network, code: 'network', url },
          );
        }
        await sleep(backoff(failures));
        continue;
      }
      this.noteBudget(response.headers);

      if (response.status === 429) {
        rateLimited += 1;
        const hinted = resumeTime(response.headers, now());
        const resumeAt = hinted ?? now() + RATE_LIMIT_FALLBACK_MS * rateLimited;
        const wait = Math.max(resumeAt - now(), 1_000);
        if (wait > this.options.maxRateLimitWaitMs || rateLimited > MAX_RATE_LIMIT_RETRIES) {
          throw this.rateLimitedError(url, resumeAt);
        }
        this.blockedUntil = null;
        await sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        failures += 1;
        if (failures > this.options.maxRetries) {
          throw new ConnectorError(
            `${this.network}: GET ${url}: the server answered ${response.status}${errorDetail(text) ? ` (${errorDetail(text)})` : ''} ${failures} times`,
            { network: this.network, code: 'http', url, status: response.status },
          );
        }
        // A 503 may say when to come back; otherwise back off exponentially.
        const hinted = retryAfter(response.headers.get('retry-after'), now());
        const wait = hinted !== null ? Math.max(hinted - now(), 0) : backoff(failures);
        await sleep(Math.min(wait, this.options.maxRateLimitWaitMs));
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        const detail = errorDetail(text);
        throw new ConnectorError(
          `${this.network}: GET ${url}: answered ${response.status}${detail ? `: ${detail}` : ''}`,
          {
            network: this.network,
            code: codeForStatus(response.status),
            url,
            status: response.status,
            detail: detail || null,
          },
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new ConnectorError(
          `${this.network}: GET ${url}: the answer is not valid JSON (${describeFailure(error)}; ${text.length} bytes, starting ${JSON.stringify(text.slice(0, 40))})`,
          { network: this.network, code: 'malformed', url, status: response.status },
        );
      }
      return { body, headers: response.headers, url, status: response.status };
    }
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': this.options.userAgent };
    if (this.options.bearerToken) headers.authorization = `Bearer ${this.options.bearerToken}`;
    return headers;
  }

  /** Pauses before a request when the last answer said the budget is spent until a reset time. */
  private async waitForBudget(url: string): Promise<void> {
    if (this.blockedUntil === null) return;
    const wait = this.blockedUntil - this.options.now();
    if (wait <= 0) {
      this.blockedUntil = null;
      return;
    }
    if (wait > this.options.maxRateLimitWaitMs) throw this.rateLimitedError(url, this.blockedUntil);
    await this.options.sleep(wait);
    this.blockedUntil = null;
  }

  private noteBudget(headers: Headers): void {
    const remaining = Number(firstHeader(headers, REMAINING_HEADERS));
    const reset = parseReset(firstHeader(headers, RESET_HEADERS), this.options.now());
    this.blockedUntil = Number.isFinite(remaining) && remaining <= 0 && reset !== null ? reset : null;
  }

  private rateLimitedError(url: string, resumeAt: number): RateLimitedError {
    const at = new Date(resumeAt);
    return new RateLimitedError(`${this.network}: rate limited until ${at.toISOString()} (GET ${url})`, {
      network: this.network,
      url,
      resumeAt: at,
    });
  }
}

// X sends x-rate-limit-*, Mastodon X-RateLimit-*, Bluesky (atproto) RateLimit-*.
const REMAINING_HEADERS = ['x-rate-limit-remaining', 'x-ratelimit-remaining', 'ratelimit-remaining'];
const RESET_HEADERS = ['x-rate-limit-reset', 'x-ratelimit-reset', 'ratelimit-reset'];

function firstHeader(headers: Headers, names: string[]): string | null {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && value.trim() !== '') return value.trim();
  }
  return null;
}

/**
 * A reset header as a time in ms: epoch seconds (X, Bluesky), an ISO 8601 timestamp (Mastodon), or, for small
 * numbers, seconds from now (the IETF RateLimit draft).
 */
export function parseReset(value: string | null, now: number): number | null {
  if (value === null) return null;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    if (n > 1e11) return n; // already milliseconds
    if (n > 1e9) return n * 1000;
    return now + n * 1000;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** Retry-After as a time in ms: delay in seconds or an HTTP date. */
export function retryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return now + Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/** When a 429 says we may come back: Retry-After first, then the network's reset header. */
export function resumeTime(headers: Headers, now: number): number | null {
  return retryAfter(headers.get('retry-after'), now) ?? parseReset(firstHeader(headers, RESET_HEADERS), now);
}

function backoff(failures: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** (failures - 1), BACKOFF_MAX_MS);
}

function codeForStatus(status: number): ConnectorErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 400) return 'invalid_request';
  return 'http';
}

/** The network's own words from an error body: Mastodon `error`, X `detail`/`title`, Bluesky `error: message`. */
export function errorDetail(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text.trim().startsWith('<') ? '' : text.trim().slice(0, 200);
  }
  if (typeof body !== 'object' || body === null) return '';
  const b = body as Record<string, unknown>;
  const parts = [b.error, b.message, b.title, b.detail].filter(
    (v, i, all): v is string => typeof v === 'string' && v !== '' && all.indexOf(v) === i,
  );
  if (parts.length > 0) return parts.join(': ').slice(0, 300);
  if (Array.isArray(b.errors)) {
    const first = b.errors[0] as Record<string, unknown> | undefined;
    const text = first && (first.detail ?? first.message ?? first.title);
    if (typeof text === 'string') return text.slice(0, 300);
  }
  return '';
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return `${error.message}${detail}`;
  }
  return String(error);
}

/** Parses an RFC 8288 Link header into rel → URL. */
export function parseLinkHeader(value: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  for (const part of value.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match) continue;
    const rel = /rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? '');
    if (!rel?.[1] || match[1] === undefined) continue;
    for (const name of rel[1].trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
  }
  return links;
}
