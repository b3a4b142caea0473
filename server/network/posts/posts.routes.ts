// /api/network: posts of a space (communities and deal rooms), one post, its label, reactions; comments are in
// comments.routes.ts. Every route needs a signed-in, active member; unknown and hidden ids answer the same 404.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  PostCreateBody,
  PostPatchBody,
  PostStream,
  PostView,
  ReactionParams,
  ReactionSummary,
  RelabelBody,
  StreamQuery,
} from '../../../common/schemas/network-posts.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { commentsRoutes } from './comments.routes.ts';
import {
  createProblems,
  editProblems,
  itemProblems,
  memberRequest,
  queryProblems,
  security,
  tags,
} from './posts.http.ts';
import * as service from './posts.service.ts';
import { relabelPost } from './relabel.service.ts';

export async function postsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/spaces/:id/posts',
    {
      schema: {
        tags,
        summary: 'Posts of a space or deal room the viewer can see, newest first (cursor pages)',
        description:
          'Only the posts whose label the viewer may read; hidden posts only for their author and moderators. ' +
          'Pass `nextCursor` back as `before`. Level-3 posts read are written to the audit log.',
        security,
        params: IdParams,
        querystring: StreamQuery,
        response: { 200: PostStream, ...queryProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return service.listSpacePosts(deps, viewer, request.params.id, request.query);
    },
  );

  app.post(
    '/spaces/:id/posts',
    {
      schema: {
        tags,
        summary: 'Post in a space (members) or deal room',
        description:
          'Markdown body (rendered safely), optional title, label (default: the space’s default; never below the ' +
          'space’s level; level 3 only in a deal room), attachments (pending uploads) and mentions ' +
          '`@[Name](user:<id>)`. Text marked Diffusion Restreinte or classified is refused.',
        security,
        params: IdParams,
        body: PostCreateBody,
        response: { 201: PostView, ...createProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      const post = await service.createPost(deps, viewer, request.params.id, request.body);
      return reply.code(201).send(post);
    },
  );

  app.get(
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'One post',
        security,
        params: IdParams,
        response: { 200: PostView, ...itemProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return service.getPost(deps, viewer, request.params.id);
    },
  );

  app.patch(
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a post’s title or body (its author)',
        security,
        params: IdParams,
        body: PostPatchBody,
        response: { 200: PostView, ...editProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return service.updatePost(deps, viewer, request.params.id, request.body);
    },
  );

  app.delete(
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'Delete a post (its author, or a moderator of the space: audited)',
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...itemProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      await service.deletePost(deps, viewer, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/posts/:id/label',
    {
      schema: {
        tags,
        summary: 'Change a post’s label (author or moderator); lowering needs a reason and is audited',
        description:
          'Raising also raises the comments that would sit below the new label. A post never goes below its ' +
          'space’s level; in a deal room it stays at level 3 (TLP:AMBER or TLP:RED).',
        security,
        params: IdParams,
        body: RelabelBody,
        response: { 200: PostView, ...editProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return relabelPost(deps, viewer, request.params.id, request.body);
    },
  );

  for (const method of ['PUT', 'DELETE'] as const) {
    app.route({
      method,
      url: '/posts/:id/reactions/:kind',
      schema: {
        tags,
        summary: method === 'PUT' ? 'React to a post (members of its space; idempotent)' : 'Take a reaction back',
        security,
        params: ReactionParams,
        response: { 200: ReactionSummary, ...queryProblems, 409: Problem },
      },
      handler: async (request, reply) => {
        const { viewer, deps } = memberRequest(app, request, reply);
        const { id, kind } = request.params;
        return service.setReaction(deps, viewer, id, kind, method === 'PUT');
      },
    });
  }

  await app.register(commentsRoutes);
}
