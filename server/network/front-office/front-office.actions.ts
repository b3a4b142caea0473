// What agents of a company file do with a request: assign it, route it to a partner organisation, change its
// status, write internal notes, open a deal room. Each change runs in one transaction with its timeline event
// (level 3 for the whole file, level 2 for its agents only), its audit entry and its notifications.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import { ROUTABLE_ORGANISATION_KINDS, requestStatusLabels } from '../../../common/network-terms.ts';
import type {
  AssignBody,
  FrontOfficeRequest,
  NoteBody,
  RequestDealRoomBody,
  RequestEvent,
  RouteBody,
  StatusBody,
} from '../../../common/schemas/network-front-office.ts';
import { appendAudit } from '../../access/audit.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { isAgent, UUID } from '../core/context.ts';
import { notify } from '../core/notify.ts';
import { createDealRoom } from '../deal-rooms/index.ts';
import { presentAgentEvent, TRANSITIONS } from './front-office.present.ts';
import * as repo from './front-office.repo.ts';
import { type FrontOfficeDeps, presentRequest, visibleRequest } from './front-office.service.ts';

const say = (lang: Lang, fr: string, en: string) => (lang === 'fr' ? fr : en);
const invalid = (field: string, message: string) =>
  new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message }] });
const refused = (lang: Lang, fr: string, en: string) =>
  new AppError('ERR_INVALID_TRANSITION', { params: { detail: say(lang, fr, en) } });

function assertId(lang: Lang, field: string, id: string): void {
  if (!UUID.test(id)) throw invalid(field, say(lang, 'identifiant invalide', 'not an identifier'));
}

/** Plain text of 1 to 5000 characters, below Diffusion Restreinte. */
function cleanText(lang: Lang, field: string, raw: string): string {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (text.length < 1 || text.length > 5000) {
    throw invalid(field, say(lang, 'entre 1 et 5000 caractères', '1 to 5000 characters'));
  }
  assertNoClassificationMarking(text);
  return text;
}

type Row = repo.RequestRow & { compartment_id: string };

/** Runs `work` on the request locked in a transaction, for agents of its file only (404 for those outside it). */
async function onFile<T>(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  id: string,
  work: (trx: Kysely<DB>, row: Row, actorId: string) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await visibleRequest(trx, viewer, id, { lock: true });
    if (!isAgent(viewer) || viewer.userId === null || row.compartment_id === null) {
      throw new AppError('ERR_FORBIDDEN');
    }
    return work(trx, row as Row, viewer.userId);
  });
}

const object = (row: Row) => ({ type: 'request' as const, id: row.id, level: 3, compartmentId: row.compartment_id });

async function reload(trx: Kysely<DB>, deps: FrontOfficeDeps, viewer: Viewer, row: Row): Promise<FrontOfficeRequest> {
  const updated = await repo.findRequest(trx, { id: row.id });
  return presentRequest({ db: trx, lang: deps.lang }, viewer, updated!);
}

function assertOpen(lang: Lang, row: Row): void {
  if (row.status === 'closed') {
    throw refused(lang, 'la demande est close : rouvrez-la d’abord', 'the request is closed: reopen it first');
  }
}

export async function assign(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  id: string,
  body: AssignBody,
): Promise<FrontOfficeRequest> {
  const { lang } = deps;
  assertId(lang, 'assigneeId', body.assigneeId);
  return onFile(deps, viewer, id, async (trx, row, actorId) => {
    assertOpen(lang, row);
    const [person] = await repo.findPeople(trx, [body.assigneeId]);
    const members = await repo.fileMembers(trx, row.compartment_id);
    const eligible =
      person !== undefined &&
      person.audience === 'agent' &&
      person.listed &&
      (person.organisation_id === row.queue_id ||
        members.userIds.includes(person.id) ||
        members.organisationIds.includes(person.organisation_id));
    if (!eligible) {
      throw invalid(
        'assigneeId',
        say(
          lang,
          'choisissez un agent de la file de la demande ou de son dossier',
          'choose an agent of the request’s queue or of its file',
        ),
      );
    }
    if (row.assignee_id === person.id) return reload(trx, deps, viewer, row);
    await repo.addNamedMember(trx, row.compartment_id, person.id);
    await repo.updateRequest(trx, row.id, { assignee_id: person.id });
    const details = { assigneeId: person.id, previousAssigneeId: row.assignee_id };
    await repo.insertEvent(trx, {
      requestId: row.id,
      actorId,
      kind: 'assigned',
      details,
      level: 2,
      compartmentId: row.compartment_id,
    });
    // The requester sees their adviser in the directory and may write to them.
    if (row.user_id && row.user_id !== person.id) await repo.insertAssignment(trx, row.user_id, person.id, actorId);
    await appendAudit(trx, {
      action: 'request.assigned',
      actorId,
      objectType: 'request',
      objectId: row.id,
      details,
      ip: deps.ip,
    });
    await notify(trx, { recipients: [person.id], kind: 'request_assigned', actorId, object: object(row) });
    return reload(trx, deps, viewer, row);
  });
}

export async function route(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  id: string,
  body: RouteBody,
): Promise<FrontOfficeRequest> {
  const { lang } = deps;
  assertId(lang, 'organisationId', body.organisationId);
  if (body.contactId !== undefined) assertId(lang, 'contactId', body.contactId);
  const message = cleanText(lang, 'message', body.message);
  return onFile(deps, viewer, id, async (trx, row, actorId) => {
    assertOpen(lang, row);
    const organisation = await repo.findOrganisation(trx, body.organisationId);
    if (!organisation || !(ROUTABLE_ORGANISATION_KINDS as readonly string[]).includes(organisation.kind)) {
      throw invalid(
        'organisationId',
        say(
          lang,
          'choisissez un partenaire : organisme public, association, ambassade ou ministère',
          'choose a partner: public body, association, embassy or ministry',
        ),
      );
    }
    let contact: repo.PersonRow | undefined;
    if (body.contactId !== undefined) {
      [contact] = await repo.findPeople(trx, [body.contactId]);
      if (!contact?.listed || contact.organisation_id !== organisation.id) {
        throw invalid(
          'contactId',
          say(lang, 'ce contact n’est pas membre de cette organisation', 'this contact is not of this organisation'),
        );
      }
    }
    const agents = await repo.agentIdsOf(trx, organisation.id);
    if (!contact && agents.length === 0) {
      throw invalid(
        'contactId',
        say(
          lang,
          'cette organisation n’a aucun agent sur le réseau : nommez un contact',
          'this organisation has no agents on the network: name a contact',
        ),
      );
    }
    await repo.addTeam(trx, row.compartment_id, organisation.id);
    if (contact) await repo.addNamedMember(trx, row.compartment_id, contact.id);
    await repo.updateRequest(trx, row.id, {
      status: 'routed',
      routed_to_id: organisation.id,
      routed_contact_id: contact?.id ?? null,
      triaged_at: row.triaged_at ?? new Date(),
    });
    const details = { organisationId: organisation.id, contactId: contact?.id ?? null };
    const event = { requestId: row.id, actorId, details, compartmentId: row.compartment_id };
    // The routing itself is the whole file's (the company sees whom it was routed to); the message is the agents'.
    await repo.insertEvent(trx, { ...event, kind: 'routed', status: 'routed', level: 3 });
    await repo.insertEvent(trx, { ...event, kind: 'routing_message', body: message, level: 2 });
    await appendAudit(trx, {
      action: 'request.routed',
      actorId,
      objectType: 'request',
      objectId: row.id,
      details: { ...details, from: row.status },
      ip: deps.ip,
    });
    const recipients = [...(contact ? [contact.id] : []), ...agents, ...(row.user_id ? [row.user_id] : [])];
    await notify(trx, { recipients, kind: 'request_routed', actorId, object: object(row) });
    return reload(trx, deps, viewer, row);
  });
}

export async function changeStatus(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  id: string,
  body: StatusBody,
): Promise<FrontOfficeRequest> {
  const { lang } = deps;
  const message = body.message === undefined ? null : cleanText(lang, 'message', body.message);
  return onFile(deps, viewer, id, async (trx, row, actorId) => {
    const to = body.status;
    if (!TRANSITIONS[row.status].includes(to)) {
      const from = requestStatusLabels[row.status][lang];
      const target = requestStatusLabels[to][lang];
      throw refused(lang, `de « ${from} » à « ${target} »`, `from “${from}” to “${target}”`);
    }
    const now = new Date();
    await repo.updateRequest(trx, row.id, {
      status: to,
      triaged_at: row.triaged_at ?? now,
      closed_at: to === 'closed' ? now : null,
    });
    await repo.insertEvent(trx, {
      requestId: row.id,
      actorId,
      kind: 'status',
      status: to,
      details: { from: row.status },
      body: message,
      level: 3,
      compartmentId: row.compartment_id,
    });
    await appendAudit(trx, {
      action: 'request.status',
      actorId,
      objectType: 'request',
      objectId: row.id,
      details: { from: row.status, to },
      ip: deps.ip,
    });
    if (row.user_id) {
      await notify(trx, { recipients: [row.user_id], kind: 'request_status', actorId, object: object(row) });
    }
    return reload(trx, deps, viewer, row);
  });
}

export async function addNote(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  id: string,
  body: NoteBody,
): Promise<RequestEvent> {
  const text = cleanText(deps.lang, 'body', body.body);
  return onFile(deps, viewer, id, async (trx, row, actorId) => {
    const eventId = await repo.insertEvent(trx, {
      requestId: row.id,
      actorId,
      kind: 'note',
      body: text,
      level: 2,
      compartmentId: row.compartment_id,
    });
    await appendAudit(trx, {
      action: 'request.note',
      actorId,
      objectType: 'request',
      objectId: row.id,
      details: { eventId },
      ip: deps.ip,
    });
    const [event] = (await repo.visibleEvents(trx, viewer, [row.id])).filter((e) => e.id === eventId);
    return presentAgentEvent(event!, viewer, new Map(), new Map(), deps.lang);
  });
}

export async function openDealRoom(
  deps: FrontOfficeDeps,
  viewer: Viewer,
  id: string,
  body: RequestDealRoomBody,
): Promise<{ dealRoomId: string }> {
  const { lang } = deps;
  for (const memberId of body.memberIds ?? []) assertId(lang, 'memberIds', memberId);
  return onFile(deps, viewer, id, async (trx, row, actorId) => {
    assertOpen(lang, row);
    if (row.deal_room_id) {
      throw refused(lang, 'une salle de projet est déjà ouverte pour cette demande', 'a deal room is already open');
    }
    const company = row.organisation_id ? await repo.findOrganisation(trx, row.organisation_id) : undefined;
    if (!row.user_id || company?.kind !== 'company') {
      throw refused(
        lang,
        'aucun compte d’entreprise derrière cette demande (déposée sans connexion) : invitez d’abord l’entreprise',
        'no company account behind this request (filed signed out): invite the company first',
      );
    }
    const name = (body.name ?? `${row.company_name} – ${row.reference}`).trim().slice(0, 120);
    const memberIds = [row.user_id, row.assignee_id, ...(body.memberIds ?? [])].filter(
      (m): m is string => m !== null && m !== actorId,
    );
    const room = await createDealRoom(
      trx,
      viewer,
      {
        name,
        companyId: company.id,
        sector: row.sector,
        country: row.countries[0] ?? '',
        requestId: row.id,
        memberIds: [...new Set(memberIds)],
      },
      { ip: deps.ip },
    );
    await repo.updateRequest(trx, row.id, { deal_room_id: room.id });
    await repo.insertEvent(trx, {
      requestId: row.id,
      actorId,
      kind: 'deal_room',
      details: { dealRoomId: room.id },
      level: 3,
      compartmentId: row.compartment_id,
    });
    await appendAudit(trx, {
      action: 'request.deal_room',
      actorId,
      objectType: 'request',
      objectId: row.id,
      details: { dealRoomId: room.id },
      ip: deps.ip,
    });
    return { dealRoomId: room.id };
  });
}
