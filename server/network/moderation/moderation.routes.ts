// /api/network moderation: reports (members file them, moderators who can read the target handle them), hiding
// and restoring posts and comments, and suspensions of members (global moderators).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  ModerationReasonBody,
  ModerationResult,
  ReportCreateBody,
  ReportCreated,
  ReportList,
  ReportsQuery,
  ResolveBody,
  SuspensionBody,
  SuspensionList,
  SuspensionsQuery,
  SuspensionView,
} from '../../../common/schemas/network-moderation.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import { liftSuspension, listSuspensions, setHidden, suspendMember } from './moderation.service.ts';
import { createReport, listReports, resolveReport } from './reports.service.ts';

const tags = ['network-moderation'];
const security = [{ session: [] }];
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export async function moderationRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.post(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Report a post or comment to the moderators of its space',
        description:
          'The reporter must be able to read the item (404 otherwise, as for an unknown id) and not be ' +
          'suspended; one open report per reporter and item (409). The moderators of the space who can read ' +
          'the item are notified.',
        security,
        body: ReportCreateBody,
        response: { 201: ReportCreated, ...problems, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const viewer = requireNetworkMember(request);
      const report = await createReport(networkDeps(app, request), viewer, request.body);
      return reply.code(201).send(report);
    },
  );

  app.get(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Reports to handle (agents: global moderators, space moderators, deal-room agents)',
        description:
          'Only the reports of items the viewer moderates and may read: a moderator outside a deal room ' +
          'never learns of its reports. Default: open reports, newest first. Level-3 items shown are audited.',
        security,
        querystring: ReportsQuery,
        response: { 200: ReportList, ...problems },
      },
    },
    async (request) => {
      const viewer = requireNetworkMember(request);
      return listReports(networkDeps(app, request), viewer, request.query);
    },
  );

  app.post(
    '/reports/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Resolve or dismiss an open report, with a resolution',
        security,
        params: IdParams,
        body: ResolveBody,
        response: { 204: Type.Null(), ...problems, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const viewer = requireNetworkMember(request);
      await resolveReport(networkDeps(app, request), viewer, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  for (const type of ['post', 'comment'] as const) {
    for (const hide of [true, false]) {
      app.post(
        `/${type}s/:id/${hide ? 'hide' : 'restore'}`,
        {
          schema: {
            tags,
            summary: `${hide ? 'Hide' : 'Restore'} a ${type} (moderators of its space who can read it), with a reason`,
            description: hide
              ? 'A hidden item shows only to its author and to moderators. Its open reports are resolved with ' +
                'the reason. Audited (content.hidden).'
              : 'The item shows again to everyone who may read it. Audited (content.restored).',
            security,
            params: IdParams,
            body: ModerationReasonBody,
            response: { 200: ModerationResult, ...problems, 409: Problem, 422: Problem },
          },
        },
        async (request) => {
          const viewer = requireNetworkMember(request);
          const { id } = request.params;
          return setHidden(networkDeps(app, request), viewer, type, id, hide, request.body.reason);
        },
      );
    }
  }

  app.get(
    '/suspensions',
    {
      schema: {
        tags,
        summary: 'Suspensions of members (global moderators), newest first',
        security,
        querystring: SuspensionsQuery,
        response: { 200: SuspensionList, ...problems },
      },
    },
    async (request) => {
      const viewer = requireNetworkMember(request);
      return listSuspensions(networkDeps(app, request), viewer, request.query);
    },
  );

  app.post(
    '/members/:id/suspension',
    {
      schema: {
        tags,
        summary: 'Suspend a member (global moderators): they read but cannot write',
        description:
          'With a reason and an optional end (`until`, in the future); replaces a suspension in force. ' +
          'Moderators and admins can be suspended only by an admin; nobody suspends themself. Audited.',
        security,
        params: IdParams,
        body: SuspensionBody,
        response: { 201: SuspensionView, ...problems, 422: Problem },
      },
    },
    async (request, reply) => {
      const viewer = requireNetworkMember(request);
      const view = await suspendMember(networkDeps(app, request), viewer, request.params.id, request.body);
      return reply.code(201).send(view);
    },
  );

  app.delete(
    '/members/:id/suspension',
    {
      schema: {
        tags,
        summary: 'Lift a member’s suspension (global moderators); 404 when none is in force. Audited.',
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...problems },
      },
    },
    async (request, reply) => {
      const viewer = requireNetworkMember(request);
      await liftSuspension(networkDeps(app, request), viewer, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
