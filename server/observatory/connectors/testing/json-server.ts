// A real HTTP server on 127.0.0.1 for connector tests: a per-network router on top of a fixed-window rate budget
// (headers on every answer, 429 when spent) and injectable faults (malformed JSON, cut-off bodies, 5xx).
// The clock is injectable so that tests share a fake one with the connector's sleep.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BudgetState {
  limit: number;
  remaining: number;
  /** ms since the epoch */
  resetAt: number;
  windowMs: number;
}

export interface RateBudget {
  limit: number;
  windowMs: number;
  /** Windows aligned on multiples of windowMs since the epoch (Mastodon) rather than opened by a first request. */
  aligned?: boolean;
}

export type FaultKind = 'malformed-json' | 'truncated' | 'server-error';

interface Fault {
  kind: FaultKind;
  match: string;
  times: number;
}

export interface JsonServerOptions {
  clock?: () => number;
  budget?: RateBudget;
}

export abstract class JsonServer {
  /** Base URL, without a trailing slash. */
  url = '';
  readonly clock: () => number;
  /** Path and query of every request received, in order. */
  readonly requests: string[] = [];
  /** How many 429 answers were sent. */
  tooManySent = 0;
  private server: Server | null = null;
  private readonly budget: RateBudget | null;
  private window = { start: 0, count: 0 };
  private readonly faults: Fault[] = [];

  constructor(options: JsonServerOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.budget = options.budget ?? null;
  }

  protected abstract route(url: URL, request: IncomingMessage): Answer;
  protected abstract rateLimitHeaders(state: BudgetState): Record<string, string>;
  protected abstract tooManyRequests(state: BudgetState): Answer;

  /** The next `times` requests whose path and query contain `match` fail the given way. */
  injectFault(kind: FaultKind, options: { match?: string; times?: number } = {}): void {
    this.faults.push({ kind, match: options.match ?? '', times: options.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Another client spent the rest of the current window: the next request gets a 429. */
  exhaustBudget(): void {
    if (!this.budget) throw new Error('test server: no rate budget configured');
    this.rollWindow();
    this.window.count = this.budget.limit;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  private rollWindow(): BudgetState | null {
    if (!this.budget) return null;
    const now = this.clock();
    const { windowMs, limit } = this.budget;
    if (now >= this.window.start + windowMs) {
      this.window = { start: this.budget.aligned ? now - (now % windowMs) : now, count: 0 };
    }
    return {
      limit,
      remaining: Math.max(limit - this.window.count, 0),
      resetAt: this.window.start + windowMs,
      windowMs,
    };
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.url);
    this.requests.push(`${url.pathname}${url.search}`);
    let state = this.rollWindow();
    if (state && this.budget) {
      if (this.window.count >= this.budget.limit) {
        this.tooManySent += 1;
        this.send(response, this.tooManyRequests({ ...state, remaining: 0 }), { ...state, remaining: 0 });
        return;
      }
      this.window.count += 1;
      state = { ...state, remaining: Math.max(this.budget.limit - this.window.count, 0) };
    }
    const fault = this.faults.find((f) => f.times > 0 && `${url.pathname}${url.search}`.includes(f.match));
    if (fault) {
      fault.times -= 1;
      if (fault.kind === 'server-error') {
        response.writeHead(503, { 'content-type': 'text/html', ...(state ? this.rateLimitHeaders(state) : {}) });
        response.end('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>');
        return;
      }
      if (fault.kind === 'malformed-json') {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end('{"id": "1", "created_at": "2026-11-01T00:00:00Z", "content": <p>oops');
        return;
      }
    }
    let answer: Answer;
    try {
      answer = this.route(url, request);
    } catch (error) {
      answer = { status: 500, body: { error: `test server: ${(error as Error).message}` } };
    }
    if (fault?.kind === 'truncated') {
      // Announce the whole body, send half of it, then drop the connection.
      const text = JSON.stringify(answer.body ?? null);
      const bytes = Buffer.from(text);
      response.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(bytes.length),
      });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
      return;
    }
    this.send(response, answer, state);
  }

  private send(response: ServerResponse, answer: Answer, state: BudgetState | null): void {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...(state ? this.rateLimitHeaders(state) : {}),
      ...answer.headers,
    });
    response.end(text);
  }
}

/** Integer query parameter within bounds, or the default. */
export function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  const n = raw === null ? fallback : Number(raw);
  return Number.isInteger(n) ? Math.min(Math.max(n, min), max) : fallback;
}

export function compareNumericIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
