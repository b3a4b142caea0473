// Space members, SQL only: membership rows and their writes, owner and moderator lookups, people the viewer may
// find in the directory (`memberVisibleTo`), and member lists of communities and deal rooms under that rule.
import { type Kysely, sql } from 'kysely';
import { listedMember, memberVisibleTo } from '../../access/directory.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import type { SpaceRoleName } from '../core/context.ts';
import type { MemberRefRow } from '../core/present.ts';
import type { MemberState } from './spaces.repo.ts';

type Db = Kysely<DB>;

export interface MembershipRow {
  user_id: string;
  role: SpaceRoleName;
  state: MemberState;
  audience: 'company' | 'partner' | 'agent';
  updated_at: Date;
}

export async function selectMembership(db: Db, spaceId: string, userId: string): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('net_space_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'm.state', 'u.audience', 'm.updated_at'])
    .where('m.space_id', '=', spaceId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertMembership(
  db: Db,
  values: { spaceId: string; userId: string; role: SpaceRoleName; state: MemberState; invitedBy: string | null },
): Promise<void> {
  await db
    .insertInto('net_space_members')
    .values({
      space_id: values.spaceId,
      user_id: values.userId,
      role: values.role,
      state: values.state,
      invited_by: values.invitedBy,
    })
    .execute();
}

export async function updateMembership(
  db: Db,
  spaceId: string,
  userId: string,
  values: { role?: SpaceRoleName; state?: MemberState },
): Promise<void> {
  await db
    .updateTable('net_space_members')
    .set({ ...values, updated_at: new Date() })
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMemberships(db: Db, spaceId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .deleteFrom('net_space_members')
    .where('space_id', '=', spaceId)
    .where('user_id', 'in', [...userIds])
    .execute();
}

/** Owners who are members (the ones that keep a space managed). */
export async function ownerCount(db: Db, spaceId: string): Promise<number> {
  const row = await db
    .selectFrom('net_space_members')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('space_id', '=', spaceId)
    .where('state', '=', 'member')
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function pendingRequestCount(db: Db, spaceId: string): Promise<number> {
  const row = await db
    .selectFrom('net_space_members')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('space_id', '=', spaceId)
    .where('state', '=', 'requested')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The owners and moderators of a space (members), who hear of requests to join. */
export async function moderatorIds(db: Db, spaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('net_space_members')
    .select('user_id')
    .where('space_id', '=', spaceId)
    .where('state', '=', 'member')
    .where('role', 'in', ['owner', 'moderator'])
    .execute();
  return rows.map((r) => r.user_id);
}

/** Every user with a membership row (any state) in the space. */
export async function allMembershipUserIds(db: Db, spaceId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('net_space_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'm.state', 'u.audience', 'm.updated_at'])
    .where('m.space_id', '=', spaceId)
    .execute();
}

/** A member as the viewer may see them in the directory (and listed: one does not invite a closed account). */
export async function findDirectoryMember(db: Db, viewer: Viewer, userId: string): Promise<MemberRefRow | undefined> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
    .where('u.id', '=', userId)
    .where(memberVisibleTo(viewer, 'u'))
    .where(listedMember('u'))
    .executeTakeFirst();
  return row as MemberRefRow | undefined;
}

export interface SpaceMemberRow extends MemberRefRow {
  role: SpaceRoleName;
  state: MemberState;
  since: Date;
}

/**
 * One page of the members of `spaceId` in `state` whom the directory shows the viewer (owners first, then
 * moderators, then by name), with the number of all such members and of those hidden from the viewer.
 */
export async function listSpaceMembers(
  db: Db,
  viewer: Viewer,
  spaceId: string,
  state: MemberState,
  page: { limit: number; offset: number },
): Promise<{ rows: SpaceMemberRow[]; total: number; visible: number }> {
  const base = db
    .selectFrom('net_space_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .where('m.space_id', '=', spaceId)
    .where('m.state', '=', state);
  const visibleBase = base.where(memberVisibleTo(viewer, 'u'));
  const [rows, total, visible] = await Promise.all([
    visibleBase
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
      .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at', 'm.role', 'm.state'])
      .select('m.updated_at as since')
      .orderBy(sql`CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END`)
      .orderBy('u.name')
      .orderBy('u.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
    visibleBase.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as SpaceMemberRow[], total: Number(total.n), visible: Number(visible.n) };
}

/** The named members of a deal room the directory shows the viewer, with the counts (as for communities). */
export async function listRoomMembers(
  db: Db,
  viewer: Viewer,
  roomId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: SpaceMemberRow[]; total: number; visible: number }> {
  const base = db
    .selectFrom('compartment_members as cm')
    .innerJoin('users as u', 'u.id', 'cm.user_id')
    .where('cm.compartment_id', '=', roomId);
  const visibleBase = base.where(memberVisibleTo(viewer, 'u'));
  const [rows, total, visible] = await Promise.all([
    visibleBase
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
      .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
      .select(['cm.added_at as since', sql<SpaceRoleName>`'member'`.as('role'), sql<MemberState>`'member'`.as('state')])
      .orderBy('u.name')
      .orderBy('u.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
    visibleBase.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as SpaceMemberRow[], total: Number(total.n), visible: Number(visible.n) };
}

/** The creator as the viewer may see them in the directory (null when hidden or gone). */
export async function visibleUser(db: Db, viewer: Viewer, userId: string | null): Promise<MemberRefRow | undefined> {
  if (userId === null) return undefined;
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
    .where('u.id', '=', userId)
    .where(memberVisibleTo(viewer, 'u'))
    .executeTakeFirst() as Promise<MemberRefRow | undefined>;
}
