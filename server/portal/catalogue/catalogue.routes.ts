// The catalogue of support offers: French search with facets (stable entry point GET /offers), one offer.
// Public reads, the same for every viewer: cacheable for a minute.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Offer, OfferList, OfferListQuery, OfferParams } from '../../../common/schemas/portal.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './catalogue.service.ts';

const tags = ['portal-catalogue'];
const problems = { 400: Problem, 404: Problem };
export const PUBLIC_CACHE = 'public, max-age=60';

export async function catalogueRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest, lang?: 'fr' | 'en'): service.CatalogueDeps => ({
    db: app.database.db,
    lang: lang ?? requestLang(request),
  });

  app.get(
    '/offers',
    {
      schema: {
        tags,
        summary: 'Search the published support offers, with facet counts',
        description:
          'French full-text search (stemming, accents aside) that also understands English; words the catalogue ' +
          'does not know are corrected to the closest known words (`didYouMean` gives the corrected query), and the ' +
          'last word is completed while it is typed. Several values of one filter are alternatives, filters ' +
          'combine; an offer with no sector, region, country, maturity or company size applies to all of them. ' +
          'Each facet counts the offers matching the words and every other filter; the country facet lists the ' +
          'countries some offer names. Sort: relevance (default with words), title (default without), provider, ' +
          'recent. A page past the end is empty, with the total.',
        querystring: OfferListQuery,
        response: { 200: OfferList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return service.searchOffers(deps(request, request.query.lang), request.query);
    },
  );

  app.get(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'One published support offer',
        params: OfferParams,
        response: { 200: Offer, ...problems },
      },
    },
    async (request, reply) => {
      const offer = await service.getOffer(deps(request), request.params.id);
      reply.header('cache-control', PUBLIC_CACHE);
      return offer;
    },
  );
}
