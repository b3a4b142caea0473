// Who sees whom: the directory rule (members, autocomplete, member lists, search) and the messaging rule, twice
// like the read rule: a SQL condition on a users row and an in-memory predicate, kept in agreement by the network's
// property test. Agents see every listed member; outsiders (companies, partners) see themselves, their own
// organisation, the agents assigned to them and public profiles. Admins also see unlisted accounts.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Viewer } from './viewer.ts';

/** What the predicate needs to know about a member, as loaded from the database. */
export interface MemberFacts {
  id: string;
  organisationId: string;
  audience: 'company' | 'partner' | 'agent';
  /** Active, e-mail verified, and (partners) not expired. */
  listed: boolean;
  publicProfile: boolean;
  /** This member is an agent assigned to the viewer (assignment row, or the viewer's sponsor). */
  assignedToViewer: boolean;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.audience === 'agent' && viewer.roles.includes('admin');
}

/** The in-memory directory rule. */
export function canSeeMember(viewer: Viewer, member: MemberFacts): boolean {
  if (viewer.audience === 'visitor' || viewer.userId === null) return false;
  if (member.id === viewer.userId) return true;
  if (!member.listed) return isAdmin(viewer);
  if (viewer.audience === 'agent') return true;
  if (member.organisationId === viewer.organisationId) return true;
  if (member.publicProfile) return true;
  return member.audience === 'agent' && member.assignedToViewer;
}

/** SQL: the users row `alias` is listed (active, verified, not an expired partner). */
export function listedMember(alias: string): RawBuilder<SqlBool> {
  const u = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<SqlBool>`(${u('active')} AND ${u('email_verified_at')} IS NOT NULL
    AND (${u('audience')} <> 'partner' OR ${u('partner_expires_at')} > now()))`;
}

/** SQL: the agents assigned to the viewer (assignment rows and the sponsor whose invitation they accepted). */
export function assignedAgentIds(viewerId: string): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`(SELECT assigned.agent_id AS id FROM net_assignments AS assigned
      WHERE assigned.member_id = ${viewerId}
    UNION SELECT sponsor.invited_by AS id FROM invitations AS sponsor
      JOIN users AS invitee ON invitee.email = sponsor.email
      WHERE invitee.id = ${viewerId} AND sponsor.accepted_at IS NOT NULL AND sponsor.audience = 'partner')`;
}

/**
 * The directory rule as a SQL condition on a `users` row aliased `alias` (e.g. `users` or `u`):
 * `.where(memberVisibleTo(viewer, 'u'))`.
 */
export function memberVisibleTo(viewer: Viewer, alias: string): RawBuilder<SqlBool> {
  if (viewer.audience === 'visitor' || viewer.userId === null) return sql<SqlBool>`false`;
  const id = sql.ref(`${alias}.id`);
  const self = sql<SqlBool>`${id} = ${viewer.userId}`;
  const listed = listedMember(alias);
  if (viewer.audience === 'agent') {
    return isAdmin(viewer) ? sql<SqlBool>`true` : sql<SqlBool>`(${self} OR ${listed})`;
  }
  const org = sql.ref(`${alias}.organisation_id`);
  const audience = sql.ref(`${alias}.audience`);
  return sql<SqlBool>`(${self} OR (${listed} AND (
    ${org} = ${viewer.organisationId}
    OR EXISTS (SELECT 1 FROM net_profiles AS directory_profile
      WHERE directory_profile.user_id = ${id} AND directory_profile.public_profile)
    OR (${audience} = 'agent' AND ${id} IN ${assignedAgentIds(viewer.userId)})
  )))`;
}

/**
 * The messaging rule: agents write to any listed member; outsiders only to the agents assigned to them.
 * `recipient.listed` false always refuses (nobody writes to a deactivated account).
 */
export function canMessage(viewer: Viewer, recipient: MemberFacts): boolean {
  if (viewer.audience === 'visitor' || viewer.userId === null) return false;
  if (recipient.id === viewer.userId || !recipient.listed) return false;
  if (viewer.audience === 'agent') return true;
  return recipient.audience === 'agent' && recipient.assignedToViewer;
}

/** SQL twin of canMessage on a users row `alias`. */
export function messageableBy(viewer: Viewer, alias: string): RawBuilder<SqlBool> {
  if (viewer.audience === 'visitor' || viewer.userId === null) return sql<SqlBool>`false`;
  const id = sql.ref(`${alias}.id`);
  const base = sql<SqlBool>`(${id} <> ${viewer.userId} AND ${listedMember(alias)})`;
  if (viewer.audience === 'agent') return base;
  return sql<SqlBool>`(${base} AND ${sql.ref(`${alias}.audience`)} = 'agent' AND ${id} IN ${assignedAgentIds(viewer.userId)})`;
}
