// The country directory: the list (search by name or code) and a country's page (a stable entry point).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang } from '../../../common/portal-terms.ts';
import { Country, CountryList, CountryListQuery, CountryParams } from '../../../common/schemas/portal.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './countries.service.ts';

const tags = ['portal-countries'];
const problems = { 400: Problem, 404: Problem };
const LangQuery = Type.Object(
  { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
  { additionalProperties: false },
);

export async function countriesRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest, lang: Lang | undefined): service.CountriesDeps => ({
    db: app.database.db,
    lang: lang ?? requestLang(request),
    publicUrl: app.config.publicUrl,
  });

  app.get(
    '/countries',
    {
      schema: {
        tags,
        summary: 'The country directory, by name (French collation); search by French or English name or ISO code',
        description:
          'Accents and case aside, every word of `q` must start a word of the country\u2019s French or English ' +
          'name ("etats" finds the United States); from three letters, any part of a name matches. A query equal ' +
          'to an ISO 3166-1 alpha-2 or alpha-3 code puts that country first.',
        querystring: CountryListQuery,
        response: { 200: CountryList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.listCountries(deps(request, request.query.lang), request.query);
    },
  );

  app.get(
    '/countries/:iso2',
    {
      schema: {
        tags,
        summary: 'A country\u2019s page: facts, sources, the State\u2019s networks there, offers, events and news',
        description:
          'The code may be given in any case. Each network of the State abroad appears once, with `known: false` ' +
          'when the directory has no contact for it yet. 404 for an unknown code or an unpublished page.',
        params: CountryParams,
        querystring: LangQuery,
        response: { 200: Country, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.getCountry(deps(request, request.query.lang), request.params.iso2);
    },
  );
}
