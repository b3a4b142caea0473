// /api/network members and profile: the directory (what each audience may see of it is the access module's
// directory rule), one member's page, mention autocomplete, your own profile, and the agents' and admins' actions
// on members (verification badge, deactivation, assignments). Hidden, unknown and malformed ids answer one 404.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IdParams } from '../../../common/schemas/network.ts';
import {
  AssignedAgents,
  AssignmentBody,
  AssignmentParams,
  AutocompleteQuery,
  AutocompleteResult,
  DeactivationBody,
  MemberList,
  MemberListQuery,
  MemberProfile,
  MemberSummary,
  ProfileBody,
} from '../../../common/schemas/network-members.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import * as service from './members.service.ts';
import { getOwnProfile, saveOwnProfile } from './profile.service.ts';

const tags = ['network-members'];
const security = [{ session: [] }];
const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
/** The body of these POSTs is optional: a bare POST reads as `{}`. */
const optionalBody = (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
  request.body ??= {};
  done();
};

export async function membersRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const begin = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'private, no-store');
    return { viewer: requireNetworkMember(request), deps: networkDeps(app, request) };
  };

  app.get(
    '/members',
    {
      schema: {
        tags,
        summary: 'The directory: members you may see, with search and filters',
        description:
          'Agents see every active member. Companies and partners see themselves, their own organisation, the ' +
          'agents assigned to them (`assignedToYou`) and public profiles; `audience=agent` is refused to them ' +
          '(ERR_AGENT_DIRECTORY). Administrators also see deactivated accounts. `q` searches names, organisations, ' +
          'posts, expertise and sectors (French, accents aside, word beginnings). `total` counts only what you see.',
        security,
        querystring: MemberListQuery,
        response: { 200: MemberList, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listMembers(deps, viewer, request.query);
    },
  );

  app.get(
    '/members/autocomplete',
    {
      schema: {
        tags,
        summary: 'Members to mention: up to 8 whose name has a word starting with `q`',
        description:
          'Under the directory rule. With `spaceId`, only members who can read that space: a community’s level ' +
          '(level 2: agents), or a deal room’s members. A space you cannot see answers 404.',
        security,
        querystring: AutocompleteQuery,
        response: { 200: AutocompleteResult, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.autocomplete(deps, viewer, request.query);
    },
  );

  app.get(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'A member’s profile, if the directory lets you see them',
        description:
          'With the communities they belong to that you can see (never deal rooms), and, for agents and the ' +
          'member themselves, the agents assigned to a company or partner member.',
        security,
        params: IdParams,
        response: { 200: MemberProfile, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.getMember(deps, viewer, request.params.id);
    },
  );

  app.get(
    '/profile',
    {
      schema: {
        tags,
        summary: 'Your profile, as others see it',
        security,
        response: { 200: MemberProfile, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return getOwnProfile(deps, viewer);
    },
  );

  app.put(
    '/profile',
    {
      schema: {
        tags,
        summary: 'Save your profile (fields left out keep their value)',
        description:
          'Post, country where posted, sectors, expertise tags (at most 20 of 60 characters), languages, a bio of ' +
          'at most 2000 characters, and whether the profile is public (listed to every signed-in member). Texts ' +
          'bearing a classification marking are refused (ERR_CLASSIFIED_MARKING).',
        security,
        body: ProfileBody,
        response: { 200: MemberProfile, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return saveOwnProfile(deps, viewer, request.body);
    },
  );

  for (const [method, verified] of [
    ['post', true],
    ['delete', false],
  ] as const) {
    app[method](
      '/members/:id/verification',
      {
        schema: {
          tags,
          summary: verified ? 'Give a member the verification badge (agents)' : 'Withdraw the badge (agents)',
          description: 'Not on yourself. Audited (member.verified, member.unverified).',
          security,
          params: IdParams,
          response: { 200: MemberSummary, ...writeProblems },
        },
      },
      async (request, reply) => {
        const { viewer, deps } = begin(request, reply);
        return service.setVerification(deps, viewer, request.params.id, verified);
      },
    );
  }

  app.post(
    '/members/:id/deactivation',
    {
      preValidation: optionalBody,
      schema: {
        tags,
        summary: 'Deactivate an account (administrators)',
        description:
          'The account reads as a visitor at once (its sessions stop working) and leaves the directory of everyone ' +
          'but administrators. Not your own account (ERR_SELF_DEACTIVATION). Audited (member.deactivated).',
        security,
        params: IdParams,
        body: DeactivationBody,
        response: { 200: MemberSummary, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.setActivation(deps, viewer, request.params.id, false, request.body.reason);
    },
  );

  app.delete(
    '/members/:id/deactivation',
    {
      schema: {
        tags,
        summary: 'Reactivate an account (administrators)',
        description: 'Audited (member.reactivated).',
        security,
        params: IdParams,
        response: { 200: MemberSummary, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.setActivation(deps, viewer, request.params.id, true);
    },
  );

  app.post(
    '/members/:id/assignments',
    {
      preValidation: optionalBody,
      schema: {
        tags,
        summary: 'Assign an agent (default: you) to a company or partner member (agents)',
        description:
          'The member then sees that agent in the directory and may write to them. Answers the agents assigned to ' +
          'the member. Audited (member.assigned).',
        security,
        params: IdParams,
        body: AssignmentBody,
        response: { 200: AssignedAgents, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.assignAgent(deps, viewer, request.params.id, request.body.agentId);
    },
  );

  app.delete(
    '/members/:id/assignments/:agentId',
    {
      schema: {
        tags,
        summary: 'End an assignment (agents)',
        description:
          'A partner’s sponsor (the agent whose invitation they accepted) stays assigned. Audited (member.unassigned).',
        security,
        params: AssignmentParams,
        response: { 204: Type.Null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      await service.unassignAgent(deps, viewer, request.params.id, request.params.agentId);
      return reply.code(204).send(null);
    },
  );
}
