// The journey: the six steps (stable entry point GET /steps), a step's page, the providers (partners page).
// Public reads, the same for every viewer: cacheable for a minute.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProviderList, StepList, StepPage, StepParams } from '../../../common/schemas/portal.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import { PUBLIC_CACHE } from '../catalogue/catalogue.routes.ts';
import * as service from './journey.service.ts';

const tags = ['portal-journey'];
const problems = { 400: Problem, 404: Problem };

export async function journeyRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest): service.JourneyDeps => ({ db: app.database.db, lang: requestLang(request) });

  app.get(
    '/steps',
    {
      schema: {
        tags,
        summary: 'The six steps of the export journey, with their published offer counts',
        response: { 200: StepList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return service.listSteps(deps(request));
    },
  );

  app.get(
    '/steps/:slug',
    {
      schema: {
        tags,
        summary: 'A step of the journey: its published offers and the contacts to ask',
        description:
          'Offers by title; contacts: the regions\u2019 export advisers and the partners\u2019 desks first, then ' +
          'the networks abroad.',
        params: StepParams,
        response: { 200: StepPage, ...problems },
      },
    },
    async (request, reply) => {
      const page = await service.getStepPage(deps(request), request.params.slug);
      reply.header('cache-control', PUBLIC_CACHE);
      return page;
    },
  );

  app.get(
    '/providers',
    {
      schema: {
        tags,
        summary: 'The providers and partners of the portal, in their set order, with their published offer counts',
        response: { 200: ProviderList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return service.listProviders(deps(request));
    },
  );
}
