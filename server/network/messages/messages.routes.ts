// /api/network/messages: direct messages, one to one and in small groups. Agents write to any listed member,
// outsiders only to the agents assigned to them; every message is level 3 TLP:RED in its conversation.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  Conversation,
  ConversationCreateBody,
  ConversationCreated,
  ConversationList,
  ConversationListQuery,
  ConversationQuery,
  MessageCreateBody,
  MessageView,
  RecipientList,
  RecipientQuery,
} from '../../../common/schemas/network-messages.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import * as service from './messages.service.ts';

const tags = ['network-messages'];
const security = [{ session: [] }];
const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };

export async function messagesRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const begin = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'private, no-store');
    return { viewer: requireNetworkMember(request), deps: networkDeps(app, request) };
  };

  app.get(
    '/messages',
    {
      schema: {
        tags,
        summary: 'Your conversations, most recent first, with unread counts',
        description: 'Each conversation listed (its excerpt is restricted content) is written to the audit log.',
        security,
        querystring: ConversationListQuery,
        response: { 200: ConversationList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listConversations(deps, viewer, request.query);
    },
  );

  app.post(
    '/messages',
    {
      schema: {
        tags,
        summary: 'Write to 1 to 8 people: a new conversation with its first message',
        description:
          'Agents write to any listed member; companies and partners only to the agents assigned to them ' +
          '(403 ERR_RECIPIENT_NOT_ALLOWED otherwise, the same for an unknown id). Writing again to one person ' +
          'continues your one-to-one conversation. Markdown; classification markings refused (422).',
        security,
        body: ConversationCreateBody,
        response: { 201: ConversationCreated, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return reply.code(201).send(await service.startConversation(deps, viewer, request.body));
    },
  );

  app.get(
    '/messages/recipients',
    {
      schema: {
        tags,
        summary: 'People you may write to, by name (at most 10)',
        description: 'Agents: any listed member; companies and partners: the agents assigned to them.',
        security,
        querystring: RecipientQuery,
        response: { 200: RecipientList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.findRecipients(deps, viewer, request.query);
    },
  );

  app.get(
    '/messages/:id',
    {
      schema: {
        tags,
        summary: 'A conversation you take part in: its messages, newest first (cursor pages)',
        description: 'Marks it read. Each read is written to the audit log. Anyone else gets the 404 of an unknown id.',
        security,
        params: IdParams,
        querystring: ConversationQuery,
        response: { 200: Conversation, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.readConversation(deps, viewer, request.params.id, request.query);
    },
  );

  app.post(
    '/messages/:id',
    {
      schema: {
        tags,
        summary: 'Reply in a conversation you take part in',
        security,
        params: IdParams,
        body: MessageCreateBody,
        response: { 201: MessageView, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return reply.code(201).send(await service.reply(deps, viewer, request.params.id, request.body.body));
    },
  );
}
