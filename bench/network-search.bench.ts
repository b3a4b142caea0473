// The network's search (GET /api/network/search?q=) on the same cached `large` network as bench/network-feed.bench.ts,
// on PGlite and PostgreSQL, in process and one request at a time: a mix of rare words (a handful of posts), common
// words (tens of thousands), two-word queries, prefixes typed halfway and typos, for agents, partners and company
// members signed in through /api/auth/login. p50, p95, p99 per audience and per kind of query (aim: p95 < 30 ms).

import { type Kysely, sql } from 'kysely';
import type { DB } from '../server/db/schema.ts';
import { machine, median, round2 } from './lib/harness.ts';
import {
  AUDIENCES,
  type BenchAudience,
  forEachEngine,
  latencySummary,
  type NetworkBenchOptions,
  type NetworkEngine,
  networkApp,
  type OpenedNetwork,
  type SignedIn,
  signInSample,
} from './network-feed.bench.ts';

export const aimSearchP95Ms = 30;

type QueryKind = 'rare' | 'uncommon' | 'common' | 'two-word' | 'prefix' | 'typo' | 'name';

/**
 * What members type: words of the seeded vocabulary's tail and head, pairs, halfway prefixes, typos, names; the rare
 * words (company names found in a handful of posts) are picked from the network itself (rareQueries).
 */
export const searchQueries: readonly { kind: QueryKind; q: string }[] = [
  { kind: 'uncommon', q: 'spiruline' },
  { kind: 'uncommon', q: 'lyophilisation' },
  { kind: 'uncommon', q: 'bathymétrie' },
  { kind: 'uncommon', q: 'Nitaqat' },
  { kind: 'uncommon', q: 'Tombouctou' },
  { kind: 'common', q: 'export' },
  { kind: 'common', q: 'financement' },
  { kind: 'common', q: 'entreprises françaises' },
  { kind: 'common', q: 'mission' },
  { kind: 'two-word', q: 'centrale solaire' },
  { kind: 'two-word', q: 'assurance prospection' },
  { kind: 'two-word', q: 'dessalement Djeddah' },
  { kind: 'two-word', q: 'crédit export' },
  { kind: 'prefix', q: 'financ' },
  { kind: 'prefix', q: 'photovolt' },
  { kind: 'prefix', q: 'appel d’off' },
  { kind: 'prefix', q: 'dessal' },
  { kind: 'typo', q: 'finacement' },
  { kind: 'typo', q: 'photovoltaique' },
  { kind: 'typo', q: 'prospektion' },
  { kind: 'name', q: 'Martin' },
  { kind: 'name', q: 'Traoré' },
];

/** Coined company names (one word: "Lumitech") found in 1 to 30 posts: what a search for a company looks like. */
async function rareQueries(db: Kysely<DB>): Promise<{ kind: QueryKind; q: string }[]> {
  const { COMPANY_ROOTS } = await import('../server/network/seed/words.ts');
  const roots = new Set(COMPANY_ROOTS);
  const names = await db
    .selectFrom('organisations')
    .select('name')
    .where('kind', '=', 'company')
    .orderBy(sql`md5(id::text)`)
    .limit(500)
    .execute();
  const words = [...new Set(names.map((n) => n.name.split(' ')[0]!).filter((w) => !roots.has(w)))].slice(0, 60);
  const counted: { q: string; n: number }[] = [];
  for (const q of words) {
    const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT 1 FROM net_posts
      WHERE search @@ plainto_tsquery('french_unaccent', ${q}) LIMIT 100) AS hits`.execute(db);
    counted.push({ q, n: Number(result.rows[0]!.n) });
  }
  return counted
    .filter((c) => c.n > 0 && c.n <= 30)
    .sort((a, b) => a.n - b.n || a.q.localeCompare(b.q))
    .slice(0, 4)
    .map((c) => ({ kind: 'rare' as const, q: c.q }));
}

interface Hit {
  counts: Record<'post' | 'comment' | 'space' | 'member', { total: number; totalCapped: boolean }>;
}

async function measureSearch(network: OpenedNetwork, engine: NetworkEngine, options: NetworkBenchOptions) {
  const log = (line: string) => options.log(`${engine}: ${line}`);
  const db = network.database.db;
  const mix = [...(await rareQueries(db)), ...searchQueries];
  log(
    `rare queries of this network: ${
      mix
        .filter((m) => m.kind === 'rare')
        .map((m) => m.q)
        .join(', ') || 'none'
    }`,
  );
  const { app, close } = await networkApp(network.database, options.logLevel);
  try {
    const users: SignedIn[] = [];
    for (const audience of AUDIENCES) users.push(...(await signInSample(app, db, audience, options.usersPerAudience)));
    log(`${users.length} members signed in`);
    const url = (q: string) => `/api/network/search?q=${encodeURIComponent(q)}`;
    // Warm-up and the visible counts per query, for one member of each audience.
    const totals: Record<string, Record<string, number | string>> = {};
    for (const audience of AUDIENCES) {
      const u = users.find((x) => x.audience === audience)!;
      totals[audience] = {};
      for (const { q } of mix) {
        const res = await u.client.request('GET', url(q));
        if (res.statusCode !== 200) throw new Error(`search "${q}" answered ${res.statusCode}: ${res.body}`);
        const body = res.json() as Hit;
        const post = body.counts.post;
        totals[audience]![q] = post.totalCapped ? `${post.total}+` : post.total;
      }
    }
    const byAudience = new Map<BenchAudience, number[]>(AUDIENCES.map((a) => [a, []]));
    const byKind = new Map<string, number[]>();
    const byQuery = new Map<string, number[]>();
    const grouped = new Map(AUDIENCES.map((a) => [a, users.filter((u) => u.audience === a)]));
    let turn = 0;
    for (let round = 0; round < options.requestsPerUser; round++) {
      for (let i = 0; i < options.usersPerAudience; i++) {
        for (const audience of AUDIENCES) {
          const u = grouped.get(audience)![i];
          if (!u) continue;
          const query = mix[turn++ % mix.length]!;
          const started = performance.now();
          const res = await u.client.request('GET', url(query.q));
          const ms = performance.now() - started;
          if (res.statusCode !== 200) throw new Error(`search "${query.q}" answered ${res.statusCode}`);
          byAudience.get(audience)!.push(ms);
          byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ms]);
          byQuery.set(query.q, [...(byQuery.get(query.q) ?? []), ms]);
        }
      }
    }
    const audiences = Object.fromEntries(AUDIENCES.map((a) => [a, latencySummary(byAudience.get(a)!)])) as Record<
      BenchAudience,
      ReturnType<typeof latencySummary>
    >;
    for (const a of AUDIENCES)
      log(
        `GET /search ${a.padEnd(8)} p50 ${audiences[a].p50Ms} ms  p95 ${audiences[a].p95Ms} ms  p99 ${audiences[a].p99Ms} ms`,
      );
    const kinds = Object.fromEntries([...byKind].map(([k, v]) => [k, latencySummary(v)]));
    // Per query: its median time, and how many posts each audience's first member may see for it.
    const queries = Object.fromEntries(
      [...byQuery].map(([q, v]) => [
        q,
        {
          medianMs: round2(median(v)),
          requests: v.length,
          visiblePosts: Object.fromEntries(AUDIENCES.map((a) => [a, totals[a]![q]!])),
        },
      ]),
    );
    const worstP95 = Math.max(...AUDIENCES.map((a) => audiences[a].p95Ms));
    return { audiences, kinds, queries, mix, meetsAim: worstP95 < aimSearchP95Ms };
  } finally {
    await close();
  }
}

export async function runNetworkSearchBench(options: NetworkBenchOptions) {
  const started = Date.now();
  const before = machine();
  const engines = await forEachEngine(options, (network, engine) => measureSearch(network, engine, options));
  return {
    bench: 'network-search' as const,
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { ...before, loadAverageAfter: machine().loadAverage },
    settings: {
      network: options.size,
      seed: options.seed,
      usersPerAudience: options.usersPerAudience,
      requestsPerAudience: options.usersPerAudience * options.requestsPerUser,
      mode: 'in process (app.inject), one request at a time',
    },
    aim: `GET /api/network/search p95 < ${aimSearchP95Ms} ms for every audience`,
    engines,
  };
}
