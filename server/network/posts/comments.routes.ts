// /api/network: comments under a post, and one comment (edit, delete, label). Registered by posts.routes.ts.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  CommentCreateBody,
  CommentPatchBody,
  CommentQuery,
  CommentStream,
  CommentView,
  RelabelBody,
} from '../../../common/schemas/network-posts.ts';
import * as service from './comments.service.ts';
import {
  createProblems,
  editProblems,
  itemProblems,
  memberRequest,
  queryProblems,
  security,
  tags,
} from './posts.http.ts';
import { relabelComment } from './relabel.service.ts';

export async function commentsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/posts/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comments of a post the viewer can read, oldest first (cursor pages)',
        description:
          'Each comment is shown only if its own label allows (a comment may sit above its post). Pass ' +
          '`nextCursor` back as `after`. Level-3 comments read are written to the audit log.',
        security,
        params: IdParams,
        querystring: CommentQuery,
        response: { 200: CommentStream, ...queryProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return service.listComments(deps, viewer, request.params.id, request.query);
    },
  );

  app.post(
    '/posts/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a post (members of its space); never below the post’s label',
        security,
        params: IdParams,
        body: CommentCreateBody,
        response: { 201: CommentView, ...createProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      const comment = await service.createComment(deps, viewer, request.params.id, request.body);
      return reply.code(201).send(comment);
    },
  );

  app.patch(
    '/comments/:id',
    {
      schema: {
        tags,
        summary: 'Edit a comment (its author)',
        security,
        params: IdParams,
        body: CommentPatchBody,
        response: { 200: CommentView, ...editProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return service.updateComment(deps, viewer, request.params.id, request.body);
    },
  );

  app.delete(
    '/comments/:id',
    {
      schema: {
        tags,
        summary: 'Delete a comment (its author, or a moderator of the space: audited)',
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...itemProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      await service.deleteComment(deps, viewer, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/comments/:id/label',
    {
      schema: {
        tags,
        summary: 'Change a comment’s label (author or moderator); never below its post; lowering is audited',
        security,
        params: IdParams,
        body: RelabelBody,
        response: { 200: CommentView, ...editProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = memberRequest(app, request, reply);
      return relabelComment(deps, viewer, request.params.id, request.body);
    },
  );
}
