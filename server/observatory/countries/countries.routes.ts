// The country console: a country's totals, follower and activity series, best posts and peers.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import {
  CountryConsole,
  CountryConsoleQuery,
  CountryParams,
  type CountryTotals,
} from '../../../common/schemas/observatory.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import type { WindowKind } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { bestPosts, followerSeries } from '../accounts/accounts.repo.ts';
import { presentPost } from '../accounts/accounts.routes.ts';
import { round2 } from '../rankings/rankings.routes.ts';
import { periodEnding } from '../scoring/index.ts';
import { addDays } from '../scoring/periods.ts';
import { PUBLIC_CACHE, periodToShow } from '../shared.ts';

const tags = ['observatory'];
const CHART_DAYS = 90;

export async function countryRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const db = () => app.database.db;

  async function countryAccounts(country: string) {
    const rows = await sql<{ id: number }>`
      SELECT a.id FROM obs_accounts a JOIN obs_actors ac ON ac.id = a.actor_id WHERE ac.country = ${country} ORDER BY a.id`.execute(
      db(),
    );
    return rows.rows.map((r) => r.id);
  }

  async function totals(
    country: string,
    window: WindowKind,
    periodEnd: string | null,
    accounts: number,
  ): Promise<CountryTotals> {
    const score = periodEnd
      ? await db()
          .selectFrom('obs_country_scores')
          .select(['rank', 'movement', 'index', 'followers'])
          .where('country', '=', country)
          .where('window_kind', '=', window)
          .where('period_end', '=', periodEnd)
          .executeTakeFirst()
      : undefined;
    const agg = periodEnd
      ? (
          await sql<{ posts: number; growth: number; reactions: number; replies: number }>`
            SELECT COALESCE(sum(posts), 0)::float8 AS posts,
              COALESCE(sum((raw->>'followersGrowth')::float8), 0)::float8 AS growth,
              COALESCE(sum((raw->>'reactions')::float8), 0)::float8 AS reactions,
              COALESCE(sum((raw->>'replyShare')::float8 * posts), 0)::float8 AS replies
            FROM obs_account_scores WHERE country = ${country} AND window_kind = ${window} AND period_end = ${periodEnd}::date`.execute(
            db(),
          )
        ).rows[0]
      : undefined;
    const posts = agg?.posts ?? 0;
    return {
      country,
      rank: score?.rank ?? null,
      movement: score?.movement ?? null,
      index: score ? round2(score.index) : null,
      accounts,
      followers: score?.followers ?? 0,
      followersGrowth: Math.round(agg?.growth ?? 0),
      posts: Math.round(posts),
      engagementPerPost: posts > 0 ? round2((agg?.reactions ?? 0) / posts) : null,
      repliesShare: posts > 0 ? round2((agg?.replies ?? 0) / posts) : null,
    };
  }

  app.get(
    '/countries/:country',
    {
      schema: {
        tags,
        summary: 'Country console: totals, follower growth, activity, best posts, peers',
        params: CountryParams,
        querystring: CountryConsoleQuery,
        response: { 200: CountryConsole, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { country } = request.params;
      const window = request.query.window ?? '30d';
      const ids = await countryAccounts(country);
      if (ids.length === 0) throw new AppError('ERR_NOT_FOUND');
      const periodEnd = await periodToShow(db(), window);
      const period = periodEnd ? periodEnding(window, periodEnd) : null;
      const chartStart = periodEnd ? addDays(periodEnd, -(CHART_DAYS - 1)) : null;
      const peers = [...new Set((request.query.peers ?? '').split(',').filter((p) => p && p !== country))];
      const [own, snapshots, activity, posts, peerTotals] = await Promise.all([
        totals(country, window, periodEnd, ids.length),
        periodEnd && chartStart ? followerSeries(db(), ids, chartStart, addDays(periodEnd, 1)) : [],
        periodEnd && chartStart ? activitySeries(ids, chartStart, addDays(periodEnd, 1)) : [],
        period ? bestPosts(db(), ids, period.start, period.endExclusive) : [],
        Promise.all(peers.map(async (peer) => totals(peer, window, periodEnd, (await countryAccounts(peer)).length))),
      ]);
      reply.header('cache-control', PUBLIC_CACHE);
      return {
        window,
        periodEnd,
        totals: own,
        followerSeries: chartStart && periodEnd ? sumCarriedForward(snapshots, chartStart, periodEnd) : [],
        activitySeries: activity,
        bestPosts: posts.map(presentPost),
        peers: peerTotals,
      };
    },
  );

  async function activitySeries(ids: number[], start: string, endExclusive: string) {
    const rows = await sql<{ day: string; posts: number }>`
      SELECT (posted_at AT TIME ZONE 'UTC')::date::text AS day, count(*)::int AS posts
      FROM obs_posts WHERE account_id = ANY(${ids}::bigint[]) AND kind <> 'repost'
        AND posted_at >= ${`${start}T00:00:00Z`}::timestamptz AND posted_at < ${`${endExclusive}T00:00:00Z`}::timestamptz
      GROUP BY day ORDER BY day`.execute(db());
    const byDay = new Map(rows.rows.map((r) => [r.day, r.posts]));
    const out: { date: string; value: number }[] = [];
    for (let d = start; d < endExclusive; d = addDays(d, 1)) out.push({ date: d, value: byDay.get(d) ?? 0 });
    return out;
  }
}

/** Sum of followers per day, each account's last known count carried forward (snapshots are irregular). */
export function sumCarriedForward(
  rows: { account_id: number; day: string; followers: number | null }[],
  start: string,
  end: string,
) {
  const byDay = new Map<string, { account_id: number; followers: number | null }[]>();
  for (const r of rows) {
    const list = byDay.get(r.day);
    if (list) list.push(r);
    else byDay.set(r.day, [r]);
  }
  const last = new Map<number, number>();
  const out: { date: string; value: number | null }[] = [];
  let total = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) {
    for (const r of byDay.get(d) ?? []) {
      if (r.followers === null) continue;
      total += r.followers - (last.get(r.account_id) ?? 0);
      last.set(r.account_id, r.followers);
    }
    out.push({ date: d, value: last.size > 0 ? total : null });
  }
  return out;
}
