// Validity of the influence index on a synthetic world with a planted truth (`demo` by default, PGlite in
// memory): seeds it, scores it, then reads obs_synthetic_truth (which scoring never reads) and reports
//   - the Spearman correlation of the rolling-30-day index with the planted influence over the official accounts,
//     against the same correlation for followers alone (the naive ranking: the baseline of this run);
//   - the rank change of each account that bought followers: undo the purchase (its follower snapshots from the
//     jump on divided back by 10), rescore, compare ranks; the same for a ranking by followers alone;
//   - the share of bot-ring reposts the index discounts (Σ (1 - credibility) over ring members' reposts ÷ their
//     count), the share of other reposts discounted by mistake, and the ring targets' rank with and without
//     their ring.
// `runValidityBench` is what bench/run.ts calls.
import { sql } from 'kysely';
import { rankDescending } from '../server/analytics/influence-index.ts';
import { spearman } from '../server/analytics/stats.ts';
import { openDatabase } from '../server/db/index.ts';
import { migrate } from '../server/db/migrate.ts';
import type { WindowKind } from '../server/db/schema.ts';
import { computeScores, loadWeights, periodEnding, scoreAll } from '../server/observatory/scoring/index.ts';
import * as scoringRepo from '../server/observatory/scoring/scoring.repo.ts';
import { seedWorld, type WorldSizeName } from '../server/observatory/synthetic/index.ts';
import { machine, median, round2 } from './lib/harness.ts';

/** The aims of the validity tests (stated there for the `small` world). */
export const validityAims = { spearman: 0.85, maxBoughtRankChange: 3, ringDiscountedShare: 0.9 };
const WINDOW: WindowKind = '30d';
const FACTORS = ['audience', 'activity', 'engagement', 'amplification', 'dialogue', 'centrality'] as const;

export interface ValidityBenchOptions {
  world: WorldSizeName;
  seed: number;
  log: (line: string) => void;
}

interface ScoredRow {
  account_id: number;
  index: number;
  rank: number;
  followers: number | null;
  raw: Record<string, number>;
  influence: number;
  bought_followers: boolean;
  ring: string | null;
  ring_role: 'member' | 'target' | null;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

interface Standing {
  rank: number;
  index?: number;
}

/** For each account: its standing in both situations and |rank change|; max and median over the accounts. */
function rankChanges(ids: number[], before: Map<number, Standing>, after: Map<number, Standing>) {
  const changes = ids
    .filter((id) => before.has(id) && after.has(id))
    .map((id) => {
      const a = before.get(id) as Standing;
      const b = after.get(id) as Standing;
      return {
        accountId: id,
        rankWith: a.rank,
        rankWithout: b.rank,
        ...(a.index === undefined ? {} : { indexWith: round2(a.index) }),
        ...(b.index === undefined ? {} : { indexWithout: round2(b.index) }),
      };
    });
  const abs = changes.map((c) => Math.abs(c.rankWith - c.rankWithout));
  return {
    accounts: changes.length,
    maxAbsRankChange: abs.length ? Math.max(...abs) : null,
    medianAbsRankChange: abs.length ? median(abs) : null,
    changes,
  };
}

const standings = (list: { id: number; rank: number; index: number }[]) =>
  new Map<number, Standing>(list.map((a) => [a.id, { rank: a.rank, index: a.index }]));

/** Ranks by followers alone (descending, ties by id): the naive ranking. */
function followerRanks(rows: { account_id: number; followers: number | null }[]): Map<number, Standing> {
  const ranks = rankDescending(
    rows.map((r) => r.followers ?? 0),
    (i) => (rows[i] as (typeof rows)[number]).account_id,
  );
  return new Map(rows.map((r, i) => [r.account_id, { rank: ranks[i] as number }]));
}

export async function runValidityBench(options: ValidityBenchOptions) {
  const started = Date.now();
  const before = machine();
  const database = await openDatabase({ engine: 'pglite' });
  const db = database.db;
  try {
    await migrate(database);
    options.log(`seeding the ${options.world} world (seed ${options.seed}) on PGlite`);
    let t = performance.now();
    const world = await seedWorld(database, { size: options.world, seed: options.seed });
    const seedSeconds = round2((performance.now() - t) / 1000);
    options.log(`seeded in ${seedSeconds} s: ${world.officialAccounts} official accounts, ${world.posts} posts`);
    t = performance.now();
    await scoreAll(database);
    const scoreSeconds = round2((performance.now() - t) / 1000);
    options.log(`scored in ${scoreSeconds} s`);

    const periodEnd = (
      await db
        .selectFrom('obs_account_scores')
        .select((eb) => eb.fn.max('period_end').as('end'))
        .where('window_kind', '=', WINDOW)
        .executeTakeFirstOrThrow()
    ).end as string | null;
    if (!periodEnd) throw new Error('validity bench: scoring wrote no rolling-30-day scores');
    const scored = async () =>
      (
        await sql<ScoredRow>`
          SELECT s.account_id, s.index, s.rank, s.followers, s.raw, t.influence, t.bought_followers, t.ring, t.ring_role
          FROM obs_account_scores s JOIN obs_synthetic_truth t ON t.account_id = s.account_id
          WHERE s.window_kind = ${WINDOW} AND s.period_end = ${periodEnd}::date
          ORDER BY s.account_id`.execute(db)
      ).rows;
    const rows = await scored();
    const influence = rows.map((r) => r.influence);

    // 1. Spearman: the index against followers alone, and each factor on its own.
    const byFactor = Object.fromEntries(
      FACTORS.map((f) => [
        f,
        round3(
          spearman(
            rows.map((r) => r.raw[f] ?? 0),
            influence,
          ),
        ),
      ]),
    );
    const rhoIndex = spearman(
      rows.map((r) => r.index),
      influence,
    );
    const rhoFollowers = spearman(
      rows.map((r) => r.followers ?? 0),
      influence,
    );
    options.log(
      `Spearman with the planted influence: index ${round3(rhoIndex)}, followers alone ${round3(rhoFollowers)}`,
    );

    // 2. Bot rings: credibility of each reposter, from the scoring's own pure part on the same period's data.
    const period = periodEnding(WINDOW, periodEnd);
    const [officials, aggregates, reposts, edges] = await Promise.all([
      scoringRepo.officialAccounts(db, period),
      scoringRepo.postAggregates(db, period),
      scoringRepo.reposts(db, period),
      scoringRepo.interactionEdges(db, period),
    ]);
    const weights = await loadWeights(database);
    const computed = computeScores({ period, officials, aggregates, reposts, edges, weights });
    const truth = await db.selectFrom('obs_synthetic_truth').select(['account_id', 'ring', 'ring_role']).execute();
    const members = new Set(truth.filter((r) => r.ring_role === 'member').map((r) => Number(r.account_id)));
    const targets = truth.filter((r) => r.ring_role === 'target').map((r) => Number(r.account_id));
    const targetSet = new Set(targets);
    const cred = (id: number) => computed.credibility.get(id) ?? 1;
    let ringReposts = 0;
    let ringDiscount = 0;
    let ringRepostsOfTargets = 0;
    let otherReposts = 0;
    let otherDiscount = 0;
    for (const r of reposts) {
      if (members.has(r.account_id)) {
        ringReposts++;
        ringDiscount += 1 - cred(r.account_id);
        if (targetSet.has(r.target)) ringRepostsOfTargets++;
      } else {
        otherReposts++;
        otherDiscount += 1 - cred(r.account_id);
      }
    }
    const storedRing = rows
      .filter((r) => targetSet.has(r.account_id))
      .reduce((s, r) => s + (r.raw.ringReposts ?? 0), 0);
    // The targets' standing in a world without their rings: the members' reposts gone from the repost list and
    // the graph, and from the repost counts of the targets' posts (the ring's reposts are part of those counts).
    const ringRepostsOf = new Map<number, number>();
    for (const r of reposts)
      if (members.has(r.account_id) && targetSet.has(r.target))
        ringRepostsOf.set(r.target, (ringRepostsOf.get(r.target) ?? 0) + 1);
    const withoutRings = computeScores({
      period,
      officials,
      aggregates: aggregates.map((a) => {
        const n = ringRepostsOf.get(a.account_id) ?? 0;
        return n === 0
          ? a
          : { ...a, reactions: Math.max(0, a.reactions - n), amplification: Math.max(0, a.amplification - n) };
      }),
      reposts: reposts.filter((r) => !members.has(r.account_id)),
      edges: edges.filter((e) => !members.has(e.source)),
      weights,
    });
    const storedRanks = new Map(rows.map((r) => [r.account_id, { rank: r.rank, index: r.index }]));
    const recomputedMatchesStored = computed.accounts.every((a) => storedRanks.get(a.id)?.rank === a.rank);
    const discountedShare = ringReposts > 0 ? ringDiscount / ringReposts : null;
    options.log(
      `ring reposts in the window: ${ringReposts}, discounted ${discountedShare === null ? '-' : round3(discountedShare)}; ` +
        `other reposts discounted ${otherReposts > 0 ? round3(otherDiscount / otherReposts) : '-'}`,
    );

    // 3. Bought followers: undo each purchase in the snapshots (from the jump on, divided back by 10), rescore.
    const bought = rows.filter((r) => r.bought_followers).map((r) => r.account_id);
    const allBought = (
      await db.selectFrom('obs_synthetic_truth').select('account_id').where('bought_followers', '=', true).execute()
    ).map((r) => Number(r.account_id));
    const jumps = bought.length
      ? (
          await sql<{ account_id: number; jump: Date }>`
            WITH s AS (
              SELECT account_id, observed_at, followers,
                lag(followers) OVER (PARTITION BY account_id ORDER BY observed_at) AS prev
              FROM obs_account_snapshots WHERE account_id = ANY(${bought}::bigint[]))
            SELECT account_id, min(observed_at) AS jump FROM s
            WHERE prev > 0 AND followers >= 5 * prev GROUP BY account_id`.execute(db)
        ).rows
      : [];
    for (const j of jumps) {
      await sql`UPDATE obs_account_snapshots SET followers = followers / 10
        WHERE account_id = ${j.account_id} AND observed_at >= ${j.jump}`.execute(db);
      await sql`UPDATE obs_accounts SET followers = followers / 10 WHERE id = ${j.account_id}`.execute(db);
    }
    const undone = jumps.map((j) => Number(j.account_id));
    options.log(`bought followers: ${bought.length} scored accounts, purchase undone on ${undone.length}; rescoring`);
    t = performance.now();
    await scoreAll(database, { windows: [WINDOW], recompute: true, asOf: periodEnd });
    const rescoreSeconds = round2((performance.now() - t) / 1000);
    const rowsUndone = await scored();
    const index = rankChanges(
      undone,
      storedRanks,
      new Map(rowsUndone.map((r) => [r.account_id, { rank: r.rank, index: r.index }])),
    );
    // What moved: displayed and effective followers (the audience the index credits) in both situations.
    const rowWith = new Map(rows.map((r) => [r.account_id, r]));
    const rowWithout = new Map(rowsUndone.map((r) => [r.account_id, r]));
    const boughtDetails = index.changes.map((c) => {
      const a = rowWith.get(c.accountId) as ScoredRow;
      const b = rowWithout.get(c.accountId) as ScoredRow;
      return {
        ...c,
        followersWith: a.followers,
        followersWithout: b.followers,
        effectiveFollowersWith: a.raw.effectiveFollowers ?? null,
        effectiveFollowersWithout: b.raw.effectiveFollowers ?? null,
        audienceCappedWith: a.raw.audienceCapped === 1,
      };
    });
    const naive = rankChanges(undone, followerRanks(rows), followerRanks(rowsUndone));
    options.log(
      `rank change when the purchase is undone: index max ${index.maxAbsRankChange}, median ${index.medianAbsRankChange}; ` +
        `followers alone max ${naive.maxAbsRankChange}, median ${naive.medianAbsRankChange}`,
    );

    const ringTargets = rankChanges(targets, standings(computed.accounts), standings(withoutRings.accounts));
    return {
      bench: 'validity' as const,
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      machine: { ...before, loadAverageAfter: machine().loadAverage },
      settings: { world: options.world, seed: options.seed, engine: 'pglite', window: WINDOW, periodEnd },
      world: { ...world, seedSeconds, scoreSeconds, rescoreSeconds },
      spearman: {
        accounts: rows.length,
        index: round3(rhoIndex),
        /** The baseline: ranking by displayed followers (bought ones included), as the 2012 rankings did. */
        followersAlone: round3(rhoFollowers),
        gainOverFollowers: round3(rhoIndex - rhoFollowers),
        byFactor,
      },
      boughtFollowers: {
        planted: allBought.length,
        scored: bought.length,
        undone: undone.length,
        jumpNotFound: bought.filter((id) => !undone.includes(id)),
        /** |rank with the purchase - rank without| in the index. */
        index: { ...index, changes: boughtDetails },
        /** The same for a ranking by followers alone: what buying followers gains there. */
        followersAlone: naive,
      },
      ringReposts: {
        rings: new Set(truth.filter((r) => r.ring !== null).map((r) => r.ring)).size,
        members: members.size,
        repostsByMembers: ringReposts,
        repostsByMembersOfTheirTargets: ringRepostsOfTargets,
        /** Σ (1 - credibility of the reposter) ÷ reposts, over the members' reposts in the window. */
        discountedShare: discountedShare === null ? null : round3(discountedShare),
        otherReposts,
        /** The same share over everybody else's reposts: honest reposts discounted by mistake. */
        otherDiscountedShare: otherReposts > 0 ? round3(otherDiscount / otherReposts) : null,
        /** Cross-check from the stored scores: Σ raw.ringReposts of the targets ÷ the members' reposts of them. */
        storedRingRepostsOfTargets: round2(storedRing),
        storedDiscountedShareOfTargets: ringRepostsOfTargets > 0 ? round3(storedRing / ringRepostsOfTargets) : null,
        /** The targets' index rank with their ring and in the same data without it (reposts and counts removed). */
        targets: ringTargets,
        recomputedMatchesStored,
      },
      aims: {
        ...validityAims,
        meets: {
          spearman: rhoIndex >= validityAims.spearman,
          boughtRankChange:
            index.maxAbsRankChange === null ? null : index.maxAbsRankChange <= validityAims.maxBoughtRankChange,
          ringDiscounted: discountedShare === null ? null : discountedShare >= validityAims.ringDiscountedShare,
        },
      },
    };
  } finally {
    await database.close();
  }
}
