import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConnectorError,
  errorDetail,
  type FetchLike,
  HttpClient,
  parseLinkHeader,
  parseReset,
  RateLimitedError,
  retryAfter,
} from './http.ts';
import { fakeClock } from './testing/clock.ts';

const NOW = Date.parse('2026-11-24T10:00:00.000Z');

/** A fetch that plays back answers in order and counts the calls. */
function scripted(answers: (() => Response)[]) {
  const calls: string[] = [];
  const fetch: FetchLike = async (input) => {
    calls.push(input);
    const next = answers.shift();
    if (!next) throw new Error('test: no more answers');
    return next();
  };
  return { fetch, calls };
}
const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('rate-limit headers', () => {
  it('reads epoch seconds (X, Bluesky), ISO timestamps (Mastodon) and relative seconds', () => {
    expect(parseReset('1795514700', NOW)).toBe(1_795_514_700_000);
    expect(parseReset('2026-11-24T10:05:00.000000Z', NOW)).toBe(NOW + 300_000);
    expect(parseReset('30', NOW)).toBe(NOW + 30_000);
    expect(parseReset('soon', NOW)).toBeNull();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('7', NOW)).toBe(NOW + 7_000);
    expect(retryAfter('Tue, 24 Nov 2026 10:00:30 GMT', NOW)).toBe(NOW + 30_000);
    expect(retryAfter('', NOW)).toBeNull();
  });

  it('waits the Retry-After of a 429, in either form, before asking again', async () => {
    const clock = fakeClock(NOW);
    const { fetch, calls } = scripted([
      json({ error: 'Too many requests' }, 429, { 'retry-after': '7' }),
      json({ error: 'Too many requests' }, 429, { 'retry-after': 'Tue, 24 Nov 2026 10:00:37 GMT' }),
      json({ ok: true }),
    ]);
    const client = new HttpClient({ network: 'test', baseUrl: 'https://api.example', fetch, ...clock });
    expect((await client.getJson('/thing')).body).toEqual({ ok: true });
    expect(clock.waits).toEqual([7_000, 30_000]);
    expect(calls).toHaveLength(3);
  });

  it('gives up after repeated 429s that give no time, with a resume time', async () => {
    const clock = fakeClock(NOW);
    const { fetch } = scripted(Array.from({ length: 5 }, () => json({}, 429)));
    const client = new HttpClient({ network: 'test', baseUrl: 'https://api.example', fetch, ...clock });
    const error = await client.getJson('/thing').catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(clock.waits).toEqual([60_000, 120_000, 180_000]);
  });
});

describe('HttpClient', () => {
  let server: Server | null = null;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  it('times out a server that never answers, retries, then fails clearly', async () => {
    server = createServer(() => {});
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const clock = fakeClock(NOW);
    const client = new HttpClient({
      network: 'test',
      baseUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 50,
      maxRetries: 1,
      ...clock,
    });
    const error = await client.getJson('/slow').catch((e) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).toBe(
      `test: GET http://127.0.0.1:${port}/slow: no complete answer after 2 attempts (timed out)`,
    );
    expect(clock.waits).toEqual([1_000]);
  });

  it('does not retry a 4xx and keeps the network words', async () => {
    const { fetch, calls } = scripted([json({ title: 'Unauthorized', detail: 'Unauthorized', status: 401 }, 401)]);
    const client = new HttpClient({ network: 'x', baseUrl: 'https://api.example', fetch, bearerToken: 't' });
    const error = await client.getJson('/2/users/1').catch((e) => e);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, detail: 'Unauthorized' });
    expect(calls).toHaveLength(1);
  });

  it('never follows a paging link to another origin', () => {
    const client = new HttpClient({ network: 'mastodon', baseUrl: 'https://diplo.example' });
    expect(() => client.url('https://elsewhere.example/api/v1/x')).toThrow(
      /refusing to follow https:\/\/elsewhere\.example/,
    );
    expect(client.url('/api/v1/x', { limit: 40, max_id: null })).toBe('https://diplo.example/api/v1/x?limit=40');
  });
});

describe('parsing helpers', () => {
  it('parses Link headers', () => {
    expect(
      parseLinkHeader(
        '<https://m.example/api/v1/a?max_id=7>; rel="next", <https://m.example/api/v1/a?min_id=9>; rel="prev"',
      ),
    ).toEqual({ next: 'https://m.example/api/v1/a?max_id=7', prev: 'https://m.example/api/v1/a?min_id=9' });
    expect(parseLinkHeader(null)).toEqual({});
  });

  it("quotes each network's error body", () => {
    expect(errorDetail('{"error":"Record not found"}')).toBe('Record not found');
    expect(errorDetail('{"error":"InvalidRequest","message":"Profile not found"}')).toBe(
      'InvalidRequest: Profile not found',
    );
    expect(errorDetail('{"title":"Client Forbidden","detail":"Not enrolled","type":"about:blank"}')).toBe(
      'Client Forbidden: Not enrolled',
    );
    expect(errorDetail('<html>503</html>')).toBe('');
  });
});
