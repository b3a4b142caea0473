// Accounts: the list (stable entry point GET /accounts?country=FR), an account with its factor breakdown
// (GET /accounts/{id}), and the accounts export.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import {
  AccountDetail,
  AccountIdParams,
  AccountList,
  AccountListQuery,
  FACTORS,
  type PostSummary,
  WindowQuery,
} from '../../../common/schemas/observatory.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import type { Network } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { isEditor } from '../editors.ts';
import { round2 } from '../rankings/rankings.routes.ts';
import { loadWeights, periodEnding, scoresVersion } from '../scoring/index.ts';
import { addDays } from '../scoring/periods.ts';
import { MEMO_TTL_MS, PUBLIC_CACHE, periodToShow, presentAccount, ResponseMemo, toCsv } from '../shared.ts';
import * as repo from './accounts.repo.ts';

const tags = ['observatory'];
const problems = { 400: Problem, 404: Problem };
const POLLABLE: readonly Network[] = ['x', 'mastodon', 'bluesky'];

export function presentPost(p: repo.PostRow): PostSummary {
  return {
    id: p.network_post_id,
    accountId: p.account_id,
    handle: p.handle,
    network: p.network as Network,
    postedAt: new Date(p.posted_at).toISOString(),
    kind: p.kind as PostSummary['kind'],
    lang: p.lang,
    text: p.text,
    url: p.url,
    likes: p.likes,
    reposts: p.reposts,
    replies: p.replies,
    quotes: p.quotes,
    engagement: Math.round(p.engagement),
  };
}

const nullableRound = (n: number | null) => (n === null || n === undefined ? null : round2(Number(n)));

export async function accountsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const db = () => app.database.db;

  const memo = new ResponseMemo<Awaited<ReturnType<typeof computeList>>>(MEMO_TTL_MS, 128);
  // Unregistered accounts (the editors' registry view) change with every import and attachment: never reused.
  const list = (query: Static<typeof AccountListQuery>) =>
    query.registered === false
      ? computeList(query)
      : memo.get(`${scoresVersion()}|${JSON.stringify(Object.entries(query).sort())}`, () => computeList(query));

  async function computeList(query: Static<typeof AccountListQuery>) {
    const window = query.window ?? '30d';
    const periodEnd = await periodToShow(db(), window);
    const { rows, totals } = await repo.listAccounts(
      db(),
      {
        window,
        periodEnd,
        country: query.country,
        network: query.network,
        type: query.type,
        q: query.q,
        registered: query.registered,
      },
      {
        sort: query.sort ?? 'index',
        order: query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      },
    );
    return {
      window,
      periodEnd,
      total: totals.accounts,
      totals: {
        accounts: totals.accounts,
        followers: Math.round(totals.followers ?? 0),
        posts: Math.round(totals.posts ?? 0),
      },
      items: rows.map((r) => ({
        ...presentAccount(r),
        followers: r.followers,
        followersGrowth: r.growth === null ? null : Math.round(r.growth),
        posts: r.posts ?? 0,
        engagement: nullableRound(r.engagement),
        dialogue: nullableRound(r.dialogue),
        index: nullableRound(r.index),
        rank: r.rank,
        movement: r.movement,
      })),
    };
  }

  app.get(
    '/accounts',
    {
      schema: {
        tags,
        summary: 'Accounts with their index, followers, growth, posts, engagement and dialogue',
        description:
          'Official accounts (attached to an actor) by default; `registered=false` lists the unregistered accounts met in ' +
          'imported data. Sortable, filterable, paginated (limit up to 500).',
        querystring: AccountListQuery,
        response: { 200: AccountList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return list(request.query);
    },
  );

  app.get(
    '/accounts/:id',
    {
      schema: {
        tags,
        summary: 'An account, its index and the breakdown of its score ("why this score")',
        params: AccountIdParams,
        querystring: WindowQuery,
        response: { 200: AccountDetail, ...problems },
      },
    },
    async (request) => {
      const window = request.query.window ?? '30d';
      const account = await repo.findAccount(db(), request.params.id);
      if (!account) throw new AppError('ERR_NOT_FOUND');
      const periodEnd = await periodToShow(db(), window, request.query.date);
      const score = periodEnd ? await repo.accountScore(db(), account.id, window, periodEnd) : undefined;
      const period = periodEnd ? periodEnding(window, periodEnd) : null;
      const chartStart = periodEnd ? addDays(periodEnd, -89) : null;
      const [history, snapshots, posts, partners, weights] = await Promise.all([
        repo.accountHistory(db(), account.id, window),
        periodEnd && chartStart ? repo.followerSeries(db(), [account.id], chartStart, addDays(periodEnd, 1)) : [],
        period ? repo.bestPosts(db(), [account.id], period.start, period.endExclusive) : [],
        period ? repo.topPartners(db(), account.id, period.start, period.endExclusive) : [],
        loadWeights(app.database),
      ]);
      const editor = isEditor(request.viewer);
      return {
        account: {
          ...presentAccount(account),
          followers: account.followers,
          following: account.following,
          postsCount: account.posts_count,
          tracked: account.tracked,
          lastPolledAt: account.last_polled_at ? new Date(account.last_polled_at).toISOString() : null,
        },
        window,
        periodEnd,
        score: score
          ? {
              index: round2(score.index),
              rank: score.rank,
              movement: score.movement,
              ranked: score.ranked,
              factors: FACTORS.map((factor) => {
                const weight = score.raw[`weight_${factor}`] ?? weights[factor];
                const normalised = score.normalised[factor] ?? 0;
                return {
                  factor,
                  raw: round4(score.raw[factor] ?? 0),
                  normalised: round2(normalised),
                  weight: round4(weight),
                  contribution: round2(weight * normalised),
                };
              }),
              discounts: {
                audienceCapped: score.raw.audienceCapped === 1,
                effectiveFollowers: score.raw.effectiveFollowers ?? null,
                ringRepostsDiscounted: round2(score.raw.ringReposts ?? 0),
              },
            }
          : null,
        history: history.map((h) => ({ periodEnd: h.period_end, index: round2(h.index), rank: h.rank })),
        followerSeries: snapshots.map((s) => ({ date: s.day, value: s.followers })),
        bestPosts: posts.map(presentPost),
        interactions: partners.map((p) => ({ account: presentAccount(p), outgoing: p.outgoing, incoming: p.incoming })),
        abilities: { edit: editor, poll: editor && POLLABLE.includes(account.network) },
      };
    },
  );

  const exportSchema = (format: 'CSV' | 'JSON') => ({
    tags,
    summary: `Export accounts with their scores as ${format} (same filters as /accounts, up to 100,000 rows)`,
    querystring: Type.Omit(AccountListQuery, ['limit', 'offset']),
    produces: [format === 'CSV' ? 'text/csv' : 'application/json'],
    response: { 200: format === 'CSV' ? Type.String() : AccountList, ...problems },
  });
  const EXPORT_LIMIT = 100_000;

  app.get('/exports/accounts.csv', { schema: exportSchema('CSV') }, async (request, reply) => {
    const data = await list({ ...request.query, limit: EXPORT_LIMIT, offset: 0 });
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="accounts-${request.query.country ?? 'all'}-${data.window}.csv"`,
      );
    return toCsv(
      [
        'id',
        'network',
        'handle',
        'display_name',
        'actor_fr',
        'actor_en',
        'country',
        'type',
        'followers',
        'followers_growth',
        'posts',
        'engagement_per_post',
        'dialogue',
        'index',
        'rank',
        'movement',
        'window',
        'period_end',
      ],
      data.items.map((a) => [
        a.id,
        a.network,
        a.handle,
        a.displayName,
        a.actor?.nameFr,
        a.actor?.nameEn,
        a.actor?.country,
        a.actor?.type,
        a.followers,
        a.followersGrowth,
        a.posts,
        a.engagement,
        a.dialogue,
        a.index,
        a.rank,
        a.movement,
        data.window,
        data.periodEnd,
      ]),
    );
  });

  app.get('/exports/accounts.json', { schema: exportSchema('JSON') }, async (request, reply) => {
    const data = await list({ ...request.query, limit: EXPORT_LIMIT, offset: 0 });
    reply.header(
      'content-disposition',
      `attachment; filename="accounts-${request.query.country ?? 'all'}-${data.window}.json"`,
    );
    return data;
  });
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
