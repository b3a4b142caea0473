// The embassy front office (/api/network/requests, /api/network/front-offices): support requests as company files.
// Agents of a file see everything (fields, timeline with internal notes, assignee, waiting time against the target);
// the company and routed contacts who are not agents see the restricted view (status, submitted fields, status
// history, the contacts the request was routed to). Both shapes share one schema: agent-only fields are optional.
import { type Static, Type } from '@sinclair/typebox';
import { REQUEST_STATUSES } from '../network-terms.ts';
import {
  DateTime,
  Iso2,
  LabelView,
  literals,
  MemberRef,
  Nullable,
  PageInfo,
  PageQuery,
  SectorSchema,
  Uuid,
} from './network.ts';
import { RegionCode, StepNumber } from './portal.ts';
import { HotlineNeedSchema, hotlineLimits } from './portal-hotline.ts';

export const RequestStatusSchema = literals(REQUEST_STATUSES, {
  description: 'new → triaged → routed → in_progress → closed (closed → in_progress reopens; any → closed)',
});
export type RequestStatusValue = Static<typeof RequestStatusSchema>;

/** Largest amount a request may state (one thousand billion euros). */
export const MAX_AMOUNT_EUR = 1_000_000_000_000;

/** Filing a request as a signed-in company member: the hotline's fields, contact fields default from the account. */
export const FrontOfficeRequestBody = Type.Object(
  {
    companyName: Type.Optional(
      Type.String({ maxLength: 400, description: 'Company name; defaults to your organisation’s name' }),
    ),
    siren: Type.Optional(Type.String({ maxLength: 20, description: 'SIREN; defaults to your organisation’s' })),
    region: Type.Optional(RegionCode),
    countries: Type.Array(Iso2, {
      minItems: 1,
      maxItems: hotlineLimits.countries,
      uniqueItems: true,
      description: 'Target countries (ISO 3166-1 alpha-2), 1 to 10; the first one chooses the embassy’s queue',
    }),
    sector: SectorSchema,
    step: Type.Optional(StepNumber),
    need: HotlineNeedSchema,
    message: Type.String({ maxLength: 10_000, description: 'The request, 1–5000 characters; plain text' }),
    contactName: Type.Optional(Type.String({ maxLength: 400, description: 'Defaults to your name' })),
    email: Type.Optional(Type.String({ maxLength: 300, description: 'Defaults to your account’s address' })),
    phone: Type.Optional(Type.String({ maxLength: 60 })),
    amountEur: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: MAX_AMOUNT_EUR,
        description: 'Size of the project in euros, for information: it never changes the treatment or the order',
      }),
    ),
    consent: Type.Boolean({ description: 'Consent to the processing of the request (must be true)' }),
  },
  { additionalProperties: false },
);
export type FrontOfficeRequestBody = Static<typeof FrontOfficeRequestBody>;

export const FrontOfficeRequestCreated = Type.Object({
  id: Uuid,
  reference: Type.String({ description: 'e.g. DEM-2026-000042; also accepted in place of the id' }),
  createdAt: DateTime,
  email: Type.String({ description: 'Where the acknowledgement was sent' }),
});
export type FrontOfficeRequestCreated = Static<typeof FrontOfficeRequestCreated>;

export const RequestParams = Type.Object({
  id: Type.String({ maxLength: 200, description: 'The request’s id (UUID) or its reference (DEM-YYYY-NNNNNN)' }),
});

export const OrganisationRef = Type.Object({ id: Uuid, name: Type.String() });
export type OrganisationRef = Static<typeof OrganisationRef>;

/** Where a request stands against the service target (the same for every request, whatever its amount). */
export const Waiting = Type.Object({
  hours: Type.Integer({ minimum: 0, description: 'Hours since the request was filed (until it was closed)' }),
  target: Nullable(
    Type.Object({
      step: literals(['triage', 'route'] as const, { description: 'The next step the target is about' }),
      hours: Type.Integer({ description: 'Target in hours after filing' }),
      dueAt: DateTime,
    }),
  ),
  overdue: Type.Boolean({ description: 'The pending step is past its target' }),
});
export type Waiting = Static<typeof Waiting>;

/** A contact the request was routed to, as the company sees it. */
export const RoutedContact = Type.Object({
  organisation: Type.String(),
  contact: Nullable(Type.Object({ name: Type.String(), title: Type.String() })),
  at: DateTime,
});
export type RoutedContact = Static<typeof RoutedContact>;

export const RequestListItem = Type.Object({
  id: Uuid,
  reference: Type.String(),
  status: RequestStatusSchema,
  createdAt: DateTime,
  countries: Type.Array(Iso2),
  sector: SectorSchema,
  need: HotlineNeedSchema,
  routedTo: Type.Array(RoutedContact),
  // Agents of the file only:
  companyName: Type.Optional(Type.String()),
  label: Type.Optional(LabelView),
  queue: Type.Optional(Nullable(OrganisationRef)),
  assignee: Type.Optional(Nullable(MemberRef)),
  waiting: Type.Optional(Waiting),
});
export type RequestListItem = Static<typeof RequestListItem>;

export const RequestListQuery = Type.Object({
  status: Type.Optional(RequestStatusSchema),
  queue: Type.Optional(Type.String({ maxLength: 200, description: 'Agents: a queue (organisation id)' })),
  assignee: Type.Optional(literals(['me'] as const, { description: 'Agents: the requests assigned to you' })),
  overdue: Type.Optional(Type.Boolean({ description: 'Agents: only requests past their target' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Reference or company name (agents)' })),
  sort: Type.Optional(
    literals(['waiting', 'recent'] as const, {
      description: 'waiting: longest waiting first (agents’ default); recent: newest first (others’ default)',
    }),
  ),
  ...PageQuery,
});
export type RequestListQuery = Static<typeof RequestListQuery>;

export const RequestList = Type.Object({
  view: literals(['agent', 'restricted'] as const, {
    description: 'agent: the queue with agent-only fields; restricted: your own or routed requests',
  }),
  items: Type.Array(RequestListItem),
  ...PageInfo,
});
export type RequestList = Static<typeof RequestList>;

export const RequestFields = Type.Object({
  companyName: Type.String(),
  siren: Nullable(Type.String()),
  region: Nullable(Type.String({ description: 'Region code' })),
  countries: Type.Array(Iso2),
  sector: SectorSchema,
  step: Nullable(Type.Integer()),
  need: HotlineNeedSchema,
  message: Type.String(),
  contactName: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  amountEur: Nullable(Type.Integer({ description: 'For information only' })),
});
export type RequestFields = Static<typeof RequestFields>;

export const REQUEST_EVENT_KINDS = [
  'created',
  'assigned',
  'routed',
  'routing_message',
  'status',
  'note',
  'deal_room',
] as const;

export const RequestEvent = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  kind: literals(REQUEST_EVENT_KINDS),
  status: Nullable(RequestStatusSchema),
  body: Nullable(Type.String({ description: 'Note, routing message or status message (plain text)' })),
  label: LabelView,
  // Agents of the file only:
  actor: Type.Optional(Nullable(Type.Object({ id: Uuid, name: Type.String() }))),
  assignee: Type.Optional(Nullable(Type.Object({ id: Uuid, name: Type.String() }))),
  organisation: Type.Optional(Nullable(OrganisationRef)),
  contact: Type.Optional(Nullable(Type.Object({ id: Uuid, name: Type.String() }))),
  dealRoomId: Type.Optional(Nullable(Uuid)),
});
export type RequestEvent = Static<typeof RequestEvent>;

export const RequestAbilities = Type.Object({
  assign: Type.Boolean(),
  route: Type.Boolean(),
  status: Type.Boolean(),
  note: Type.Boolean(),
  openDealRoom: Type.Boolean({ description: 'No room yet, a company account behind the request, not closed' }),
});

export const FrontOfficeRequest = Type.Object({
  id: Uuid,
  reference: Type.String(),
  view: literals(['agent', 'restricted'] as const),
  label: LabelView,
  status: RequestStatusSchema,
  createdAt: DateTime,
  fields: RequestFields,
  history: Type.Array(RequestEvent, {
    description: 'Agents: every event, internal ones included; others: creation, status changes and routings',
  }),
  routedTo: Type.Array(RoutedContact),
  abilities: RequestAbilities,
  // Agents of the file only:
  updatedAt: Type.Optional(DateTime),
  triagedAt: Type.Optional(Nullable(DateTime)),
  closedAt: Type.Optional(Nullable(DateTime)),
  requester: Type.Optional(Nullable(MemberRef)),
  organisation: Type.Optional(Nullable(OrganisationRef)),
  queue: Type.Optional(Nullable(OrganisationRef)),
  assignee: Type.Optional(Nullable(MemberRef)),
  routing: Type.Optional(Nullable(Type.Object({ organisation: OrganisationRef, contact: Nullable(MemberRef) }))),
  dealRoom: Type.Optional(
    Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], {
      description: 'The room opened from the request: shown to the agents of the file and to the members of the room',
    }),
  ),
  waiting: Type.Optional(Waiting),
  nextStatuses: Type.Optional(Type.Array(RequestStatusSchema, { description: 'Statuses it may move to now' })),
  assignees: Type.Optional(
    Type.Array(MemberRef, { description: 'Who it may be assigned to: agents of its queue and of the file' }),
  ),
});
export type FrontOfficeRequest = Static<typeof FrontOfficeRequest>;

export const AssignBody = Type.Object(
  { assigneeId: Type.String({ maxLength: 200, description: 'An agent of the queue, or of the file' }) },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;

const Message = (description: string) => Type.String({ minLength: 1, maxLength: 5000, description });

export const RouteBody = Type.Object(
  {
    organisationId: Type.String({
      maxLength: 200,
      description: 'A partner organisation (public body, association, embassy or ministry)',
    }),
    contactId: Type.Optional(Type.String({ maxLength: 200, description: 'A named contact of that organisation' })),
    message: Message('For the partner: why and what is expected (agents of the file only; never the company)'),
  },
  { additionalProperties: false },
);
export type RouteBody = Static<typeof RouteBody>;

export const StatusBody = Type.Object(
  {
    status: RequestStatusSchema,
    message: Type.Optional(Message('Shown to the company in its history')),
  },
  { additionalProperties: false },
);
export type StatusBody = Static<typeof StatusBody>;

export const NoteBody = Type.Object(
  { body: Message('Internal note: agents of the file only, never the company') },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof NoteBody>;

export const RequestDealRoomBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: 'Defaults to company – reference' })),
    memberIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 200 }), {
        maxItems: 50,
        description: 'More named members (the requester, the assignee and you are added)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RequestDealRoomBody = Static<typeof RequestDealRoomBody>;

export const RequestDealRoomCreated = Type.Object({ dealRoomId: Uuid });

export const FrontOfficeQueue = Type.Object({
  organisation: OrganisationRef,
  kind: Type.String({ description: 'Organisation kind: diplomatic_post, or ministry (central front office)' }),
  counts: Type.Object({
    new: Type.Integer({ minimum: 0 }),
    triaged: Type.Integer({ minimum: 0 }),
    routed: Type.Integer({ minimum: 0 }),
    in_progress: Type.Integer({ minimum: 0 }),
    closed: Type.Integer({ minimum: 0 }),
  }),
  overdue: Type.Integer({ minimum: 0 }),
});

export const RoutingTarget = Type.Object({
  organisation: OrganisationRef,
  kind: Type.String(),
  country: Nullable(Iso2),
  contacts: Type.Array(MemberRef, { description: 'Listed agents and partners of the organisation (at most 50)' }),
});

export const FrontOfficesQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Filters routing targets by name' })),
});

export const FrontOffices = Type.Object({
  queues: Type.Array(FrontOfficeQueue),
  routingTargets: Type.Array(RoutingTarget),
});
export type FrontOffices = Static<typeof FrontOffices>;
