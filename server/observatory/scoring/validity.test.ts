// Validity of the index on the `small` synthetic world: it must find the planted influence, and the planted
// manipulation (bought followers, bot rings) must not buy rank. The ground truth is read only here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spearman } from '../../analytics/stats.ts';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import { DEFAULT_END_DATE, seedWorld } from '../synthetic/index.ts';
import { computeScores, scoreAll } from './index.ts';
import { periodEnding } from './periods.ts';
import * as repo from './scoring.repo.ts';
import { loadWeights } from './scoring.service.ts';

let database: Database;
let truth: { account_id: number; influence: number; bought_followers: boolean; ring_role: string | null }[];

beforeAll(async () => {
  database = await createTestDatabase();
  await seedWorld(database, { size: 'small', seed: 1 });
  await scoreAll(database, { windows: ['30d'], now: new Date('2026-11-24T00:00:00Z') });
  truth = await database.db
    .selectFrom('obs_synthetic_truth')
    .select(['account_id', 'influence', 'bought_followers', 'ring_role'])
    .execute();
}, 300_000);
afterAll(async () => {
  await database?.close();
});

async function inputs() {
  const period = periodEnding('30d', DEFAULT_END_DATE);
  const db = database.db;
  const [officials, aggregates, reposts, edges] = await Promise.all([
    repo.officialAccounts(db, period),
    repo.postAggregates(db, period),
    repo.reposts(db, period),
    repo.interactionEdges(db, period),
  ]);
  return { period, officials, aggregates, reposts, edges, weights: await loadWeights(database) };
}

describe('the index on the small synthetic world', () => {
  it('correlates with the planted influence (Spearman >= 0.85)', async () => {
    const scores = await database.db
      .selectFrom('obs_account_scores')
      .select(['account_id', 'index'])
      .where('window_kind', '=', '30d')
      .where('period_end', '=', DEFAULT_END_DATE)
      .execute();
    const planted = new Map(truth.map((t) => [t.account_id, t.influence]));
    const pairs = scores.filter((s) => planted.has(s.account_id));
    expect(pairs.length).toBeGreaterThan(1000);
    const rho = spearman(
      pairs.map((p) => p.index),
      pairs.map((p) => planted.get(p.account_id) as number),
    );
    expect(rho).toBeGreaterThanOrEqual(0.85);
  });

  it('moves an account that bought 10x its followers by at most 3 places', async () => {
    const input = await inputs();
    const bought = new Set(truth.filter((t) => t.bought_followers).map((t) => t.account_id));
    expect(bought.size).toBeGreaterThanOrEqual(3);
    const withPurchase = computeScores(input);
    // The same world had they not bought: their displayed followers divided back by 10.
    const without = computeScores({
      ...input,
      officials: input.officials.map((o) =>
        bought.has(o.id) && o.followers !== null ? { ...o, followers: Math.round(o.followers / 10) } : o,
      ),
    });
    const rankOf = (list: typeof withPurchase.accounts) => new Map(list.map((a) => [a.id, a.rank]));
    const a = rankOf(withPurchase.accounts);
    const b = rankOf(without.accounts);
    for (const id of bought) expect(Math.abs((a.get(id) as number) - (b.get(id) as number))).toBeLessThanOrEqual(3);
  });

  it('discounts at least 90% of the reposts made by bot rings', async () => {
    const input = await inputs();
    const { credibility } = computeScores(input);
    const members = new Set(truth.filter((t) => t.ring_role === 'member').map((t) => t.account_id));
    const ringReposts = input.reposts.filter((r) => members.has(r.account_id));
    expect(ringReposts.length).toBeGreaterThan(100);
    const discounted = ringReposts.reduce((s, r) => s + (1 - (credibility.get(r.account_id) ?? 1)), 0);
    expect(discounted / ringReposts.length).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the credibility of official accounts that relay their peers', async () => {
    const input = await inputs();
    const { credibility } = computeScores(input);
    const officials = new Set(input.officials.map((o) => o.id));
    const reposting = [...credibility.entries()].filter(([id]) => officials.has(id));
    expect(reposting.length).toBeGreaterThan(0);
    const full = reposting.filter(([, c]) => c === 1).length;
    expect(full / reposting.length).toBeGreaterThan(0.95);
  });
});
