// How a request reads: the waiting time against the service target, the allowed status changes, and the two
// shapes (agents of the file: everything; the company and other outsiders of the file: status, submitted fields,
// status history and routed contacts). Pure, given the rows the service loaded.
import type { Lang } from '../../../common/errors.ts';
import { FRONT_OFFICE_TARGETS, type FrontOfficeStatus, type Sector } from '../../../common/network-terms.ts';
import type { HotlineNeed } from '../../../common/portal-terms.ts';
import type { MemberRef } from '../../../common/schemas/network.ts';
import type {
  OrganisationRef,
  RequestEvent,
  RequestFields,
  RoutedContact,
  Waiting,
} from '../../../common/schemas/network-front-office.ts';
import type { Viewer } from '../../access/viewer.ts';
import { presentLabel } from '../core/present.ts';
import type { EventRow, PersonRow, RequestRow } from './front-office.repo.ts';

const HOUR = 3_600_000;

/** new → triaged → routed → in_progress → closed; closed → in_progress reopens; any → closed. */
export const TRANSITIONS: Readonly<Record<FrontOfficeStatus, readonly FrontOfficeStatus[]>> = {
  new: ['triaged', 'closed'],
  triaged: ['routed', 'closed'],
  routed: ['in_progress', 'closed'],
  in_progress: ['closed'],
  closed: ['in_progress'],
};

/** Hours waited and the pending target: triage within 48 h while new, routing within 120 h while not yet routed. */
export function waiting(row: Pick<RequestRow, 'status' | 'created_at' | 'closed_at'>, now: Date): Waiting {
  const created = row.created_at.getTime();
  const end = row.status === 'closed' && row.closed_at ? row.closed_at.getTime() : now.getTime();
  const hours = Math.max(0, Math.floor((end - created) / HOUR));
  const { triageHours, routeHours } = FRONT_OFFICE_TARGETS;
  const target =
    row.status === 'new'
      ? { step: 'triage' as const, hours: triageHours }
      : row.status === 'triaged'
        ? { step: 'route' as const, hours: routeHours }
        : null;
  const late = (limit: number) => now.getTime() > created + limit * HOUR;
  const overdue =
    (row.status === 'new' && late(triageHours)) ||
    ((row.status === 'new' || row.status === 'triaged') && late(routeHours));
  return {
    hours,
    target: target ? { ...target, dueAt: new Date(created + target.hours * HOUR).toISOString() } : null,
    overdue,
  };
}

export function presentFields(row: RequestRow): RequestFields {
  return {
    companyName: row.company_name,
    siren: row.siren,
    region: row.region,
    countries: row.countries,
    sector: row.sector as Sector,
    step: row.step,
    need: row.need as HotlineNeed,
    message: row.message,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    amountEur: row.amount_eur,
  };
}

export function memberRef(person: PersonRow | undefined): MemberRef | null {
  if (!person) return null;
  return {
    id: person.id,
    name: person.name,
    audience: person.audience,
    organisation: person.organisation,
    verified: person.verified_at !== null,
  };
}

export function organisationRef(id: string | null, names: Map<string, string>): OrganisationRef | null {
  if (!id) return null;
  const name = names.get(id);
  return name === undefined ? null : { id, name };
}

const detail = (event: EventRow, key: string): string | null => {
  const value = event.details[key];
  return typeof value === 'string' ? value : null;
};

/** The ids an event names, to load their names in one go. */
export function eventRefs(events: readonly EventRow[]): { people: string[]; organisations: string[] } {
  const people: string[] = [];
  const organisations: string[] = [];
  for (const e of events) {
    for (const key of ['assigneeId', 'contactId']) {
      const id = detail(e, key);
      if (id) people.push(id);
    }
    const org = detail(e, 'organisationId');
    if (org) organisations.push(org);
  }
  return { people, organisations };
}

/** The contacts a request was routed to, from its 'routed' events (organisation, contact name and title). */
export function routedContacts(
  events: readonly EventRow[],
  people: Map<string, PersonRow>,
  organisations: Map<string, string>,
): RoutedContact[] {
  return events
    .filter((e) => e.kind === 'routed')
    .flatMap((e) => {
      const organisation = organisations.get(detail(e, 'organisationId') ?? '');
      if (organisation === undefined) return [];
      const contact = people.get(detail(e, 'contactId') ?? '');
      return [
        {
          organisation,
          contact: contact ? { name: contact.name, title: contact.title } : null,
          at: e.at.toISOString(),
        },
      ];
    });
}

const nameRef = (id: string | null, name: string | null | undefined) =>
  id && name !== undefined && name !== null ? { id, name } : null;

/** An event as agents of the file see it: actor, and the people, organisation and room it names. */
export function presentAgentEvent(
  event: EventRow,
  viewer: Viewer,
  people: Map<string, PersonRow>,
  organisations: Map<string, string>,
  lang: Lang,
): RequestEvent {
  const assigneeId = detail(event, 'assigneeId');
  const contactId = detail(event, 'contactId');
  const roomId = detail(event, 'dealRoomId');
  return {
    id: event.id,
    at: event.at.toISOString(),
    kind: event.kind,
    status: event.status,
    body: event.body,
    label: presentLabel(event.level, event.tlp, lang),
    actor: nameRef(event.actor_id, event.actor_name),
    assignee: nameRef(assigneeId, assigneeId ? people.get(assigneeId)?.name : null),
    organisation: organisationRef(detail(event, 'organisationId'), organisations),
    contact: nameRef(contactId, contactId ? people.get(contactId)?.name : null),
    // A deal room's id only to its members: the room stays invisible to the others of the file.
    dealRoomId: roomId && viewer.compartmentIds.has(roomId) ? roomId : null,
  };
}

/** An event as the company sees it: when, what, the status, and a status change's message; nobody's name. */
export function presentRestrictedEvent(event: EventRow, lang: Lang): RequestEvent {
  return {
    id: event.id,
    at: event.at.toISOString(),
    kind: event.kind,
    status: event.status,
    body: event.kind === 'status' ? event.body : null,
    label: presentLabel(event.level, event.tlp, lang),
  };
}

/** Kinds of events the restricted view shows (level-2 ones are not even read for it). */
export const RESTRICTED_EVENT_KINDS = ['created', 'status', 'routed'] as const;
