// The regional directory: the French regions and their export contacts.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { RegionList } from '../../../common/schemas/portal.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './directories.service.ts';

const tags = ['portal-directories'];
const LangQuery = Type.Object(
  { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
  { additionalProperties: false },
);

export async function directoriesRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/regions',
    {
      schema: {
        tags,
        summary: 'The 18 French regions, each with its published export contacts (by name)',
        querystring: LangQuery,
        response: { 200: RegionList, 400: Problem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.listRegions({ db: app.database.db, lang: request.query.lang ?? requestLang(request) });
    },
  );
}
