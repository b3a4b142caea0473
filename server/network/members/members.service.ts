// Members: the directory (search and filters under the directory rule), one member's page, mention autocomplete,
// and what agents and admins do to members (verification badge, deactivation, assignments), audited.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type { ProfileLanguage, Sector } from '../../../common/network-terms.ts';
import type { MemberRef } from '../../../common/schemas/network.ts';
import {
  type AssignedAgents,
  AUTOCOMPLETE_LIMIT,
  type AutocompleteResult,
  type MemberList,
  type MemberListQuery,
  type MemberProfile,
  type MemberSummary,
} from '../../../common/schemas/network-members.ts';
import { appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { isAdmin } from '../../access/directory.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertUuid, findVisibleSpace, isAgent, type NetworkDeps, UUID } from '../core/context.ts';
import { presentLabel, presentMemberRef } from '../core/present.ts';
import * as repo from './members.repo.ts';

export type MembersDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip'>;

/** Lower-case words of letters and digits, accents removed (the SQL folds them again with unaccent). */
export function queryWords(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.slice(0, 50));
}

export function abilitiesOf(viewer: Viewer, row: repo.MemberRow): MemberSummary['abilities'] {
  const self = row.id === viewer.userId;
  const outsider = row.audience === 'company' || row.audience === 'partner';
  return {
    verify: isAgent(viewer) && !self && row.active,
    deactivate: isAdmin(viewer) && !self,
    message: row.can_message,
    assign: isAgent(viewer) && outsider && row.listed,
    editProfile: self,
  };
}

export function presentSummary(viewer: Viewer, row: repo.MemberRow): MemberSummary {
  return {
    ...presentMemberRef(row),
    organisationId: row.organisation_id,
    title: row.title ?? '',
    country: row.country,
    sectors: (row.sectors ?? []) as Sector[],
    expertise: row.expertise ?? [],
    languages: (row.languages ?? []) as ProfileLanguage[],
    publicProfile: row.public_profile ?? false,
    deactivated: !row.active,
    assignedToYou: row.assigned,
    abilities: abilitiesOf(viewer, row),
  };
}

export async function listMembers(deps: MembersDeps, viewer: Viewer, query: MemberListQuery): Promise<MemberList> {
  // Tchap: the agent directory is for agents; outsiders see their assigned agents in the plain list.
  if (query.audience === 'agent' && !isAgent(viewer)) throw new AppError('ERR_AGENT_DIRECTORY');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const text = query.q?.trim() ? query.q.trim() : null;
  const { rows, total } = await repo.listMembers(
    deps.db,
    viewer,
    {
      text,
      words: text === null ? [] : wordsForSearch(text),
      ...(query.audience ? { audience: query.audience } : {}),
      ...(query.country ? { country: query.country } : {}),
      ...(query.sector ? { sector: query.sector } : {}),
      ...(query.organisation ? { organisationId: query.organisation } : {}),
      ...(query.verified !== undefined ? { verified: query.verified } : {}),
    },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: rows.map((row) => presentSummary(viewer, row)), total, page, pageSize };
}

/** One-letter words only narrow a prefix search when nothing longer was typed. */
function wordsForSearch(text: string): string[] {
  const words = queryWords(text);
  const long = words.filter((w) => w.length >= 2);
  return long.length > 0 ? long : words;
}

/** The member if the directory rule lets the viewer see them; 404 otherwise (unknown and malformed ids too). */
export async function visibleMember(db: Kysely<DB>, viewer: Viewer, id: string): Promise<repo.MemberRow> {
  assertUuid(id);
  const row = await repo.findVisibleMember(db, viewer, id);
  if (!row) throw notFound();
  return row;
}

export async function presentProfile(
  db: Kysely<DB>,
  viewer: Viewer,
  row: repo.MemberRow,
  lang: Lang,
): Promise<MemberProfile> {
  const showsAgents = row.audience !== 'agent' && (isAgent(viewer) || row.id === viewer.userId);
  const [spaces, agents] = await Promise.all([
    repo.memberSpaces(db, viewer, row.id),
    showsAgents ? repo.assignedAgents(db, viewer, row.id) : Promise.resolve([]),
  ]);
  return {
    ...presentSummary(viewer, row),
    bio: row.bio ?? '',
    verifiedAt: row.verified_at ? row.verified_at.toISOString() : null,
    spaces: spaces.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind as 'country' | 'sector' | 'theme',
      label: presentLabel(s.level, s.tlp, lang),
    })),
    assignedAgents: agents.map(presentMemberRef),
  };
}

export async function getMember(deps: MembersDeps, viewer: Viewer, id: string): Promise<MemberProfile> {
  const row = await visibleMember(deps.db, viewer, id);
  return presentProfile(deps.db, viewer, row, deps.lang);
}

/** Mentions: members whose name has a word starting with `q`, who may also read the space when one is given. */
export async function autocomplete(
  deps: MembersDeps,
  viewer: Viewer,
  query: { q: string; spaceId?: string },
): Promise<AutocompleteResult> {
  let readers: repo.SpaceReaders | null = null;
  if (query.spaceId !== undefined && query.spaceId !== '') {
    const { space } = await findVisibleSpace(deps.db, viewer, query.spaceId);
    if (space.kind === 'deal_room' && space.compartment_id !== null) {
      readers = { kind: 'compartment', compartmentId: space.compartment_id };
      // The room's member list is level-3 content.
      await recordRestrictedReads(
        deps.db,
        viewer,
        [{ type: 'deal_room', id: space.id, level: 3, compartmentId: space.compartment_id }],
        deps.ip,
      );
    } else {
      readers = { kind: 'level', level: space.level };
    }
  }
  const words = queryWords(query.q);
  if (words.length === 0) return { items: [] };
  const rows = await repo.autocomplete(deps.db, viewer, words, readers, AUTOCOMPLETE_LIMIT);
  return { items: rows.map(presentMemberRef) };
}

type Actor = Viewer & { userId: string };

function assertAgent(viewer: Viewer): asserts viewer is Actor {
  if (!isAgent(viewer)) throw new AppError('ERR_FORBIDDEN');
}

/** Gives (true) or withdraws (false) the verification badge: agents, on anyone they see but themselves. */
export async function setVerification(
  deps: MembersDeps,
  viewer: Viewer,
  id: string,
  verified: boolean,
): Promise<MemberSummary> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await visibleMember(tx, viewer, id);
    assertAgent(viewer);
    if (row.id === viewer.userId) throw new AppError('ERR_FORBIDDEN');
    if (verified && !row.active) throw new AppError('ERR_CONFLICT');
    const changed = await repo.setVerified(tx, row.id, verified ? viewer.userId : null);
    if (changed) {
      await appendAudit(tx, {
        action: verified ? 'member.verified' : 'member.unverified',
        actorId: viewer.userId,
        objectType: 'user',
        objectId: row.id,
        ip: deps.ip,
      });
    }
    return presentSummary(viewer, (await repo.findVisibleMember(tx, viewer, row.id))!);
  });
}

/**
 * Deactivates (false) or reactivates (true) an account: admins, never themselves. A deactivated account reads as a
 * visitor (its sessions stop working) and leaves the directory of everyone but admins.
 */
export async function setActivation(
  deps: MembersDeps,
  viewer: Viewer,
  id: string,
  active: boolean,
  reason?: string,
): Promise<MemberSummary> {
  const why = reason?.trim() ?? '';
  assertNoClassificationMarking(why);
  return deps.db.transaction().execute(async (tx) => {
    const row = await visibleMember(tx, viewer, id);
    if (!isAdmin(viewer) || viewer.userId === null) throw new AppError('ERR_FORBIDDEN');
    if (row.id === viewer.userId) throw new AppError('ERR_SELF_DEACTIVATION');
    const changed = await repo.setActive(tx, row.id, active);
    if (changed) {
      await appendAudit(tx, {
        action: active ? 'member.reactivated' : 'member.deactivated',
        actorId: viewer.userId,
        objectType: 'user',
        objectId: row.id,
        details: why ? { reason: why } : {},
        ip: deps.ip,
      });
    }
    return presentSummary(viewer, (await repo.findVisibleMember(tx, viewer, row.id))!);
  });
}

async function agentsOf(db: Kysely<DB>, viewer: Viewer, memberId: string): Promise<AssignedAgents> {
  const rows = await repo.assignedAgents(db, viewer, memberId);
  return { items: rows.map((r): MemberRef => presentMemberRef(r)) };
}

/** Assigns an agent (default: the viewer) to a company or partner member; agents only; audited. */
export async function assignAgent(
  deps: MembersDeps,
  viewer: Viewer,
  id: string,
  agentId: string | undefined,
): Promise<AssignedAgents> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await visibleMember(tx, viewer, id);
    assertAgent(viewer);
    const invalid = (field: string, message: string) =>
      new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message }] });
    if (row.audience === 'agent') throw invalid('id', 'agents are assigned to companies and partners, not to agents');
    if (!row.listed) throw invalid('id', 'this account is not active');
    const agent = agentId ?? viewer.userId;
    if (!UUID.test(agent) || !(await repo.findListedAgent(tx, agent))) {
      throw invalid('agentId', 'not an active agent');
    }
    if (await repo.insertAssignment(tx, row.id, agent, viewer.userId)) {
      await appendAudit(tx, {
        action: 'member.assigned',
        actorId: viewer.userId,
        objectType: 'user',
        objectId: row.id,
        details: { agentId: agent },
        ip: deps.ip,
      });
    }
    return agentsOf(tx, viewer, row.id);
  });
}

/** Removes an assignment row (a partner's sponsor stays assigned through the invitation); agents only; audited. */
export async function unassignAgent(deps: MembersDeps, viewer: Viewer, id: string, agentId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await visibleMember(tx, viewer, id);
    assertAgent(viewer);
    assertUuid(agentId);
    const removed = await repo.deleteAssignment(tx, row.id, agentId);
    if (!removed) throw notFound();
    await appendAudit(tx, {
      action: 'member.unassigned',
      actorId: viewer.userId,
      objectType: 'user',
      objectId: row.id,
      details: { agentId, reason: removed.reason },
      ip: deps.ip,
    });
  });
}
