// /api/network/requests and /api/network/front-offices: the embassy front office. Support requests are company
// files (level 3): agents of the file triage them (assign, route, status, notes, deal room); the company sees its
// own requests' status, history and routed contacts; anyone else gets the 404 of an unknown id.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AssignBody,
  FrontOfficeRequest,
  FrontOfficeRequestBody,
  FrontOfficeRequestCreated,
  FrontOffices,
  FrontOfficesQuery,
  NoteBody,
  RequestDealRoomBody,
  RequestDealRoomCreated,
  RequestEvent,
  RequestList,
  RequestListQuery,
  RequestParams,
  RouteBody,
  StatusBody,
} from '../../../common/schemas/network-front-office.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import * as actions from './front-office.actions.ts';
import * as service from './front-office.service.ts';

const tags = ['network-front-office'];
const security = [{ session: [] }];
const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function frontOfficeRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const begin = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'private, no-store');
    return { viewer: requireNetworkMember(request), deps: networkDeps(app, request) };
  };

  app.get(
    '/requests',
    {
      schema: {
        tags,
        summary: 'Front-office requests: the queue (agents) or your own requests',
        description:
          'Agents: the requests of the company files they belong to (their queue’s team, routed teams, by name), ' +
          'longest waiting first, each with its waiting time against the target (triage within 48 h while new, ' +
          'routing within 120 h) and an overdue flag; filters status, queue, assignee=me, overdue, q. The order ' +
          'never depends on the amount. Companies (and named partner contacts): their own (routed) requests, with ' +
          'status, countries, sector and the contacts they were routed to. Each request listed is an audited read.',
        security,
        querystring: RequestListQuery,
        response: { 200: RequestList, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.listRequests(deps, viewer, request.query);
    },
  );

  app.post(
    '/requests',
    {
      schema: {
        tags,
        summary: 'File a request with the front office (signed-in company members)',
        description:
          'Checked like the portal’s hotline (one 400 naming every bad field); company, contact name and e-mail ' +
          'default from your account. The request lands in the queue of the embassy of the first target country ' +
          '(else the central front office) and an acknowledgement is e-mailed. Visitors use POST /api/portal/hotline.',
        security,
        body: FrontOfficeRequestBody,
        response: { 201: FrontOfficeRequestCreated, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const created = await service.fileRequest(deps, viewer, request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        tags,
        summary: 'One request, by id or reference (members of its company file)',
        description:
          'Agents of the file: every field, the whole timeline (internal notes, assignment and routing messages ' +
          'included), the assignee, the waiting time and the actions they may take. The company: status, its ' +
          'submitted fields, the status history and the contacts it was routed to. Anyone else: 404, the same as an ' +
          'unknown id. The read is written to the audit log.',
        security,
        params: RequestParams,
        response: { 200: FrontOfficeRequest, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.getRequest(deps, viewer, request.params.id);
    },
  );

  app.post(
    '/requests/:id/assign',
    {
      schema: {
        tags,
        summary: 'Assign a request to an agent of its queue or file (agents of the file)',
        description:
          'The assignee joins the file by name, becomes an assigned agent of the requester, and is notified. The ' +
          'assignment is an agents-only event (level 2).',
        security,
        params: RequestParams,
        body: AssignBody,
        response: { 200: FrontOfficeRequest, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return actions.assign(deps, viewer, request.params.id, request.body);
    },
  );

  app.post(
    '/requests/:id/route',
    {
      schema: {
        tags,
        summary: 'Route a request to a partner organisation, with a message (agents of the file)',
        description:
          'A public body, association, embassy or ministry (Business France, Bpifrance, a CCI, a region...). Its ' +
          'agents join the file as a team, the named contact by name; the status becomes routed. The company sees ' +
          'the organisation and contact; the message stays with the agents of the file.',
        security,
        params: RequestParams,
        body: RouteBody,
        response: { 200: FrontOfficeRequest, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return actions.route(deps, viewer, request.params.id, request.body);
    },
  );

  app.post(
    '/requests/:id/status',
    {
      schema: {
        tags,
        summary: 'Change the status of a request (agents of the file)',
        description:
          'new → triaged → routed → in_progress → closed; closed → in_progress reopens; any status → closed. ' +
          'Anything else answers 409 ERR_INVALID_TRANSITION. The optional message is shown to the company.',
        security,
        params: RequestParams,
        body: StatusBody,
        response: { 200: FrontOfficeRequest, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return actions.changeStatus(deps, viewer, request.params.id, request.body);
    },
  );

  app.post(
    '/requests/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write an internal note on a request (agents of the file; the company never sees it)',
        security,
        params: RequestParams,
        body: NoteBody,
        response: { 201: RequestEvent, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const note = await actions.addNote(deps, viewer, request.params.id, request.body);
      return reply.code(201).send(note);
    },
  );

  app.post(
    '/requests/:id/deal-room',
    {
      schema: {
        tags,
        summary: 'Open a deal room from a request (agents of the file)',
        description:
          'Around the request’s company, sector and first target country, with the requester, the assignee and ' +
          'you as members (plus `memberIds`). Needs a company account behind the request; one room per request.',
        security,
        params: RequestParams,
        body: RequestDealRoomBody,
        response: { 201: RequestDealRoomCreated, ...writeProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      const created = await actions.openDealRoom(deps, viewer, request.params.id, request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/front-offices',
    {
      schema: {
        tags,
        summary: 'Your front-office queues and the organisations you may route to (agents)',
        description:
          'Queues: your organisation when it is an embassy or a ministry, and every queue of the files you belong ' +
          'to, with counts by status and overdue counts of the requests you may read. Routing targets: public ' +
          'bodies, associations, embassies and ministries (at most 300, by name; filter with q), each with up to ' +
          '50 listed agents and partners as possible contacts.',
        security,
        querystring: FrontOfficesQuery,
        response: { 200: FrontOffices, ...readProblems },
      },
    },
    async (request, reply) => {
      const { viewer, deps } = begin(request, reply);
      return service.frontOffices(deps, viewer, request.query.q);
    },
  );
}
