// The network's read paths against random worlds: for 10,000 (viewer, read path) cases per run, nothing a path
// returns may be something the access policy denies that viewer — not an item, not a name, not an id, not a count.
// Hidden and unknown ids answer the same 404. The oracle (oracle.ts) works from the access module's predicates,
// never from SQL.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { insertWorld, sessionsFor, wipe } from './insert.ts';
import { Oracle, viewerOf } from './oracle.ts';
import { materialise, type World, worldArb } from './world.ts';

const CASES = 10_000;
const PROBES_PER_WORLD = 40;
const RANDOM_ID = '0badc0de-0000-4000-8000-000000000000';

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'diplomatie-property-'));
  t = await createTestApp({ env: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Pick = (w: World, n: number) => string;
const pickOf =
  <T>(list: (w: World) => T[], id: (item: T) => string): Pick =>
  (w, n) => {
    const items = list(w);
    // One pick in eight is an id that never existed: it must answer exactly like a hidden one.
    if (items.length === 0 || n % 8 === 7) return RANDOM_ID;
    return id(items[n % items.length]!);
  };
const space = pickOf(
  (w) => w.spaces,
  (s) => s.id,
);
const post = pickOf(
  (w) => w.posts,
  (p) => p.id,
);
const member = pickOf(
  (w) => w.users,
  (u) => u.id,
);
const conversation = pickOf(
  (w) => w.conversations,
  (c) => c.id,
);
const attachment = pickOf(
  (w) => w.attachments,
  (a) => a.id,
);
const request = pickOf(
  (w) => w.requests,
  (r) => r.id,
);
const anyToken: Pick = (w, n) => {
  const tokens = [
    ...w.spaces.map((s) => s.token),
    ...w.posts.map((p) => p.token),
    ...w.comments.map((c) => c.token),
    ...w.requests.map((r) => r.token),
    ...w.users.map((u) => u.token),
  ];
  return tokens[n % tokens.length]!;
};
const memberToken: Pick = (w, n) => w.users[n % w.users.length]!.token;

interface Path {
  name: string;
  url: (w: World, n: number) => string;
  /** Also checks member names and ids against the directory rule. */
  directory?: boolean;
  /** An item path: a hidden or unknown id answers 404 with the same body. */
  item?: boolean;
}

const PATHS: Path[] = [
  { name: 'feed', url: () => '/api/network/feed?limit=50' },
  { name: 'spaces', url: () => '/api/network/spaces?pageSize=100' },
  { name: 'space', url: (w, n) => `/api/network/spaces/${space(w, n)}`, item: true },
  { name: 'space posts', url: (w, n) => `/api/network/spaces/${space(w, n)}/posts?limit=50`, item: true },
  {
    name: 'space members',
    url: (w, n) => `/api/network/spaces/${space(w, n)}/members?pageSize=100`,
    item: true,
    directory: true,
  },
  { name: 'post', url: (w, n) => `/api/network/posts/${post(w, n)}`, item: true },
  { name: 'comments', url: (w, n) => `/api/network/posts/${post(w, n)}/comments`, item: true },
  { name: 'search', url: (w, n) => `/api/network/search?q=${anyToken(w, n)}` },
  { name: 'search members', url: (w, n) => `/api/network/search?type=member&q=${memberToken(w, n)}`, directory: true },
  { name: 'directory', url: () => '/api/network/members?pageSize=100', directory: true },
  { name: 'directory search', url: (w, n) => `/api/network/members?q=${memberToken(w, n)}`, directory: true },
  { name: 'profile', url: (w, n) => `/api/network/members/${member(w, n)}`, item: true, directory: true },
  { name: 'autocomplete', url: () => '/api/network/members/autocomplete?q=membre', directory: true },
  {
    name: 'autocomplete in space',
    url: (w, n) => `/api/network/members/autocomplete?q=membre&spaceId=${space(w, n)}`,
    directory: true,
  },
  { name: 'notifications', url: () => '/api/network/notifications' },
  { name: 'notification count', url: () => '/api/network/notifications/count' },
  { name: 'conversations', url: () => '/api/network/messages' },
  { name: 'conversation', url: (w, n) => `/api/network/messages/${conversation(w, n)}`, item: true },
  { name: 'attachment', url: (w, n) => `/api/network/attachments/${attachment(w, n)}`, item: true },
  { name: 'deal rooms', url: () => '/api/network/deal-rooms' },
  { name: 'deal room', url: (w, n) => `/api/network/deal-rooms/${space(w, n)}`, item: true },
  { name: 'deal room members', url: (w, n) => `/api/network/deal-rooms/${space(w, n)}/members`, item: true },
  { name: 'requests', url: () => '/api/network/requests' },
  { name: 'request', url: (w, n) => `/api/network/requests/${request(w, n)}`, item: true },
  { name: 'front offices', url: () => '/api/network/front-offices' },
  { name: 'reports', url: () => '/api/network/reports' },
  { name: 'audit', url: () => '/api/network/audit?pageSize=100' },
  { name: 'audit export', url: () => '/api/network/audit/export' },
];

const probeArb = fc.record({ viewer: fc.nat(), path: fc.nat({ max: PATHS.length - 1 }), pick: fc.nat() });
const caseArb = fc.record({
  world: worldArb,
  probes: fc.array(probeArb, { minLength: PROBES_PER_WORLD, maxLength: PROBES_PER_WORLD }),
});

/** The 404 of a random id, without the fields that name the request. */
const comparable = (body: string) => {
  const { instance: _i, requestId: _r, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return rest;
};

let notFoundBody: Record<string, unknown> | null = null;
const stats = { cases: 0, ok: 0, notFound: 0, refused: 0 };

async function probe(w: World, cookies: Map<string, string>, viewerIndex: number, p: Path, pick: number) {
  // One viewer in (users + 1) is a visitor with no cookie.
  const user =
    viewerIndex % (w.users.length + 1) === w.users.length ? null : w.users[viewerIndex % (w.users.length + 1)]!;
  const viewer = user ? viewerOf(w, user) : viewerOf(w, { ...w.users[0]!, active: false });
  const oracle = new Oracle(w, viewer);
  const url = p.url(w, pick);
  const res = await t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies.get(user.id)! } : {} });
  stats.cases++;
  const label = `${p.name} ${url} as ${user ? `${viewer.audience} ${user.id}` : 'visitor'}`;
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (viewer.audience === 'visitor') {
    expect([401, 403], label).toContain(res.statusCode);
    return;
  }
  if (res.statusCode === 404) {
    stats.notFound++;
    // Same body as an id that never existed.
    if (p.item) {
      if (notFoundBody === null) {
        const random = await t.app.inject({
          method: 'GET',
          url: `/api/network/posts/${RANDOM_ID}`,
          headers: { cookie: cookies.get(user!.id)! },
        });
        notFoundBody = comparable(random.body);
      }
      expect(comparable(res.body), label).toEqual(notFoundBody);
    }
  } else if (res.statusCode >= 400) {
    stats.refused++;
  } else {
    stats.ok++;
  }
  // A problem document echoes the asked path in `instance`: the id the viewer sent is not a leak.
  const body = res.statusCode >= 400 ? JSON.stringify(comparable(res.body)) : res.body;
  for (const c of oracle.content()) {
    if (c.visible) continue;
    expect(body.includes(c.token), `${label} leaks ${c.token}`).toBe(false);
    if (c.id) expect(body.includes(c.id), `${label} leaks id ${c.id}`).toBe(false);
  }
  if (p.directory) {
    for (const m of oracle.members()) {
      if (m.visible) continue;
      expect(body.includes(m.token), `${label} leaks member ${m.token}`).toBe(false);
      expect(body.includes(m.id), `${label} leaks member id ${m.id}`).toBe(false);
    }
  }
  // Exactness where the answer is a complete list: no more (the leak checks above) and no less than allowed.
  const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
  const space = w.spaces.find((s) => url.includes(s.id));
  if (p.name === 'space posts' && res.statusCode === 200 && space) {
    const expected = w.posts.filter((x) => x.spaceId === space.id && oracle.postVisible(x)).map((x) => x.id);
    expect(ids(res.json().items), label).toEqual(expected.sort());
  }
  const target = w.posts.find((x) => url.includes(x.id));
  if (p.name === 'comments' && res.statusCode === 200 && target) {
    const expected = w.comments.filter((c) => c.postId === target.id && oracle.commentVisible(c)).map((c) => c.id);
    expect(ids(res.json().items), label).toEqual(expected.sort());
  }
  if (p.name === 'feed' && res.statusCode === 200) {
    const expected = w.posts.filter(
      (x) => !x.hidden && oracle.postVisible(x) && oracle.isSpaceMember(oracle.space(x.spaceId)!),
    );
    expect(ids(res.json().items), label).toEqual(expected.map((x) => x.id).sort());
  }
  if (p.name === 'directory' && res.statusCode === 200) {
    expect(res.json().total, label).toBe(oracle.members().filter((m) => m.visible).length);
  }
  if (p.name === 'notification count' && res.statusCode === 200) {
    const json = res.json() as { unread: number };
    expect(json.unread, label).toBe(oracle.notificationsVisible());
  }
}

describe('network read paths', () => {
  it(`return nothing the policy denies, over ${CASES} random (viewer, path) cases`, { timeout: 900_000 }, async () => {
    const started = performance.now();
    let worlds = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ world: shape, probes }) => {
        const w = materialise(shape, ++worlds);
        await wipe(t.database.db);
        await insertWorld(t.database.db, w, dataDir);
        const cookies = await sessionsFor(t.database.db, w);
        for (const p of probes) await probe(w, cookies, p.viewer, PATHS[p.path]!, p.pick);
      }),
      { numRuns: Math.ceil(CASES / PROBES_PER_WORLD), endOnFailure: true },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `network read paths (${t.database.engine}): ${stats.cases} cases in ${worlds} worlds, ${seconds} s ` +
        `(${stats.ok} answered, ${stats.notFound} not found, ${stats.refused} refused)`,
    );
    expect(stats.cases).toBeGreaterThanOrEqual(CASES);
    // The probes must mostly reach data, or the property proves little.
    expect(stats.ok).toBeGreaterThan(CASES / 3);
  });
});
