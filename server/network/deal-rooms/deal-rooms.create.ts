// Opening a deal room (from the rooms page or from a front-office request) and the member checks it shares with
// later additions: one company per room, teams are organisations of agents, everything audited in the transaction.
import type { Kysely } from 'kysely';
import { SECTORS } from '../../../common/network-terms.ts';
import { appendAudit } from '../../access/audit.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import { canCreateCompartment } from '../../access/write.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { UUID } from '../core/context.ts';
import { notify } from '../core/notify.ts';
import {
  findOrganisations,
  findUsers,
  insertAssignments,
  insertMembers,
  type OrganisationFacts,
  type UserFacts,
} from './deal-rooms.members.repo.ts';
import { insertRoom } from './deal-rooms.repo.ts';

export interface CreateDealRoomInput {
  name: string;
  description?: string;
  project?: string;
  companyId: string;
  sector: string;
  country: string;
  consortium?: boolean;
  requestId?: string | null;
  memberIds: string[];
  teamOrganisationIds?: string[];
}

const invalid = (field: string, message: string) =>
  new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message }] });

function assertUuids(field: string, ids: readonly string[]): void {
  for (const id of ids) if (!UUID.test(id)) throw invalid(field, `not an identifier: ${id.slice(0, 60)}`);
}

/** Free texts: length and no classification marking. */
export function checkTexts(input: { name?: string; description?: string; project?: string }): {
  name?: string;
  description?: string;
  project?: string;
} {
  const out: { name?: string; description?: string; project?: string } = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 120) throw invalid('name', '1 to 120 characters');
    out.name = name;
  }
  if (input.description !== undefined) {
    if (input.description.length > 2000) throw invalid('description', 'at most 2000 characters');
    out.description = input.description.trim();
  }
  if (input.project !== undefined) {
    if (input.project.length > 2000) throw invalid('project', 'at most 2000 characters');
    out.project = input.project.trim();
  }
  for (const text of [out.name, out.description, out.project]) assertNoClassificationMarking(text);
  return out;
}

/**
 * The named members to add, checked: listed accounts (unknown ids and unlisted accounts alike are refused),
 * companies' users only of the room's companies (409 ERR_DEAL_ROOM_COMPANY otherwise), agents and partners.
 */
export async function checkNewUsers(
  db: Kysely<DB>,
  field: string,
  userIds: readonly string[],
  companies: readonly string[],
): Promise<UserFacts[]> {
  assertUuids(field, userIds);
  const ids = [...new Set(userIds)];
  const users = await findUsers(db, ids);
  for (const id of ids) {
    const user = users.find((u) => u.id === id);
    if (!user?.listed) throw invalid(field, `unknown member: ${id}`);
    if (user.audience === 'company' && !companies.includes(user.organisation_id)) {
      throw new AppError('ERR_DEAL_ROOM_COMPANY', { params: { company: user.organisation } });
    }
  }
  return users;
}

/** Teams are organisations of agents (not companies). */
export async function checkNewTeams(
  db: Kysely<DB>,
  field: string,
  organisationIds: readonly string[],
): Promise<OrganisationFacts[]> {
  assertUuids(field, organisationIds);
  const ids = [...new Set(organisationIds)];
  const organisations = await findOrganisations(db, ids);
  for (const id of ids) {
    const organisation = organisations.find((o) => o.id === id);
    if (!organisation || organisation.kind === 'company' || !organisation.has_agents) {
      throw invalid(field, `not an organisation of agents: ${id}`);
    }
  }
  return organisations;
}

export function memberAddedAudit(
  viewer: Viewer,
  roomId: string,
  member: { userId?: string; organisationId?: string },
  ip: string | null,
) {
  return {
    action: 'deal_room.member.added',
    actorId: viewer.userId,
    objectType: 'deal_room',
    objectId: roomId,
    details: member,
    ip,
  };
}

async function inTransaction<T>(db: Kysely<DB>, work: (tx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Opens a deal room: compartment, space (level 3 TLP:AMBER), project, lead company, named members (the creator
 * always) and agent teams; assignments between its outside members and its agents; audit; notifications.
 * Runs in `db`'s transaction when it is one (the front office opens a room from a request that way).
 */
export async function createDealRoom(
  db: Kysely<DB>,
  viewer: Viewer,
  input: CreateDealRoomInput,
  ctx: { ip: string | null },
): Promise<{ id: string }> {
  if (!canCreateCompartment(viewer) || viewer.userId === null) throw new AppError('ERR_FORBIDDEN');
  const creatorId = viewer.userId;
  const texts = checkTexts({ name: input.name, description: input.description ?? '', project: input.project ?? '' });
  if (!(SECTORS as readonly string[]).includes(input.sector)) throw invalid('sector', 'unknown sector');
  if (!/^[A-Z]{2}$/.test(input.country)) throw invalid('country', 'ISO 3166-1 alpha-2 code');
  if (!UUID.test(input.companyId)) throw invalid('companyId', 'not an identifier');
  if (input.requestId != null && !UUID.test(input.requestId)) throw invalid('requestId', 'not an identifier');
  if (input.memberIds.length > 100) throw invalid('memberIds', 'at most 100 members');

  return inTransaction(db, async (tx) => {
    const company = (await findOrganisations(tx, [input.companyId])).find((o) => o.kind === 'company');
    if (!company) throw invalid('companyId', 'not a company');
    const users = await checkNewUsers(tx, 'memberIds', input.memberIds, [company.id]);
    const teams = await checkNewTeams(tx, 'teamOrganisationIds', input.teamOrganisationIds ?? []);

    const id = await insertRoom(tx, {
      name: texts.name!,
      description: texts.description ?? '',
      project: texts.project ?? '',
      companyId: company.id,
      sector: input.sector,
      country: input.country,
      consortium: input.consortium ?? false,
      requestId: input.requestId ?? null,
      createdBy: creatorId,
    });
    const added = await insertMembers(tx, id, {
      userIds: [creatorId, ...users.map((u) => u.id)],
      organisationIds: teams.map((t) => t.id),
    });
    // Named agents (the creator is one) are assigned to every outside member, who may then see and write to them.
    const agentIds = [creatorId, ...users.filter((u) => u.audience === 'agent').map((u) => u.id)];
    const outsiderIds = users.filter((u) => u.audience !== 'agent').map((u) => u.id);
    await insertAssignments(tx, outsiderIds, [...new Set(agentIds)], creatorId);

    await appendAudit(tx, [
      {
        action: 'deal_room.created',
        actorId: creatorId,
        objectType: 'deal_room',
        objectId: id,
        details: {
          companyId: company.id,
          sector: input.sector,
          country: input.country,
          consortium: input.consortium ?? false,
          ...(input.requestId ? { requestId: input.requestId } : {}),
        },
        ip: ctx.ip,
      },
      ...added.userIds.map((userId) => memberAddedAudit(viewer, id, { userId }, ctx.ip)),
      ...added.organisationIds.map((organisationId) => memberAddedAudit(viewer, id, { organisationId }, ctx.ip)),
    ]);
    await notify(tx, {
      recipients: added.userIds,
      kind: 'deal_room_added',
      actorId: creatorId,
      object: { type: 'space', id, level: 3, compartmentId: id },
    });
    return { id };
  });
}
