// Deal rooms after they open: the viewer's rooms, one room, its settings, its members and its companies.
// A room is visible only to the members of its compartment (404 otherwise, as for an unknown id); its agents
// manage it. Every read is a level-3 read (audited), every change of membership is audited in its transaction.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type { Sector } from '../../../common/network-terms.ts';
import type {
  DealRoom,
  DealRoomCompanyBody,
  DealRoomList,
  DealRoomMemberBody,
  DealRoomMembers,
  DealRoomPatchBody,
  DealRoomSummary,
} from '../../../common/schemas/network-deal-rooms.ts';
import { appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertUuid, isAgent, type NetworkDeps } from '../core/context.ts';
import { notify } from '../core/notify.ts';
import { presentLabel, presentMemberRef } from '../core/present.ts';
import { checkNewTeams, checkNewUsers, checkTexts, memberAddedAudit } from './deal-rooms.create.ts';
import * as members from './deal-rooms.members.repo.ts';
import * as repo from './deal-rooms.repo.ts';

export type DealRoomsDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip'>;

/** The room if the viewer is in it; 404 otherwise (unknown, malformed and hidden ids answer the same). */
async function visibleRoom(db: Kysely<DB>, viewer: Viewer, id: string): Promise<repo.RoomRow> {
  assertUuid(id);
  const room = await repo.findVisibleRoom(db, viewer, id);
  if (!room) throw notFound();
  return room;
}

/** Agents of the room manage it (named or through their team). */
const managesRoom = (viewer: Viewer, room: repo.RoomRow) => isAgent(viewer) && viewer.compartmentIds.has(room.id);

function assertManages(viewer: Viewer, room: repo.RoomRow): void {
  if (!managesRoom(viewer, room)) throw new AppError('ERR_FORBIDDEN');
}

async function summaries(db: Kysely<DB>, rooms: repo.RoomRow[], lang: Lang): Promise<DealRoomSummary[]> {
  const ids = rooms.map((r) => r.id);
  const [companies, counts] = await Promise.all([repo.roomCompanies(db, ids), repo.memberCounts(db, ids)]);
  return rooms.map((room) => ({
    id: room.id,
    name: room.name,
    description: room.description,
    project: room.project,
    sector: room.sector as Sector,
    country: room.country,
    consortium: room.consortium,
    status: room.status,
    companies: companies.filter((c) => c.room_id === room.id).map((c) => ({ id: c.id, name: c.name })),
    memberCount: counts.get(room.id) ?? 0,
    label: presentLabel(room.level, room.tlp, lang),
    createdAt: room.created_at.toISOString(),
  }));
}

const readItem = (room: repo.RoomRow) => ({ type: 'deal_room', id: room.id, level: 3, compartmentId: room.id });

export async function listRooms(
  deps: DealRoomsDeps,
  viewer: Viewer,
  query: { status?: 'open' | 'closed'; page?: number; pageSize?: number },
): Promise<DealRoomList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listVisibleRooms(deps.db, viewer, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
    ...(query.status ? { status: query.status } : {}),
  });
  await recordRestrictedReads(deps.db, viewer, rows.map(readItem), deps.ip);
  return { items: await summaries(deps.db, rows, deps.lang), total, page, pageSize };
}

async function present(db: Kysely<DB>, viewer: Viewer, room: repo.RoomRow, lang: Lang): Promise<DealRoom> {
  const [summary] = await summaries(db, [room], lang);
  const requestId =
    room.request_id && (await repo.canReadRequest(db, viewer, room.request_id)) ? room.request_id : null;
  const manages = managesRoom(viewer, room);
  return {
    ...summary!,
    requestId,
    abilities: { post: room.status === 'open', edit: manages, manageMembers: manages },
  };
}

export async function getRoom(deps: DealRoomsDeps, viewer: Viewer, id: string): Promise<DealRoom> {
  const room = await visibleRoom(deps.db, viewer, id);
  await recordRestrictedReads(deps.db, viewer, [readItem(room)], deps.ip);
  return present(deps.db, viewer, room, deps.lang);
}

export async function updateRoom(
  deps: DealRoomsDeps,
  viewer: Viewer,
  id: string,
  body: DealRoomPatchBody,
): Promise<DealRoom> {
  return deps.db.transaction().execute(async (tx) => {
    const room = await visibleRoom(tx, viewer, id);
    assertManages(viewer, room);
    const texts = checkTexts({ name: body.name, description: body.description, project: body.project });
    if (body.consortium === false && room.consortium) {
      const companies = await repo.roomCompanies(tx, [room.id]);
      if (companies.length > 1) throw new AppError('ERR_CONFLICT');
    }
    await repo.updateRoom(tx, room.id, { ...texts, ...(body.status ? { status: body.status } : {}) });
    if (body.consortium !== undefined && body.consortium !== room.consortium) {
      await tx.updateTable('net_deal_rooms').set({ consortium: body.consortium }).where('id', '=', room.id).execute();
    }
    const changed = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
    if (changed.length > 0) {
      await appendAudit(tx, {
        action: 'deal_room.updated',
        actorId: viewer.userId,
        objectType: 'deal_room',
        objectId: room.id,
        details: {
          fields: changed,
          ...(body.status && body.status !== room.status ? { status: { from: room.status, to: body.status } } : {}),
          ...(body.consortium !== undefined && body.consortium !== room.consortium
            ? { consortium: body.consortium }
            : {}),
        },
        ip: deps.ip,
      });
    }
    const updated = await visibleRoom(tx, viewer, id);
    return present(tx, viewer, updated, deps.lang);
  });
}

async function membersOf(db: Kysely<DB>, viewer: Viewer, room: repo.RoomRow): Promise<DealRoomMembers> {
  const { users, teams } = await members.roomMembers(db, room.id);
  return {
    members: users.map((u) => ({ ...presentMemberRef(u), addedAt: u.added_at.toISOString() })),
    teams: teams.map((t) => ({ id: t.id, name: t.name, addedAt: t.added_at.toISOString() })),
    abilities: { manage: managesRoom(viewer, room) },
  };
}

export async function listMembers(deps: DealRoomsDeps, viewer: Viewer, id: string): Promise<DealRoomMembers> {
  const room = await visibleRoom(deps.db, viewer, id);
  await recordRestrictedReads(deps.db, viewer, [readItem(room)], deps.ip);
  return membersOf(deps.db, viewer, room);
}

/** Adds a named member (checked: one company per room) or an agent team; assignments and notification follow. */
export async function addMember(
  deps: DealRoomsDeps,
  viewer: Viewer,
  id: string,
  body: DealRoomMemberBody,
): Promise<DealRoomMembers> {
  const hasUser = body.userId !== undefined;
  if (hasUser === (body.organisationId !== undefined)) {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'userId', message: 'give exactly one of userId and organisationId' }],
    });
  }
  return deps.db.transaction().execute(async (tx) => {
    const room = await visibleRoom(tx, viewer, id);
    assertManages(viewer, room);
    const actorId = viewer.userId!;
    if (body.userId !== undefined) {
      const companies = (await repo.roomCompanies(tx, [room.id])).map((c) => c.id);
      const [user] = await checkNewUsers(tx, 'userId', [body.userId], companies);
      const added = await members.insertMembers(tx, room.id, { userIds: [user!.id] });
      if (added.userIds.length > 0) {
        if (user!.audience === 'agent') {
          await members.insertAssignments(tx, await members.roomOutsiderIds(tx, room.id), [user!.id], actorId);
        } else {
          await members.insertAssignments(tx, [user!.id], await members.roomNamedAgentIds(tx, room.id), actorId);
        }
        await appendAudit(tx, memberAddedAudit(viewer, room.id, { userId: user!.id }, deps.ip));
        await notify(tx, {
          recipients: [user!.id],
          kind: 'deal_room_added',
          actorId,
          object: { type: 'space', id: room.id, level: 3, compartmentId: room.id },
        });
      }
    } else {
      const [team] = await checkNewTeams(tx, 'organisationId', [body.organisationId!]);
      const added = await members.insertMembers(tx, room.id, { organisationIds: [team!.id] });
      if (added.organisationIds.length > 0) {
        await appendAudit(tx, memberAddedAudit(viewer, room.id, { organisationId: team!.id }, deps.ip));
      }
    }
    return membersOf(tx, viewer, room);
  });
}

/** Removes a named member or a team; the room always keeps at least one agent. */
export async function removeMember(
  deps: DealRoomsDeps,
  viewer: Viewer,
  id: string,
  memberId: string,
): Promise<DealRoomMembers> {
  return deps.db.transaction().execute(async (tx) => {
    const room = await visibleRoom(tx, viewer, id);
    assertManages(viewer, room);
    assertUuid(memberId);
    if ((await members.agentsLeftWithout(tx, room.id, memberId)) === 0) {
      throw new AppError('ERR_CONFLICT', {
        fieldErrors: [{ field: 'memberId', message: 'a deal room keeps at least one agent' }],
      });
    }
    const removed = await members.deleteMember(tx, room.id, memberId);
    if (removed === null) throw notFound();
    await appendAudit(tx, {
      action: 'deal_room.member.removed',
      actorId: viewer.userId,
      objectType: 'deal_room',
      objectId: room.id,
      details: removed === 'user' ? { userId: memberId } : { organisationId: memberId },
      ip: deps.ip,
    });
    return membersOf(tx, viewer, room);
  });
}

/** The overlaps in words, naming only what the agent may read themself (other rooms stay unnamed otherwise). */
function describeOverlaps(viewer: Viewer, overlaps: repo.Overlap[], lang: Lang): string {
  const parts = overlaps.map((o) => {
    if (o.kind === 'deal_room') {
      const named = viewer.compartmentIds.has(o.id);
      if (lang === 'fr') return named ? `salle de projet « ${o.label} »` : 'une autre salle de projet';
      return named ? `deal room “${o.label}”` : 'another deal room';
    }
    return lang === 'fr' ? `demande ${o.label}` : `request ${o.label}`;
  });
  return [...new Set(parts)].join(', ');
}

/**
 * Adds a company to a declared consortium. A company with another open room or request in the room's sector and
 * target country is a possible competitor: refused with ERR_DEAL_ROOM_CONFLICT unless confirmed (audited).
 */
export async function addCompany(
  deps: DealRoomsDeps,
  viewer: Viewer,
  id: string,
  body: DealRoomCompanyBody,
): Promise<DealRoom> {
  return deps.db.transaction().execute(async (tx) => {
    const room = await visibleRoom(tx, viewer, id);
    assertManages(viewer, room);
    if (!/^[0-9a-f-]{36}$/i.test(body.organisationId)) {
      throw new AppError('ERR_VALIDATION', {
        fieldErrors: [{ field: 'organisationId', message: 'not an identifier' }],
      });
    }
    const company = (await members.findOrganisations(tx, [body.organisationId])).find((o) => o.kind === 'company');
    if (!company) {
      throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'organisationId', message: 'not a company' }] });
    }
    const companies = await repo.roomCompanies(tx, [room.id]);
    if (companies.some((c) => c.id === company.id)) return present(tx, viewer, room, deps.lang);
    if (!room.consortium) throw new AppError('ERR_DEAL_ROOM_COMPANY', { params: { company: company.name } });
    const overlaps = await repo.findOverlaps(tx, company.id, room.sector, room.country, {
      roomId: room.id,
      requestId: room.request_id,
    });
    // Restricted requests are named only to agents who read them: check each one the viewer cannot read.
    const shown: repo.Overlap[] = [];
    for (const o of overlaps) {
      if (o.kind === 'request' && !(await repo.canReadRequest(tx, viewer, o.id))) {
        shown.push({ ...o, label: deps.lang === 'fr' ? 'du guichet' : 'to the front office' });
      } else shown.push(o);
    }
    if (overlaps.length > 0 && body.confirmConflict !== true) {
      throw new AppError('ERR_DEAL_ROOM_CONFLICT', {
        params: { company: company.name, detail: describeOverlaps(viewer, shown, deps.lang) },
      });
    }
    await repo.insertCompany(tx, room.id, company.id, viewer.userId!);
    await appendAudit(tx, [
      ...(overlaps.length > 0
        ? [
            {
              action: 'deal_room.conflict_confirmed',
              actorId: viewer.userId,
              objectType: 'deal_room',
              objectId: room.id,
              details: { organisationId: company.id, overlaps: overlaps.map((o) => ({ kind: o.kind, id: o.id })) },
              ip: deps.ip,
            },
          ]
        : []),
      {
        action: 'deal_room.company.added',
        actorId: viewer.userId,
        objectType: 'deal_room',
        objectId: room.id,
        details: { organisationId: company.id },
        ip: deps.ip,
      },
    ]);
    return present(tx, viewer, room, deps.lang);
  });
}

/** People an agent may name in a room (a new one for `companyId`, or an existing one). */
export async function candidates(
  deps: DealRoomsDeps,
  viewer: Viewer,
  query: { q?: string; companyId?: string; roomId?: string },
) {
  if (!isAgent(viewer)) throw new AppError('ERR_FORBIDDEN');
  let companyIds: string[] = [];
  let excludeRoomId: string | null = null;
  if (query.roomId) {
    const room = await visibleRoom(deps.db, viewer, query.roomId);
    companyIds = (await repo.roomCompanies(deps.db, [room.id])).map((c) => c.id);
    excludeRoomId = room.id;
  } else if (query.companyId) {
    assertUuid(query.companyId);
    companyIds = [query.companyId];
  }
  const rows = await members.findCandidates(deps.db, { q: query.q ?? '', companyIds, excludeRoomId, limit: 20 });
  return { items: rows.map(presentMemberRef) };
}
