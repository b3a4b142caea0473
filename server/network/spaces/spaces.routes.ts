// /api/network spaces: the communities a member may know of (their own label decides), one space (a deal room too,
// for its members), creating (agents) and changing a community, and its membership. Hidden, unknown and malformed
// ids answer one 404. A space's posts are served by the posts feature (/spaces/{id}/posts).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  SpaceCreateBody,
  SpaceList,
  SpaceListQuery,
  SpaceMember,
  SpaceMemberAddBody,
  SpaceMemberList,
  SpaceMemberParams,
  SpaceMemberPatchBody,
  SpaceMembersQuery,
  SpacePatchBody,
  SpaceView,
} from '../../../common/schemas/network-spaces.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import * as members from './spaces.members.ts';
import * as service from './spaces.service.ts';

const tags = ['network-spaces'];
const security = [{ session: [] }];
const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function spacesRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const begin = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'private, no-store');
    return { viewer: requireNetworkMember(request), deps: networkDeps(app, request) };
  };

  app.get(
    '/spaces',
    {
      schema: {
        tags,
        summary: 'Communities you may know of, with search and filters',
        description:
          'Each community carries its own label: level 0 and 1 spaces are listed to every member, level 2 spaces ' +
          'to agents only (they exist for nobody else: absent from lists, counts and search). Deal rooms are never ' +
          'listed here (see /deal-rooms). `q` searches the name (word beginnings) and the description (French, ' +
          'accents aside); `mine=true` keeps the spaces you are a member of, `state` those where your membership is ' +
          'in that state. Each item says your role, your state and what you may do (`abilities`).',
        security,
        querystring: SpaceListQuery,
        response: { 200: SpaceList, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listSpaces(deps, viewer, request.query);
    },
  );

  app.post(
    '/spaces',
    {
      schema: {
        tags,
        summary: 'Create a community (agents)',
        description:
          'Kind country needs `country`, kind sector needs `sector`. `level` (0-2) says who may know the space ' +
          'exists; `defaultLevel` (at least `level`, default `level`) is the level of new posts; the TLP marking ' +
          'follows each level. `membership`: open (default), request or invitation. You become its owner. Names and ' +
          'descriptions bearing a classification marking are refused (ERR_CLASSIFIED_MARKING). Audited (space.created).',
        security,
        body: SpaceCreateBody,
        response: { 201: SpaceView, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const space = await service.createSpace(deps, viewer, request.body);
      return reply.code(201).send(space);
    },
  );

  app.get(
    '/spaces/:id',
    {
      schema: {
        tags,
        summary: 'One space: a community you may know of, or a deal room you are in',
        description:
          'Anything else (a level-2 space for a company or partner, a room you are not in, an unknown id) answers ' +
          'the same 404. Reading a deal room is a restricted read (audited).',
        security,
        params: IdParams,
        response: { 200: SpaceView, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.getSpace(deps, viewer, request.params.id);
    },
  );

  app.patch(
    '/spaces/:id',
    {
      schema: {
        tags,
        summary: 'Change a community (its owner and moderator agents, global moderators)',
        description:
          'Name, description, membership policy, `defaultLevel` (never below the level), `archived` (an archived ' +
          'space stays readable, takes no new posts or members). Raising `level` also raises the posts and comments ' +
          'below it and removes the members who could not read it (audited space.label.raised). Lowering is ' +
          'explicit: `lowerLevel: true` and a `reason` (ERR_SPACE_LEVEL_LOWERING otherwise), audited ' +
          'space.label.lowered. Deal rooms are changed under /deal-rooms.',
        security,
        params: IdParams,
        body: SpacePatchBody,
        response: { 200: SpaceView, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.updateSpace(deps, viewer, request.params.id, request.body);
    },
  );

  app.get(
    '/spaces/:id/members',
    {
      schema: {
        tags,
        summary: 'Members of a space, as the directory lets you see them',
        description:
          'Owners first, then moderators, then by name. Members the directory hides from you are not listed: ' +
          '`total` counts everyone in the state asked, `hiddenCount` those not shown. `state=requested|invited` ' +
          '(pending requests and invitations) is for the space’s moderators only. For a deal room: its named members.',
        security,
        params: IdParams,
        querystring: SpaceMembersQuery,
        response: { 200: SpaceMemberList, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return members.listMembers(deps, viewer, request.params.id, request.query);
    },
  );

  app.post(
    '/spaces/:id/members',
    {
      schema: {
        tags,
        summary: 'Join, ask to join, or invite',
        description:
          '`{}`: join an open space (or accept your invitation), ask to join a space on request (its moderators ' +
          'are notified); a space by invitation answers ERR_SPACE_INVITATION_ONLY. `{userId, role?}`: invite ' +
          '(owners and moderators; only owners invite owners): the person must be in your directory (404 ' +
          'otherwise) and able to read the space (ERR_SPACE_INVITEE_LEVEL); owner and moderator are for agents ' +
          '(ERR_SPACE_ROLE_AGENTS_ONLY). Inviting someone who asked approves them. 201 when a membership was ' +
          'created, 200 otherwise. Audited (space.member.added, .requested, .invited).',
        security,
        params: IdParams,
        body: SpaceMemberAddBody,
        response: { 200: SpaceMember, 201: SpaceMember, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const { member, created } = await members.addMember(deps, viewer, request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(member);
    },
  );

  app.patch(
    '/spaces/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Approve a request, accept your invitation, or change a role',
        description:
          '`{state: "member"}` approves a request (moderators; the requester is notified) or accepts your own ' +
          'invitation. `{role}` changes a role (owners and global moderators): owner and moderator for agents only, ' +
          'and a space never loses its last owner (ERR_SPACE_LAST_OWNER). Audited (space.member.added, .role).',
        security,
        params: SpaceMemberParams,
        body: SpaceMemberPatchBody,
        response: { 200: SpaceMember, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const { id, userId } = request.params;
      return members.updateMember(deps, viewer, id, userId, request.body);
    },
  );

  app.delete(
    '/spaces/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Leave, decline or cancel (yourself); remove, reject or revoke (moderators)',
        description:
          'Moderators remove members, reject requests and revoke invitations; only owners remove owners; the last ' +
          'owner stays (ERR_SPACE_LAST_OWNER). Audited (space.member.removed).',
        security,
        params: SpaceMemberParams,
        response: { 204: Type.Null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const { id, userId } = request.params;
      await members.removeMember(deps, viewer, id, userId);
      return reply.code(204).send(null);
    },
  );
}
