// /api/network/deal-rooms: the viewer's deal rooms (need-to-know compartments around one company's project), their
// members and companies. Only agents open rooms; a room answers 404 to anyone outside it, like an unknown id.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  DealRoom,
  DealRoomCandidates,
  DealRoomCandidatesQuery,
  DealRoomCompanyBody,
  DealRoomCreateBody,
  DealRoomCreated,
  DealRoomList,
  DealRoomListQuery,
  DealRoomMemberBody,
  DealRoomMemberParams,
  DealRoomMembers,
  DealRoomPatchBody,
} from '../../../common/schemas/network-deal-rooms.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import { createDealRoom } from './deal-rooms.create.ts';
import * as service from './deal-rooms.service.ts';

const tags = ['network-deal-rooms'];
const security = [{ session: [] }];
const readProblems = { 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function dealRoomsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const begin = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'private, no-store');
    return { viewer: requireNetworkMember(request), deps: networkDeps(app, request) };
  };

  app.get(
    '/deal-rooms',
    {
      schema: {
        tags,
        summary: 'Your deal rooms, newest first',
        description:
          'Only the rooms you are a member of (by name, or through your agent team): there is no view of all rooms, ' +
          'not even for administrators. Each room listed is a restricted read, written to the audit log.',
        security,
        querystring: DealRoomListQuery,
        response: { 200: DealRoomList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listRooms(deps, viewer, request.query);
    },
  );

  app.post(
    '/deal-rooms',
    {
      schema: {
        tags,
        summary: 'Open a deal room (agents)',
        description:
          'Level 3 (TLP:AMBER), around one company (an organisation of kind company). Members: users of that ' +
          'company, agents and partners, by name; agent teams by organisation. You are a member. The company’s ' +
          'members get the room’s named agents as assigned agents (they see and may write to them).',
        security,
        body: DealRoomCreateBody,
        response: { 201: DealRoomCreated, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const created = await createDealRoom(deps.db, viewer, request.body, { ip: deps.ip });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/deal-rooms/candidates',
    {
      schema: {
        tags,
        summary: 'People an agent may name in a deal room (agents)',
        description:
          'Listed agents and partners, and the users of the room’s companies (`roomId`, members of it excluded) or ' +
          'of the company of a room being opened (`companyId`). At most 20, matched on name or organisation.',
        security,
        querystring: DealRoomCandidatesQuery,
        response: { 200: DealRoomCandidates, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.candidates(deps, viewer, request.query);
    },
  );

  app.get(
    '/deal-rooms/:id',
    {
      schema: {
        tags,
        summary: 'A deal room you are a member of',
        description: 'Anyone outside the room gets the 404 of an unknown id. The read is written to the audit log.',
        security,
        params: IdParams,
        response: { 200: DealRoom, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.getRoom(deps, viewer, request.params.id);
    },
  );

  app.patch(
    '/deal-rooms/:id',
    {
      schema: {
        tags,
        summary: 'Rename, describe, close or reopen a deal room, or declare a consortium (its agents)',
        security,
        params: IdParams,
        body: DealRoomPatchBody,
        response: { 200: DealRoom, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.updateRoom(deps, viewer, request.params.id, request.body);
    },
  );

  app.get(
    '/deal-rooms/:id/members',
    {
      schema: {
        tags,
        summary: 'The named members and agent teams of a deal room (its members)',
        security,
        params: IdParams,
        response: { 200: DealRoomMembers, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listMembers(deps, viewer, request.params.id);
    },
  );

  app.post(
    '/deal-rooms/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a named member or an agent team to a deal room (its agents)',
        description:
          'A user of a company that is not one of the room’s companies is refused (409 ERR_DEAL_ROOM_COMPANY): ' +
          'declare a consortium and add the company first (POST /deal-rooms/{id}/companies). A team must be an ' +
          'organisation of agents. Audited.',
        security,
        params: IdParams,
        body: DealRoomMemberBody,
        response: { 201: DealRoomMembers, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return reply.code(201).send(await service.addMember(deps, viewer, request.params.id, request.body));
    },
  );

  app.delete(
    '/deal-rooms/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Remove a named member (user id) or an agent team (organisation id) from a deal room (its agents)',
        description: 'The room always keeps at least one agent (409 otherwise). Audited.',
        security,
        params: DealRoomMemberParams,
        response: { 200: DealRoomMembers, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.removeMember(deps, viewer, request.params.id, request.params.memberId);
    },
  );

  app.post(
    '/deal-rooms/:id/companies',
    {
      schema: {
        tags,
        summary: 'Add a company to a declared consortium (its agents)',
        description:
          'A company with another open deal room or front-office request in the room’s sector and target country ' +
          'is refused with 409 ERR_DEAL_ROOM_CONFLICT naming what overlaps; send `confirmConflict: true` to add it ' +
          'anyway (audited as deal_room.conflict_confirmed). Not a consortium: 409 ERR_DEAL_ROOM_COMPANY.',
        security,
        params: IdParams,
        body: DealRoomCompanyBody,
        response: { 201: DealRoom, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return reply.code(201).send(await service.addCompany(deps, viewer, request.params.id, request.body));
    },
  );
}
