// The export hotline: a public form (no sign-in needed; rate-limited per IP; CSRF token only from a signed-in
// session) and a member's own requests.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  HotlineRequestBody,
  HotlineRequestCreated,
  SupportRequestList,
} from '../../../common/schemas/portal-hotline.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requireMember } from '../../auth/auth.plugin.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './hotline.service.ts';

const tags = ['portal-hotline'];

export async function hotlineRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest): service.HotlineDeps => ({
    db: app.database.db,
    mailer: app.mailer,
    log: request.log,
    publicUrl: app.config.publicUrl,
    lang: requestLang(request),
  });

  app.post(
    '/hotline',
    {
      config: {
        csrf: 'signed-in',
        rateLimit: { max: app.config.hotlineRateLimit, timeWindow: '10 minutes' },
      },
      schema: {
        tags,
        summary: 'Send a request to the export hotline; an acknowledgement is e-mailed to the given address',
        description:
          'Open to visitors. A signed-in member’s request is linked to their account and company (send the CSRF ' +
          'token then). Leave `website` empty. Limited per IP address.',
        body: HotlineRequestBody,
        response: { 201: HotlineRequestCreated, 400: Problem, 403: Problem, 413: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const created = await service.submitHotlineRequest(deps(request), request.body, request.viewer);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/hotline/requests',
    {
      schema: {
        tags,
        summary: 'Your own hotline requests, newest first (signed-in members)',
        security: [{ session: [] }],
        response: { 200: SupportRequestList, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const member = requireMember(request);
      reply.header('cache-control', 'private, no-store');
      return service.listOwnRequests(app.database.db, member.user.id);
    },
  );
}
