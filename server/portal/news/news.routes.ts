// News: the latest published items, filterable by country, sector and step; one item.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang } from '../../../common/portal-terms.ts';
import { News, NewsList, NewsListQuery, NewsParams } from '../../../common/schemas/portal.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './news.service.ts';

const tags = ['portal-news'];
const problems = { 400: Problem, 404: Problem };
const LangQuery = Type.Object(
  { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
  { additionalProperties: false },
);

export async function newsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest, lang: Lang | undefined): service.NewsDeps => ({
    db: app.database.db,
    lang: lang ?? requestLang(request),
  });

  app.get(
    '/news',
    {
      schema: {
        tags,
        summary: 'Published news, latest first',
        description: 'An item matches a country, sector or step filter when it names one of the given values.',
        querystring: NewsListQuery,
        response: { 200: NewsList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.listNews(deps(request, request.query.lang), request.query);
    },
  );

  app.get(
    '/news/:id',
    {
      schema: {
        tags,
        summary: 'One published news item',
        params: NewsParams,
        querystring: LangQuery,
        response: { 200: News, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.getNews(deps(request, request.query.lang), request.params.id);
    },
  );
}
