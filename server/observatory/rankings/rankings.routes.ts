// Country rankings (stable entry point GET /rankings/countries), their history, exports and the methodology.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import {
  CountryHistory,
  CountryHistoryQuery,
  CountryRanking,
  Methodology,
  WindowQuery,
} from '../../../common/schemas/observatory.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import type { WindowKind } from '../../db/schema.ts';
import { loadWeights, scoresVersion, WINDOW_KINDS } from '../scoring/index.ts';
import { MEMO_TTL_MS, PUBLIC_CACHE, periodToShow, ResponseMemo, toCsv } from '../shared.ts';

const tags = ['observatory'];
const problems = { 400: Problem, 404: Problem };

export async function rankingsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const db = () => app.database.db;

  const memo = new ResponseMemo<Awaited<ReturnType<typeof computeRanking>>>(MEMO_TTL_MS);
  const ranking = (window: WindowKind, date?: string) =>
    memo.get(`${scoresVersion()}|${window}|${date ?? ''}`, () => computeRanking(window, date));

  async function computeRanking(window: WindowKind, date?: string) {
    const periodEnd = await periodToShow(db(), window, date);
    const items = periodEnd
      ? await db()
          .selectFrom('obs_country_scores')
          .select(['country', 'rank', 'movement', 'index', 'accounts', 'followers'])
          .where('window_kind', '=', window)
          .where('period_end', '=', periodEnd)
          .orderBy('rank')
          .execute()
      : [];
    return { window, periodEnd, items: items.map((r) => ({ ...r, index: round2(r.index) })) };
  }

  app.get(
    '/rankings/countries',
    {
      schema: {
        tags,
        summary: 'World ranking of countries by influence index',
        description:
          'Countries ranked by the index of their official accounts for a window (default: rolling 30 days). ' +
          '`followers` is a sum over accounts, not a unique audience. `movement` is places gained since the previous period.',
        querystring: WindowQuery,
        response: { 200: CountryRanking, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return ranking(request.query.window ?? '30d', request.query.date);
    },
  );

  app.get(
    '/rankings/countries/history',
    {
      schema: {
        tags,
        summary: 'Index and rank of up to four countries over the scored periods',
        querystring: CountryHistoryQuery,
        response: { 200: CountryHistory, ...problems },
      },
    },
    async (request, reply) => {
      const window = request.query.window ?? 'week';
      const countries = [...new Set(request.query.countries.split(','))];
      const rows = await db()
        .selectFrom('obs_country_scores')
        .select(['country', 'period_end', 'index', 'rank'])
        .where('window_kind', '=', window)
        .where('country', 'in', countries)
        .orderBy('period_end')
        .execute();
      reply.header('cache-control', PUBLIC_CACHE);
      return {
        window,
        items: countries.map((country) => ({
          country,
          points: rows
            .filter((r) => r.country === country)
            .map((r) => ({ periodEnd: r.period_end, index: round2(r.index), rank: r.rank })),
        })),
      };
    },
  );

  const exportSchema = (format: string) => ({
    tags,
    summary: `Export the country ranking as ${format}`,
    querystring: WindowQuery,
    produces: [format === 'CSV' ? 'text/csv' : 'application/json'],
    response: { 200: format === 'CSV' ? Type.String() : CountryRanking, ...problems },
  });

  app.get('/exports/rankings.csv', { schema: exportSchema('CSV') }, async (request, reply) => {
    const window = request.query.window ?? '30d';
    const data = await ranking(window, request.query.date);
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="ranking-countries-${window}-${data.periodEnd ?? 'none'}.csv"`,
      );
    return toCsv(
      ['rank', 'country', 'index', 'movement', 'accounts', 'followers_sum', 'window', 'period_end'],
      data.items.map((r) => [r.rank, r.country, r.index, r.movement, r.accounts, r.followers, window, data.periodEnd]),
    );
  });

  app.get('/exports/rankings.json', { schema: exportSchema('JSON') }, async (request, reply) => {
    const window = request.query.window ?? '30d';
    const data = await ranking(window, request.query.date);
    reply.header(
      'content-disposition',
      `attachment; filename="ranking-countries-${window}-${data.periodEnd ?? 'none'}.json"`,
    );
    return data;
  });

  app.get(
    '/methodology',
    {
      schema: {
        tags,
        summary: 'The index weights in force, the windows and the latest scored periods',
        response: { 200: Methodology },
      },
    },
    async () => {
      const weights = await loadWeights(app.database);
      const ends = await db()
        .selectFrom('obs_country_scores')
        .select(['window_kind', (eb) => eb.fn.max('period_end').as('end')])
        .groupBy('window_kind')
        .execute();
      const scoredAt = await db()
        .selectFrom('obs_settings')
        .select('value')
        .where('key', '=', 'last_scored_at')
        .executeTakeFirst();
      return {
        weights,
        windows: [...WINDOW_KINDS],
        periodEnds: Object.fromEntries(
          WINDOW_KINDS.map((w) => [w, (ends.find((e) => e.window_kind === w)?.end as string | undefined) ?? null]),
        ),
        lastScoredAt: typeof scoredAt?.value === 'string' ? scoredAt.value : null,
      };
    },
  );
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
