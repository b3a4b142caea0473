// The agenda: published events (list, one) and the iCal feed of any filter (a stable entry point: calendar
// applications subscribe to it, e.g. "events on Vietnam").
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang } from '../../../common/portal-terms.ts';
import { Event, EventList, EventListQuery, EventParams } from '../../../common/schemas/portal.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './agenda.service.ts';

const tags = ['portal-agenda'];
const problems = { 400: Problem, 404: Problem };

export async function agendaRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest, lang: Lang | undefined): service.AgendaDeps => ({
    db: app.database.db,
    lang: lang ?? requestLang(request),
    publicUrl: app.config.publicUrl,
  });

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: 'The agenda: published events, upcoming by default, soonest first',
        description:
          'Dates are days in Europe/Paris: `from` (default: today) finds the events still running that day or ' +
          'later, `to` those starting that day or earlier; `from` after `to` is a 400. An event matches a country ' +
          'when it takes place there or is about it; an event with no sector (or region) matches no sector (or ' +
          'region) filter. `q` searches the French title, summary and city, accents aside.',
        querystring: EventListQuery,
        response: { 200: EventList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.listEvents(deps(request, request.query.lang), request.query);
    },
  );

  app.get(
    '/events.ics',
    {
      schema: {
        tags,
        summary: 'The agenda as an iCalendar feed (RFC 5545), for any filter of the agenda',
        description:
          'The same filters as `GET /api/portal/events` (paging aside). Without `from`, the feed holds the ' +
          `events of the last ${service.FEED_PAST_DAYS} days and the upcoming ones, ${service.FEED_MAX_EVENTS} at ` +
          'most. Subscribe to its address in a calendar application.',
        querystring: EventListQuery,
        produces: ['text/calendar'],
        response: {
          200: Type.String({ description: 'text/calendar; charset=utf-8' }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const feed = await service.eventFeed(deps(request, request.query.lang), request.query);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="agenda-export.ics"')
        .header('cache-control', 'public, max-age=300')
        .header('vary', 'accept-language')
        .send(feed);
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'One published event',
        params: EventParams,
        querystring: Type.Object(
          { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
          { additionalProperties: false },
        ),
        response: { 200: Event, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
      return service.getEvent(deps(request, request.query.lang), request.params.id);
    },
  );
}
