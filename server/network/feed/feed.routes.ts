// /api/network/feed: the home feed of the signed-in member (their communities and deal rooms), cursor pages.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { PostStream, StreamQuery } from '../../../common/schemas/network-posts.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import { getFeed } from './feed.service.ts';

export async function feedRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/feed',
    {
      schema: {
        tags: ['network-feed'],
        summary: 'The home feed: newest posts of your communities and deal rooms that you may read',
        description:
          'Posts of the communities you are a member of and of the deal rooms you are in, newest first; hidden ' +
          'posts are left out. Pass `nextCursor` back as `before`.',
        security: [{ session: [] }],
        querystring: StreamQuery,
        response: { 200: PostStream, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const viewer = requireNetworkMember(request);
      reply.header('cache-control', 'private, no-store');
      return getFeed(networkDeps(app, request), viewer, request.query);
    },
  );
}
