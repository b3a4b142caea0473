// Every route in the OpenAPI description, fed garbage by a visitor and by a signed-in member: never a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../test/app.ts';
import { makeUser, PASSWORD } from '../test/factories.ts';

let t: TestApp;
let routes: { method: string; path: string }[];
beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(() => t.close());

const garbageBodies = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '12',
  JSON.stringify({ email: { $ne: null }, password: ['x'] }),
  JSON.stringify({ token: "' OR 1=1 --", code: '12345678901234567890', name: '\u0000', lang: 'de' }),
  JSON.stringify({
    email: `${'a'.repeat(300)}@example.org`,
    password: 'p'.repeat(300),
    organisationName: '<script>alert(1)</script>',
  }),
  JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
];
const garbageParams = [
  'x',
  '%00',
  "'",
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(250),
  '00000000-0000-0000-0000-000000000000',
  '%E0%A4%A',
];

function fill(path: string, value: string) {
  return path.replace(/\{[^}]+\}/g, value);
}

describe('bad input never produces a server error', () => {
  it('on every route, for visitors and signed-in members', async () => {
    expect(routes.length).toBeGreaterThan(15);
    const visitor = await new Client(t.app).start();
    const member = await new Client(t.app).start();
    const user = await makeUser(t.database.db, { audience: 'agent', no2fa: true, organisationKind: 'ministry' });
    await member.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const failures: string[] = [];
    for (const client of [visitor, member]) {
      for (const route of routes) {
        if (route.path === '/api/auth/logout') continue; // would end the member's session mid-test
        for (const param of garbageParams) {
          // GETs also get a well-formed query string, so that the garbage reaches the handlers past validation.
          const queries = [`?q=${encodeURIComponent(param)}&limit=-1&page=abc`];
          if (route.method === 'GET') queries.push(`?q=${encodeURIComponent(param)}`);
          for (const [body, query] of (route.method === 'GET' || route.method === 'DELETE'
            ? [undefined]
            : garbageBodies
          ).flatMap((b) => queries.map((q) => [b, q] as const))) {
            const res = await client.request({
              method: route.method as 'GET',
              url: `${fill(route.path, param)}${query}`,
              ...(body === undefined ? {} : { payload: body, headers: { 'content-type': 'application/json' } }),
            });
            if (res.statusCode >= 500)
              failures.push(
                `${route.method} ${route.path} [${param}] ${body}: ${res.statusCode} ${res.body.slice(0, 200)}`,
              );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('on random JSON bodies to the authentication routes', async () => {
    const c = await new Client(t.app).start();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/auth/signup',
          '/api/auth/login',
          '/api/auth/password/reset',
          '/api/auth/verify-email',
          '/api/auth/totp/verify',
        ),
        fc.jsonValue(),
        async (url, value) => {
          const res = await c.request({
            method: 'POST',
            url,
            payload: JSON.stringify(value),
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode).toBeLessThan(500);
          expect(res.statusCode).toBeGreaterThanOrEqual(200);
        },
      ),
      { numRuns: 300 },
    );
  });
});
