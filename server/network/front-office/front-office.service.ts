// The front office's reads and intake by signed-in companies: filing a request (the hotline's checks, then the
// company file), the queue and one request in the shape the viewer may see, and the agents' queues and routing
// targets. Visibility is the access policy's: the request row is level 3 in its company file.
import type { Kysely } from 'kysely';
import type {
  FrontOfficeRequest,
  FrontOfficeRequestBody,
  FrontOfficeRequestCreated,
  FrontOffices,
  RequestList,
  RequestListItem,
  RequestListQuery,
} from '../../../common/schemas/network-front-office.ts';
import type { HotlineRequestBody } from '../../../common/schemas/portal-hotline.ts';
import { recordRestrictedReads } from '../../access/audit.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB, RequestStatus } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { fileSupportRequest } from '../../portal/index.ts';
import { isAgent, type NetworkDeps, UUID } from '../core/context.ts';
import { presentLabel } from '../core/present.ts';
import {
  eventRefs,
  memberRef,
  organisationRef,
  presentAgentEvent,
  presentFields,
  presentRestrictedEvent,
  RESTRICTED_EVENT_KINDS,
  routedContacts,
  TRANSITIONS,
  waiting,
} from './front-office.present.ts';
import * as repo from './front-office.repo.ts';

export type FrontOfficeDeps = Pick<NetworkDeps, 'db' | 'mailer' | 'log' | 'config' | 'lang' | 'ip'>;

const REFERENCE = /^DEM-[0-9]{4}-[0-9]{6}$/i;

/** The request if the viewer reads it (by uuid or reference); 404 otherwise, the same for unknown and hidden. */
export async function visibleRequest(
  db: Kysely<DB>,
  viewer: Viewer,
  idOrReference: string,
  options: { lock?: boolean } = {},
): Promise<repo.RequestRow> {
  const key = UUID.test(idOrReference)
    ? { id: idOrReference.toLowerCase() }
    : REFERENCE.test(idOrReference)
      ? { reference: idOrReference.toUpperCase() }
      : null;
  if (!key) throw notFound();
  const row = await repo.findRequest(db, key, options);
  if (!row || !canRead(viewer, { level: row.level, compartmentId: row.compartment_id })) throw notFound();
  return row;
}

/** Agents of the file see everything; everyone else of the file the restricted view. */
export const isFileAgent = (viewer: Viewer, row: repo.RequestRow) =>
  isAgent(viewer) && canRead(viewer, { level: row.level, compartmentId: row.compartment_id });

const readItem = (row: repo.RequestRow) => ({
  type: 'request',
  id: row.id,
  level: row.level,
  compartmentId: row.compartment_id,
});

// --- Filing -----------------------------------------------------------------------------------------------------

/** A signed-in company member files a request: checked like the hotline's, company file opened, acknowledged. */
export async function fileRequest(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  body: FrontOfficeRequestBody,
): Promise<FrontOfficeRequestCreated> {
  if (viewer.audience !== 'company' || viewer.userId === null || viewer.organisationId === null) {
    throw new AppError('ERR_FORBIDDEN');
  }
  const userId = viewer.userId;
  const organisationId = viewer.organisationId;
  const account = await deps.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.name', 'u.email', 'o.name as organisation', 'o.siren'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  const asHotline: HotlineRequestBody = {
    companyName: body.companyName ?? account.organisation,
    countries: body.countries,
    sector: body.sector,
    need: body.need,
    message: body.message,
    contactName: body.contactName ?? account.name,
    email: body.email ?? account.email,
    consent: body.consent,
  };
  const siren = body.siren ?? account.siren ?? undefined;
  if (siren !== undefined) asHotline.siren = siren;
  if (body.region !== undefined) asHotline.region = body.region;
  if (body.step !== undefined) asHotline.step = body.step;
  if (body.phone !== undefined) asHotline.phone = body.phone;
  const hotlineDeps = {
    db: deps.db,
    mailer: deps.mailer,
    log: deps.log,
    publicUrl: deps.config.publicUrl,
    lang: deps.lang,
  };
  const sender = { userId, organisationId, amountEur: body.amountEur ?? null };
  return fileSupportRequest(hotlineDeps, asHotline, sender, 'front-office');
}

// --- Lists ------------------------------------------------------------------------------------------------------

/** Names and routed contacts for a page of requests, from what the viewer may read of their timelines. */
async function listContext(db: Kysely<DB>, viewer: Viewer, rows: readonly repo.RequestRow[]) {
  const events = await repo.visibleEvents(
    db,
    viewer,
    rows.map((r) => r.id),
    ['routed'],
  );
  const refs = eventRefs(events);
  const [people, organisations] = await Promise.all([
    repo.findPeople(db, [...refs.people, ...rows.flatMap((r) => (r.assignee_id ? [r.assignee_id] : []))]),
    repo.organisationNames(db, [...refs.organisations, ...rows.flatMap((r) => (r.queue_id ? [r.queue_id] : []))]),
  ]);
  return { events, people: new Map(people.map((p) => [p.id, p])), organisations };
}

export async function listRequests(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  query: RequestListQuery,
): Promise<RequestList> {
  const agent = isAgent(viewer);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  if (agent && query.queue !== undefined && !UUID.test(query.queue)) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'queue', message: 'not an identifier' }] });
  }
  // Outsiders filter their own requests by status only; the queue's filters are the agents'.
  const filter: repo.ListFilter = agent
    ? {
        status: query.status,
        queueId: query.queue,
        assigneeId: query.assignee === 'me' ? (viewer.userId ?? undefined) : undefined,
        overdue: query.overdue,
        q: query.q,
        sort: query.sort ?? 'waiting',
      }
    : { status: query.status, q: query.q, sort: query.sort ?? 'recent' };
  const { rows, total } = await repo.listVisibleRequests(deps.db, viewer, filter, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  await recordRestrictedReads(deps.db, viewer, rows.map(readItem), deps.ip);
  const ctx = await listContext(deps.db, viewer, rows);
  const now = new Date();
  const items = rows.map((row): RequestListItem => {
    const base: RequestListItem = {
      id: row.id,
      reference: row.reference,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      countries: row.countries,
      sector: row.sector as RequestListItem['sector'],
      need: row.need as RequestListItem['need'],
      routedTo: routedContacts(
        ctx.events.filter((e) => e.request_id === row.id),
        ctx.people,
        ctx.organisations,
      ),
    };
    if (!isFileAgent(viewer, row)) return base;
    return {
      ...base,
      companyName: row.company_name,
      label: presentLabel(row.level, row.tlp, deps.lang),
      queue: organisationRef(row.queue_id, ctx.organisations),
      assignee: memberRef(row.assignee_id ? ctx.people.get(row.assignee_id) : undefined),
      waiting: waiting(row, now),
    };
  });
  return { view: agent ? 'agent' : 'restricted', items, total, page, pageSize };
}

// --- One request --------------------------------------------------------------------------------------------------

/** Who a request may be assigned to: listed agents of its queue, named agents of the file, agents of its teams. */
export async function assigneeCandidates(db: Kysely<DB>, row: repo.RequestRow): Promise<repo.PersonRow[]> {
  if (!row.compartment_id) return [];
  const members = await repo.fileMembers(db, row.compartment_id);
  const teams = [...new Set([...(row.queue_id ? [row.queue_id] : []), ...members.organisationIds])];
  const [teamAgents, named] = await Promise.all([
    repo.membersOf(db, teams, ['agent'], 200),
    repo.findPeople(db, members.userIds),
  ]);
  const byId = new Map<string, repo.PersonRow>();
  for (const person of [...teamAgents, ...named]) {
    if (person.audience === 'agent' && person.listed) byId.set(person.id, person);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** The room opened from the request, for its members only (agents of the file in it, the company named in it). */
async function roomOfRequest(db: Kysely<DB>, viewer: Viewer, row: repo.RequestRow) {
  if (row.deal_room_id === null || !viewer.compartmentIds.has(row.deal_room_id)) return null;
  const name = await repo.dealRoomName(db, row.deal_room_id);
  return name === undefined ? null : { id: row.deal_room_id, name };
}

export async function presentRequest(
  deps: Pick<FrontOfficeDeps, 'db' | 'lang'>,
  viewer: Viewer,
  row: repo.RequestRow,
): Promise<FrontOfficeRequest> {
  const { db, lang } = deps;
  const label = presentLabel(row.level, row.tlp, lang);
  const noAbilities = { assign: false, route: false, status: false, note: false, openDealRoom: false };
  if (!isFileAgent(viewer, row)) {
    const events = await repo.visibleEvents(db, viewer, [row.id], RESTRICTED_EVENT_KINDS);
    const refs = eventRefs(events);
    const [people, organisations, dealRoom] = await Promise.all([
      repo.findPeople(db, refs.people),
      repo.organisationNames(db, refs.organisations),
      roomOfRequest(db, viewer, row),
    ]);
    return {
      id: row.id,
      reference: row.reference,
      view: 'restricted',
      label,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      fields: presentFields(row),
      history: events.map((e) => presentRestrictedEvent(e, lang)),
      routedTo: routedContacts(events, new Map(people.map((p) => [p.id, p])), organisations),
      abilities: noAbilities,
      dealRoom,
    };
  }

  const events = await repo.visibleEvents(db, viewer, [row.id]);
  const refs = eventRefs(events);
  const personIds = [row.user_id, row.assignee_id, row.routed_contact_id, ...refs.people].filter(
    (id): id is string => id !== null,
  );
  const organisationIds = [row.organisation_id, row.queue_id, row.routed_to_id, ...refs.organisations].filter(
    (id): id is string => id !== null,
  );
  const [peopleRows, organisations, candidates, organisation] = await Promise.all([
    repo.findPeople(db, personIds),
    repo.organisationNames(db, organisationIds),
    assigneeCandidates(db, row),
    row.organisation_id ? repo.findOrganisation(db, row.organisation_id) : Promise.resolve(undefined),
  ]);
  const people = new Map(peopleRows.map((p) => [p.id, p]));
  const dealRoom = await roomOfRequest(db, viewer, row);
  const open = row.status !== 'closed';
  const routedTo = organisationRef(row.routed_to_id, organisations);
  return {
    id: row.id,
    reference: row.reference,
    view: 'agent',
    label,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    fields: presentFields(row),
    history: events.map((e) => presentAgentEvent(e, viewer, people, organisations, lang)),
    routedTo: routedContacts(events, people, organisations),
    abilities: {
      assign: open,
      route: open,
      status: TRANSITIONS[row.status].length > 0,
      note: true,
      openDealRoom: open && row.deal_room_id === null && row.user_id !== null && organisation?.kind === 'company',
    },
    updatedAt: row.updated_at.toISOString(),
    triagedAt: row.triaged_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    requester: memberRef(row.user_id ? people.get(row.user_id) : undefined),
    organisation: organisationRef(row.organisation_id, organisations),
    queue: organisationRef(row.queue_id, organisations),
    assignee: memberRef(row.assignee_id ? people.get(row.assignee_id) : undefined),
    routing: routedTo
      ? {
          organisation: routedTo,
          contact: memberRef(row.routed_contact_id ? people.get(row.routed_contact_id) : undefined),
        }
      : null,
    dealRoom,
    waiting: waiting(row, new Date()),
    nextStatuses: [...TRANSITIONS[row.status]],
    assignees: candidates.map((c) => memberRef(c)!),
  };
}

export async function getRequest(deps: FrontOfficeDeps, viewer: Viewer, id: string): Promise<FrontOfficeRequest> {
  const row = await visibleRequest(deps.db, viewer, id);
  await recordRestrictedReads(deps.db, viewer, [readItem(row)], deps.ip);
  return presentRequest(deps, viewer, row);
}

// --- Queues and routing targets -------------------------------------------------------------------------------

const ZERO: Record<RequestStatus, number> = { new: 0, triaged: 0, routed: 0, in_progress: 0, closed: 0 };

/** An agent's queues (with counts of the requests they may read) and the organisations they may route to. */
export async function frontOffices(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  q: string | undefined,
): Promise<FrontOffices> {
  if (!isAgent(viewer) || viewer.organisationId === null) throw new AppError('ERR_FORBIDDEN');
  const counts = await repo.queueCounts(deps.db, viewer);
  const queues = new Map<string, FrontOffices['queues'][number]>();
  // The viewer's own organisation is a queue when it is an embassy or a ministry, even while empty.
  const own = await repo.findOrganisation(deps.db, viewer.organisationId);
  if (own && (own.kind === 'diplomatic_post' || own.kind === 'ministry')) {
    queues.set(own.id, {
      organisation: { id: own.id, name: own.name },
      kind: own.kind,
      counts: { ...ZERO },
      overdue: 0,
    });
  }
  for (const row of counts) {
    const queue = queues.get(row.queue_id) ?? {
      organisation: { id: row.queue_id, name: row.name },
      kind: row.kind,
      counts: { ...ZERO },
      overdue: 0,
    };
    queue.counts[row.status] += row.n;
    queue.overdue += row.overdue;
    queues.set(row.queue_id, queue);
  }
  const organisations = await repo.routableOrganisations(deps.db, q, 300);
  const contacts = await repo.contactsOf(
    deps.db,
    organisations.map((o) => o.id),
    50,
  );
  return {
    queues: [...queues.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fr')),
    routingTargets: organisations.map((o) => ({
      organisation: { id: o.id, name: o.name },
      kind: o.kind,
      country: o.country,
      contacts: contacts.filter((c) => c.organisation_id === o.id).map((c) => memberRef(c)!),
    })),
  };
}
