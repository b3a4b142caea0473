import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('HTTP behaviour', () => {
  it('answers health and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('sends security headers, a CSP and a request id', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const me = await t.app.inject('/api/auth/me');
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('answers unknown routes with a problem document in French by default, English on request', async () => {
    const fr = await t.app.inject('/api/nothing-here');
    expect(fr.statusCode).toBe(404);
    expect(fr.headers['content-type']).toContain('application/problem+json');
    expect(fr.json()).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, detail: 'Ressource introuvable.' });
    const en = await t.app.inject({
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' },
    });
    expect(en.json().detail).toBe('Resource not found.');
  });

  it('turns malformed JSON, wrong types, unknown fields, wrong media types and oversize bodies into 4xx', async () => {
    const c = await new Client(t.app).start();
    const send = (payload: string, type = 'application/json') =>
      c.request({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': type } });
    const malformed = await send('{"email": ');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('ERR_MALFORMED_JSON');
    const wrongType = await send(JSON.stringify({ email: 42, password: [] }));
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().code).toBe('ERR_VALIDATION');
    expect(wrongType.json().errors[0].field).toMatch(/email|password/);
    const missing = await send(JSON.stringify({ email: 'a@b.fr' }));
    expect(missing.json().errors[0]).toEqual({ field: 'body.password', message: 'champ obligatoire' });
    c.lang = 'en';
    const missingEn = await send(JSON.stringify({ email: 'a@b.fr' }));
    expect(missingEn.json().errors[0]).toEqual({ field: 'body.password', message: 'required' });
    c.lang = 'fr';
    const extra = await send(JSON.stringify({ email: 'a@b.fr', password: 'x', admin: true }));
    expect(extra.statusCode).toBe(400);
    const media = await send('<email>a</email>', 'application/xml');
    expect(media.statusCode).toBe(415);
    const huge = await send(JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('ERR_PAYLOAD_TOO_LARGE');
  });

  it('rate-limits the authentication routes', async () => {
    const limited = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const c = await new Client(limited.app).start();
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await c.post('/api/auth/password/forgot', { email: 'x@example.org' })).statusCode);
      expect(codes).toEqual([202, 202, 202, 429]);
      const last = await c.post('/api/auth/password/forgot', { email: 'x@example.org' });
      expect(last.json().code).toBe('ERR_RATE_LIMITED');
      expect(last.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });

  it('exposes Prometheus metrics', async () => {
    await t.app.inject('/healthz');
    const res = await t.app.inject('/metrics');
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });

  it('describes every API route in OpenAPI 3.1 with its request and response schemas', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/auth/signup', '/api/auth/login', '/api/auth/logout', '/api/auth/me']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses?: object }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.responses && Object.keys(op.responses).length, `${method} ${path} has responses`).toBeGreaterThan(0);
      }
    }
    expect((await t.app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });
});
