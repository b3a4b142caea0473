// The interaction network: JSON for the sigma.js view, GEXF for Gephi (stable entry point GET /graph.gexf),
// and an edge list CSV that `diplomatie graph pagerank` reads back.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { GraphQuery, InteractionGraph } from '../../../common/schemas/observatory.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { PUBLIC_CACHE, periodToShow, toCsv } from '../shared.ts';
import { interactionGraph, toGexf } from './graph.service.ts';

const tags = ['observatory'];
const problems = { 400: Problem, 404: Problem };
const CACHE_SIZE = 32;

export async function graphRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  // Graphs are recomputed only when a new scoring ran: cache by query and the latest scored period.
  const cache = new Map<string, InteractionGraph & { periodEnd: string | null }>();

  async function graph(query: Static<typeof GraphQuery>) {
    const window = query.window ?? '30d';
    const periodEnd = await periodToShow(app.database.db, window);
    const scoredAt = await app.database.db
      .selectFrom('obs_settings')
      .select('value')
      .where('key', '=', 'last_scored_at')
      .executeTakeFirst();
    const key = JSON.stringify([query, window, periodEnd, scoredAt?.value ?? null]);
    const hit = cache.get(key);
    if (hit) return hit;
    const result = {
      ...(await interactionGraph(app.database.db, {
        window,
        periodEnd,
        country: query.country,
        type: query.type,
        minWeight: query.minWeight ?? 1,
        limit: query.limit ?? 10_000,
        registered: query.registered ?? true,
      })),
      periodEnd,
    };
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
    return result;
  }

  app.get(
    '/graph',
    {
      schema: {
        tags,
        summary: 'Interaction network of the accounts (mentions, replies, reposts, quotes)',
        description:
          'Official accounts by default; filters by country, actor type and minimum edge weight; at most `limit` nodes ' +
          '(10,000), the strongest by PageRank, with `truncated` and `totalNodes` saying what was cut.',
        querystring: GraphQuery,
        response: { 200: InteractionGraph, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      const { periodEnd: _periodEnd, ...body } = await graph(request.query);
      return body;
    },
  );

  app.get(
    '/graph.gexf',
    {
      schema: {
        tags,
        summary: 'The interaction network as GEXF 1.3 (opens in Gephi)',
        querystring: GraphQuery,
        produces: ['application/gexf+xml'],
        response: { 200: Type.String(), ...problems },
      },
    },
    async (request, reply) => {
      const g = await graph(request.query);
      reply
        .header('content-type', 'application/gexf+xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="diplomatie-graph-${g.window}-${g.periodEnd ?? 'none'}.gexf"`,
        );
      return toGexf(g, { periodEnd: g.periodEnd, generatedAt: new Date() });
    },
  );

  app.get(
    '/exports/graph.json',
    {
      schema: {
        tags,
        summary: 'The interaction network as JSON (nodes and edges)',
        querystring: GraphQuery,
        response: { 200: InteractionGraph, ...problems },
      },
    },
    async (request, reply) => {
      const { periodEnd, ...body } = await graph(request.query);
      reply.header(
        'content-disposition',
        `attachment; filename="diplomatie-graph-${body.window}-${periodEnd ?? 'none'}.json"`,
      );
      return body;
    },
  );

  app.get(
    '/exports/graph.csv',
    {
      schema: {
        tags,
        summary:
          'The interaction network as an edge list: source,target,weight (what `diplomatie graph pagerank` reads)',
        querystring: GraphQuery,
        produces: ['text/csv'],
        response: { 200: Type.String(), ...problems },
      },
    },
    async (request, reply) => {
      const g = await graph(request.query);
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="diplomatie-edges-${g.window}-${g.periodEnd ?? 'none'}.csv"`,
        );
      return toCsv(
        ['source', 'target', 'weight', 'mentions', 'replies', 'reposts', 'quotes'],
        g.edges.map((e) => [e.source, e.target, e.weight, e.mentions, e.replies, e.reposts, e.quotes]),
      );
    },
  );
}
