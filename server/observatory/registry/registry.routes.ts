// The registry's HTTP API: actors (public reads, editor writes) and the accounts editors attach to them.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AccountBody,
  AccountIdParams,
  AccountPatch,
  AccountSummary,
  Actor,
  ActorBody,
  ActorIdParams,
  ActorList,
  ActorListQuery,
  ActorPatch,
} from '../../../common/schemas/observatory.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requestLang } from '../../plugins/lang.ts';
import { isEditor, requireEditor } from '../editors.ts';
import * as service from './registry.service.ts';

const tags = ['observatory-registry'];
const readProblems = { 400: Problem, 404: Problem };
const writeProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const security = [{ session: [], csrf: [] }];

export async function registryRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest): service.RegistryDeps => ({
    db: app.database.db,
    lang: requestLang(request),
  });
  /** The editor making a change (401/403 otherwise), as the audit log records them. */
  const author = (request: FastifyRequest): service.ChangeAuthor => ({
    userId: requireEditor(request).user.id,
    ip: request.ip ?? null,
  });
  // Refused before the body is validated: a visitor learns nothing about what a valid write looks like.
  const editorsOnly = async (request: FastifyRequest) => {
    requireEditor(request);
  };

  app.get(
    '/actors',
    {
      schema: {
        tags,
        summary: 'Search the registry of diplomatic actors (accent-insensitive), with their accounts',
        querystring: ActorListQuery,
        response: { 200: ActorList, ...readProblems },
      },
    },
    async (request, reply) => {
      // Abilities depend on who asks: shared caches must not keep the answer.
      reply.header('cache-control', 'private, no-cache');
      return service.listActors(deps(request), request.query, isEditor(request.viewer));
    },
  );

  app.get(
    '/actors/:id',
    {
      schema: {
        tags,
        summary: 'One actor with its accounts',
        params: ActorIdParams,
        response: { 200: Actor, ...readProblems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-cache');
      return service.getActor(deps(request), request.params.id, isEditor(request.viewer));
    },
  );

  app.post(
    '/actors',
    {
      preValidation: editorsOnly,
      schema: {
        tags,
        summary: 'Add an actor to the registry (editors)',
        security,
        body: ActorBody,
        response: { 201: Actor, ...writeProblems },
      },
    },
    async (request, reply) => {
      const actor = await service.createActor(deps(request), request.body, author(request));
      return reply.code(201).send(actor);
    },
  );

  app.patch(
    '/actors/:id',
    {
      preValidation: editorsOnly,
      schema: {
        tags,
        summary: 'Change an actor (editors)',
        security,
        params: ActorIdParams,
        body: ActorPatch,
        response: { 200: Actor, ...writeProblems },
      },
    },
    async (request) => service.updateActor(deps(request), request.params.id, request.body, author(request)),
  );

  app.delete(
    '/actors/:id',
    {
      preValidation: editorsOnly,
      schema: {
        tags,
        summary: 'Remove an actor (editors); its accounts are kept, unregistered',
        security,
        params: ActorIdParams,
        response: { 204: Type.Null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      await service.deleteActor(deps(request), request.params.id, author(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/registry/accounts',
    {
      preValidation: editorsOnly,
      schema: {
        tags,
        summary: 'Register an account on a network (editors); 409 ERR_ACCOUNT_EXISTS when it is already known',
        description:
          'The handle is normalised: lowercased, without "@"; a profile address is accepted. Mastodon needs ' +
          'user@instance, Bluesky a domain handle, X 1 to 15 letters, digits or _. When the account already exists ' +
          '(for instance met in imported data), the answer is 409 and names its id: change it with PATCH instead.',
        security,
        body: AccountBody,
        response: { 201: AccountSummary, ...writeProblems, 409: Problem },
      },
    },
    async (request, reply) => {
      const account = await service.createAccount(deps(request), request.body, author(request));
      return reply.code(201).send(account);
    },
  );

  app.patch(
    '/registry/accounts/:id',
    {
      preValidation: editorsOnly,
      schema: {
        tags,
        summary: 'Attach an account to an actor or detach it (actorId null), mark it verified or tracked (editors)',
        security,
        params: AccountIdParams,
        body: AccountPatch,
        response: { 200: AccountSummary, ...writeProblems },
      },
    },
    async (request) => service.updateAccount(deps(request), request.params.id, request.body, author(request)),
  );
}
