// /api/network/notifications: the signed-in member's notifications (each re-checked against its object's current
// label), the unread count for the bell, marking read, and the e-mail settings (off, immediate, daily digest).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  NotificationCount,
  NotificationList,
  NotificationListQuery,
  NotificationReadBody,
  NotificationSettings,
  NotificationSettingsBody,
} from '../../../common/schemas/network-notifications.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import * as service from './notifications.service.ts';

const tags = ['network-notifications'];
const security = [{ session: [] }];
const problems = { 400: Problem, 401: Problem, 403: Problem };

export async function notificationsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const begin = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'private, no-store');
    return { viewer: requireNetworkMember(request), deps: networkDeps(app, request) };
  };

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first (keyset pages: pass nextCursor back as before)',
        description:
          'Each notification is checked against its object as it is now: one whose object was relabelled above ' +
          'your level, hidden, deleted, or is in a room or conversation you left is not listed (nor counted). ' +
          'Level-3 objects listed are written to the audit log.',
        security,
        querystring: NotificationListQuery,
        response: { 200: NotificationList, ...problems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listNotifications(deps, viewer, request.query);
    },
  );

  app.get(
    '/notifications/count',
    {
      schema: {
        tags,
        summary: 'How many unread notifications you can still open (the same rule as the list)',
        security,
        response: { 200: NotificationCount, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.countNotifications(deps, viewer);
    },
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark notifications read: the given ids (yours; others are ignored) or all of them',
        security,
        body: NotificationReadBody,
        response: { 200: NotificationCount, ...problems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.markNotificationsRead(deps, viewer, request.body);
    },
  );

  app.get(
    '/notifications/settings',
    {
      schema: {
        tags,
        summary: 'Your e-mail settings (default: a daily digest at 7:00, Paris time)',
        security,
        response: { 200: NotificationSettings, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.getSettings(deps, viewer);
    },
  );

  app.put(
    '/notifications/settings',
    {
      schema: {
        tags,
        summary: 'Choose how notifications reach you by e-mail: off, immediate or a daily digest at a given hour',
        description:
          'E-mails are checked again when sent and never carry the text of level-2 or level-3 items: those ' +
          'lines say "un contenu à diffusion restreinte" with a link.',
        security,
        body: NotificationSettingsBody,
        response: { 200: NotificationSettings, ...problems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.putSettings(deps, viewer, request.body);
    },
  );
}
