// The public read API on a small hand-made world: rankings, accounts, breakdown, country console, graph, exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.ts';
import type { IngestRecord, PostRecord } from './ingest/records.ts';
import { writeBatch } from './ingest/writer.ts';
import { scoreAll } from './scoring/index.ts';

let t: TestApp;
const ids: Record<string, number> = {};
const END = '2026-11-20';

function post(author: string, id: string, day: string, overrides: Partial<PostRecord> = {}): IngestRecord[] {
  return [
    {
      type: 'post',
      post: {
        network: 'x',
        networkPostId: id,
        author: {
          network: 'x',
          networkId: `u-${author}`,
          handle: author,
          observedAt: new Date(`${day}T20:00:00Z`),
          followers: FOLLOWERS[author] ?? 10,
        },
        postedAt: new Date(`${day}T10:00:00Z`),
        kind: 'original',
        text: `post ${id} by ${author}`,
        metrics: { observedAt: new Date(`${day}T20:00:00Z`), likes: 0, reposts: 0, replies: 0, quotes: 0 },
        ...overrides,
      },
    },
  ];
}
const FOLLOWERS: Record<string, number> = { francediplo: 230_000, franceinuk: 40_000, germanydiplo: 120_000 };
const ref = (handle: string) => ({ network: 'x' as const, networkId: `u-${handle}`, handle });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const items: IngestRecord[][] = [];
  for (let d = 1; d <= 20; d++) {
    const day = `2026-11-${String(d).padStart(2, '0')}`;
    items.push(
      post('francediplo', `fd-${d}`, day, {
        metrics: { observedAt: new Date(`${day}T20:00:00Z`), likes: 300 + d, reposts: 60, replies: 20, quotes: 5 },
        mentions: [ref('germanydiplo')],
      }),
      post('francediplo', `fd-r-${d}`, day, {
        kind: 'reply',
        replyTo: { postId: `c-${d}`, account: ref(`citizen${d % 4}`) },
      }),
      post(`citizen${d % 4}`, `c-${d}`, day, { mentions: [ref('francediplo')] }),
      post('franceinuk', `uk-${d}`, day, {
        kind: 'repost',
        repostOf: { postId: `fd-${d}`, account: ref('francediplo') },
      }),
      post('germanydiplo', `de-${d}`, day, {
        metrics: { observedAt: new Date(`${day}T20:00:00Z`), likes: 40, reposts: 12, replies: 1, quotes: 0 },
      }),
    );
    // A ring: four repost-only bots repost every German post within minutes.
    for (let b = 0; b < 4; b++)
      items.push(
        post(`bot${b}`, `bot${b}-${d}`, day, {
          kind: 'repost',
          repostOf: { postId: `de-${d}`, account: ref('germanydiplo') },
        }),
      );
  }
  await writeBatch(t.database, items);
  const actor = async (country: string, type: 'foreign_ministry' | 'embassy', name: string) =>
    (
      await db
        .insertInto('obs_actors')
        .values({ country, type, name_fr: name, name_en: name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const attach = async (handle: string, actorId: string) => {
    const row = await db
      .updateTable('obs_accounts')
      .set({ actor_id: actorId })
      .where('handle', '=', handle)
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[handle] = row.id;
  };
  await attach(
    'francediplo',
    await actor('FR', 'foreign_ministry', 'Ministère de l’Europe et des Affaires étrangères'),
  );
  await attach('franceinuk', await actor('FR', 'embassy', 'Ambassade de France au Royaume-Uni'));
  await attach('germanydiplo', await actor('DE', 'foreign_ministry', 'Auswärtiges Amt'));
  await scoreAll(t.database, { asOf: END, now: new Date('2026-11-24T00:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return {
    status: res.statusCode,
    body: String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body,
    headers: res.headers,
  };
};

describe('observatory read API', () => {
  it('ranks countries for the rolling 30 days with accounts and the sum of followers', async () => {
    const { status, body } = await get('/api/observatory/rankings/countries?window=30d');
    expect(status).toBe(200);
    expect(body.periodEnd).toBe(END);
    expect(body.items.map((i: { country: string }) => i.country).sort()).toEqual(['DE', 'FR']);
    const fr = body.items.find((i: { country: string }) => i.country === 'FR');
    expect(fr).toMatchObject({ accounts: 2, followers: 270_000 });
    expect(fr.index).toBeGreaterThan(0);
    expect(fr.index).toBeLessThanOrEqual(100);
    expect(body.items.map((i: { rank: number }) => i.rank).sort()).toEqual([1, 2]);
  });

  it('gives every window a movement against the previous period once both are scored', async () => {
    const { body } = await get('/api/observatory/rankings/countries?window=day');
    expect(body.periodEnd).toBe(END);
    for (const item of body.items) expect(typeof item.movement).toBe('number');
  });

  it('keeps the movement of the current period when a history is scored too', async () => {
    await scoreAll(t.database, { asOf: END, history: 3, now: new Date('2026-11-24T00:00:00Z') });
    for (const window of ['30d', 'week']) {
      const { body } = await get(`/api/observatory/rankings/countries?window=${window}`);
      expect(body.periodEnd).toBe(END);
      for (const item of body.items) expect(typeof item.movement).toBe('number');
    }
    const history = await get('/api/observatory/rankings/countries/history?countries=FR,DE&window=week');
    expect(history.body.items[0].points.length).toBeGreaterThanOrEqual(3);
  });

  it('lists a country’s accounts sorted by index, with totals', async () => {
    const { status, body } = await get('/api/observatory/accounts?country=FR');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.totals.followers).toBe(270_000);
    expect(body.items[0].handle).toBe('francediplo');
    expect(body.items[0].actor).toMatchObject({ country: 'FR', type: 'foreign_ministry' });
    expect(body.items[0].url).toBe('https://x.com/francediplo');
    const byName = await get('/api/observatory/accounts?country=FR&sort=name&order=asc');
    expect(byName.body.items.map((i: { handle: string }) => i.handle)).toEqual(['franceinuk', 'francediplo']);
  });

  it('lists the unregistered accounts met in the data (citizens, bots) apart', async () => {
    const { body } = await get('/api/observatory/accounts?registered=false&q=bot');
    expect(body.items.map((i: { handle: string }) => i.handle).sort()).toEqual(['bot0', 'bot1', 'bot2', 'bot3']);
    expect(body.items.every((i: { index: number | null }) => i.index === null)).toBe(true);
  });

  it('explains an account’s score factor by factor, contributions summing to the index', async () => {
    const { status, body } = await get(`/api/observatory/accounts/${ids.francediplo}`);
    expect(status).toBe(200);
    expect(body.score.factors.map((f: { factor: string }) => f.factor)).toEqual([
      'audience',
      'activity',
      'engagement',
      'amplification',
      'dialogue',
      'centrality',
    ]);
    const sum = body.score.factors.reduce((s: number, f: { contribution: number }) => s + f.contribution, 0);
    expect(sum).toBeCloseTo(body.score.index, 0);
    const dialogue = body.score.factors.find((f: { factor: string }) => f.factor === 'dialogue');
    expect(dialogue.raw).toBeGreaterThan(0.4);
    expect(body.bestPosts[0].id).toMatch(/^fd-/);
    expect(body.interactions.map((i: { account: { handle: string } }) => i.account.handle)).toContain('germanydiplo');
    expect(body.abilities).toEqual({ edit: false, poll: false });
  });

  it('does not count the ring’s reposts as amplification', async () => {
    const { body } = await get(`/api/observatory/accounts/${ids.germanydiplo}`);
    // 20 days x 4 bots, each repost-only and synchronised with three others on the same post
    expect(body.score.discounts.ringRepostsDiscounted).toBe(80);
    const amplification = body.score.factors.find((f: { factor: string }) => f.factor === 'amplification');
    // 12 reposts per post counted by the network, 4 of them from the ring
    expect(amplification.raw).toBeCloseTo(8, 6);
  });

  it('opens a country console with series, best posts and peers', async () => {
    const { status, body } = await get('/api/observatory/countries/FR?peers=DE');
    expect(status).toBe(200);
    expect(body.totals).toMatchObject({ country: 'FR', accounts: 2 });
    expect(body.followerSeries.at(-1).value).toBe(270_000);
    expect(body.activitySeries.find((p: { date: string }) => p.date === END).value).toBe(2);
    expect(body.peers.map((p: { country: string }) => p.country)).toEqual(['DE']);
    expect(body.bestPosts.length).toBeGreaterThan(0);
  });

  it('draws the interaction network of official accounts, and exports it as GEXF and CSV', async () => {
    const { body } = await get('/api/observatory/graph');
    expect(body.nodes.map((n: { id: number }) => n.id).sort()).toEqual(
      [ids.francediplo, ids.franceinuk, ids.germanydiplo].sort(),
    );
    expect(body.truncated).toBe(false);
    const cut = await get('/api/observatory/graph?limit=2');
    expect(cut.body.nodes).toHaveLength(2);
    expect(cut.body.truncated).toBe(true);
    expect(cut.body.totalNodes).toBe(3);
    const gexf = await get('/api/observatory/graph.gexf');
    expect(gexf.status).toBe(200);
    expect(gexf.headers['content-type']).toContain('application/gexf+xml');
    expect(gexf.body).toMatch(/^<\?xml/);
    expect(gexf.body).toContain('label="@francediplo"');
    const csv = await get('/api/observatory/exports/graph.csv');
    expect(csv.body.split('\n')[0]).toBe('source,target,weight,mentions,replies,reposts,quotes');
  });

  it('exports rankings and accounts as CSV and JSON', async () => {
    const csv = await get('/api/observatory/exports/rankings.csv?window=week');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body.split('\n')[0]).toBe('rank,country,index,movement,accounts,followers_sum,window,period_end');
    expect(csv.body.split('\n').filter(Boolean)).toHaveLength(3);
    const json = await get('/api/observatory/exports/accounts.json?country=FR');
    expect(json.body.items).toHaveLength(2);
  });

  it('answers 404 for unknown accounts and countries, 400 for a bad window', async () => {
    expect((await get('/api/observatory/accounts/999999')).status).toBe(404);
    expect((await get('/api/observatory/countries/ZZ')).status).toBe(404);
    expect((await get('/api/observatory/rankings/countries?window=year')).status).toBe(400);
    expect((await get('/api/observatory/rankings/countries?date=2020-01-01')).status).toBe(404);
  });
});
