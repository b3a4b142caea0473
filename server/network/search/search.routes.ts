// /api/network/search: French full text across posts, comments, spaces and members, filtered by the access policy
// (and the hidden and directory rules): what a viewer may not open is neither listed, counted nor highlighted.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { SEARCH_COUNT_CAP, SearchQuery, SearchResults } from '../../../common/schemas/network-search.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import { searchNetwork } from './search.service.ts';

const tags = ['network-search'];

export async function searchRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/search',
    {
      schema: {
        tags,
        summary: 'Search posts, comments, spaces and members you may see (French, accents ignored)',
        description:
          `Results grouped by kind with counts of visible items only (capped: totalCapped means "${SEARCH_COUNT_CAP}+"), ` +
          `ranked by relevance then recency among the first ${SEARCH_COUNT_CAP} visible matches, with highlighted excerpts.` +
          ' Without `type`, the first page of each kind; with ' +
          'it, that kind paged. Fewer than 2 characters: 400 ERR_SEARCH_QUERY. Level-3 results are audited.',
        security: [{ session: [] }],
        querystring: SearchQuery,
        response: { 200: SearchResults, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const viewer = requireNetworkMember(request);
      const deps = networkDeps(app, request);
      return searchNetwork(deps.db, viewer, request.query, { lang: deps.lang, ip: deps.ip });
    },
  );
}
