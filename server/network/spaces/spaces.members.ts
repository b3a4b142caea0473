// Membership of communities: join (open), ask (on request), invite (owners and moderators), approve, accept,
// change a role (owners), leave, decline, remove. Owners and moderators are agents only (Tchap: outsiders do not
// moderate), a space always keeps an owner, and a member must be able to read the space's label. Every change is
// audited in its transaction; invitations, requests and approvals notify (notify() checks each recipient can read
// the space).
import type { Kysely } from 'kysely';
import type {
  SpaceMember,
  SpaceMemberAddBody,
  SpaceMemberList,
  SpaceMemberPatchBody,
  SpaceMembersQuery,
} from '../../../common/schemas/network-spaces.ts';
import { type AuditEntry, appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertUuid, type SpaceRoleName } from '../core/context.ts';
import { loadViewers, notify } from '../core/notify.ts';
import * as memberRepo from './spaces.members.repo.ts';
import { presentSpaceMember, type Standing, standing } from './spaces.present.ts';
import * as repo from './spaces.repo.ts';
import { levelName, type SpacesDeps, visibleSpaceRow } from './spaces.service.ts';

type Tx = Kysely<DB>;

/** A community the viewer may see, locked for the transaction; deal rooms are managed under /deal-rooms. */
async function community(tx: Tx, viewer: Viewer, id: string): Promise<{ row: repo.SpaceRow; st: Standing }> {
  assertUuid(id);
  await repo.lockSpace(tx, id);
  const row = await visibleSpaceRow(tx, viewer, id);
  if (row.kind === 'deal_room') throw new AppError('ERR_FORBIDDEN');
  return { row, st: standing(viewer, row) };
}

const spaceObject = (row: repo.SpaceRow) => ({
  type: 'space' as const,
  id: row.id,
  level: row.level,
  compartmentId: null,
});

function audit(
  viewer: Viewer,
  row: repo.SpaceRow,
  action: string,
  details: Record<string, unknown>,
  ip: string | null,
) {
  return {
    action,
    actorId: viewer.userId,
    objectType: 'space',
    objectId: row.id,
    details,
    ip,
  } satisfies AuditEntry;
}

/** The user can read the space's label now (active account of the right audience); 422 otherwise. */
async function assertCanReadSpace(tx: Tx, userId: string, row: repo.SpaceRow, lang: 'fr' | 'en'): Promise<void> {
  const [subject] = await loadViewers(tx, [userId]);
  if (!subject || !canRead(subject, { level: row.level, compartmentId: null })) {
    throw new AppError('ERR_SPACE_INVITEE_LEVEL', { params: { level: levelName(row.level, lang) } });
  }
}

function assertRoleFits(role: SpaceRoleName, audience: string): void {
  if (role !== 'member' && audience !== 'agent') {
    throw new AppError('ERR_SPACE_ROLE_AGENTS_ONLY', { fieldErrors: [{ field: 'role', message: 'agents only' }] });
  }
}

const archived = () => new AppError('ERR_SPACE_ARCHIVED');

async function presentOne(tx: Tx, viewer: Viewer, row: repo.SpaceRow, st: Standing, userId: string) {
  const [user, membership, owners] = await Promise.all([
    memberRepo.visibleUser(tx, viewer, userId),
    memberRepo.selectMembership(tx, row.id, userId),
    memberRepo.ownerCount(tx, row.id),
  ]);
  if (!user || !membership) throw notFound();
  const member = { ...user, role: membership.role, state: membership.state, since: membership.updated_at };
  return presentSpaceMember(viewer, st, member, owners, true);
}

/** POST /spaces/{id}/members: `{}` joins or asks for the viewer; `{userId, role?}` invites (moderators). */
export async function addMember(
  deps: SpacesDeps,
  viewer: Viewer,
  id: string,
  body: SpaceMemberAddBody,
): Promise<{ member: SpaceMember; created: boolean }> {
  const self = body.userId === undefined || body.userId === viewer.userId;
  return deps.db.transaction().execute(async (tx) => {
    const { row, st } = await community(tx, viewer, id);
    const created = self ? await join(tx, deps, viewer, row, body) : await invite(tx, deps, viewer, row, st, body);
    const fresh = await visibleSpaceRow(tx, viewer, id);
    const member = await presentOne(tx, viewer, fresh, standing(viewer, fresh), self ? viewer.userId! : body.userId!);
    return { member, created };
  });
}

async function join(tx: Tx, deps: SpacesDeps, viewer: Viewer, row: repo.SpaceRow, body: SpaceMemberAddBody) {
  if (body.role !== undefined && body.role !== 'member') {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'role', message: 'one joins as a member; roles are given by owners' }],
    });
  }
  const userId = viewer.userId!;
  if (row.archived_at !== null) throw archived();
  const existing = await memberRepo.selectMembership(tx, row.id, userId);
  if (existing?.state === 'member' || existing?.state === 'requested') return false;
  if (existing?.state === 'invited') {
    await memberRepo.updateMembership(tx, row.id, userId, { state: 'member' });
    await appendAudit(
      tx,
      audit(viewer, row, 'space.member.added', { userId, role: existing.role, via: 'invitation' }, deps.ip),
    );
    return false;
  }
  if (row.membership === 'invitation') throw new AppError('ERR_SPACE_INVITATION_ONLY');
  if (row.membership === 'open') {
    await memberRepo.insertMembership(tx, {
      spaceId: row.id,
      userId,
      role: 'member',
      state: 'member',
      invitedBy: null,
    });
    await appendAudit(tx, audit(viewer, row, 'space.member.added', { userId, role: 'member', via: 'join' }, deps.ip));
    return true;
  }
  await memberRepo.insertMembership(tx, {
    spaceId: row.id,
    userId,
    role: 'member',
    state: 'requested',
    invitedBy: null,
  });
  await appendAudit(tx, audit(viewer, row, 'space.member.requested', { userId }, deps.ip));
  await notify(tx, {
    recipients: await memberRepo.moderatorIds(tx, row.id),
    kind: 'space_request',
    actorId: userId,
    object: spaceObject(row),
  });
  return true;
}

async function invite(
  tx: Tx,
  deps: SpacesDeps,
  viewer: Viewer,
  row: repo.SpaceRow,
  st: Standing,
  body: SpaceMemberAddBody,
) {
  if (!st.canModerate) throw new AppError('ERR_FORBIDDEN');
  if (row.archived_at !== null) throw archived();
  const role = body.role ?? 'member';
  if (role === 'owner' && !st.ownerRights) throw new AppError('ERR_FORBIDDEN');
  const userId = body.userId!;
  // Someone the inviter cannot find in the directory answers like an unknown id.
  const target = await memberRepo.findDirectoryMember(tx, viewer, userId);
  if (!target) throw notFound();
  assertRoleFits(role, target.audience);
  await assertCanReadSpace(tx, userId, row, deps.lang);
  const existing = await memberRepo.selectMembership(tx, row.id, userId);
  if (existing?.state === 'member') throw new AppError('ERR_CONFLICT');
  if (existing?.state === 'invited') return false;
  if (existing?.state === 'requested') {
    // Inviting someone who asked is approving their request.
    await memberRepo.updateMembership(tx, row.id, userId, { state: 'member', role });
    await appendAudit(tx, audit(viewer, row, 'space.member.added', { userId, role, via: 'request' }, deps.ip));
    await notify(tx, {
      recipients: [userId],
      kind: 'space_approved',
      actorId: viewer.userId,
      object: spaceObject(row),
    });
    return false;
  }
  await memberRepo.insertMembership(tx, { spaceId: row.id, userId, role, state: 'invited', invitedBy: viewer.userId });
  await appendAudit(tx, audit(viewer, row, 'space.member.invited', { userId, role }, deps.ip));
  await notify(tx, {
    recipients: [userId],
    kind: 'space_invitation',
    actorId: viewer.userId,
    object: spaceObject(row),
  });
  return true;
}

/** PATCH /spaces/{id}/members/{userId}: approve a request, accept one's invitation, change a role. */
export async function updateMember(
  deps: SpacesDeps,
  viewer: Viewer,
  id: string,
  userId: string,
  body: SpaceMemberPatchBody,
): Promise<SpaceMember> {
  assertUuid(userId);
  return deps.db.transaction().execute(async (tx) => {
    const { row, st } = await community(tx, viewer, id);
    const self = userId === viewer.userId;
    if (!self && !st.canModerate) throw new AppError('ERR_FORBIDDEN');
    const target = await memberRepo.selectMembership(tx, row.id, userId);
    if (!target) throw notFound();
    const entries: AuditEntry[] = [];

    if (body.state === 'member' && target.state !== 'member') {
      if (row.archived_at !== null) throw archived();
      if (target.state === 'invited') {
        if (!self) throw new AppError('ERR_FORBIDDEN');
        await memberRepo.updateMembership(tx, row.id, userId, { state: 'member' });
        entries.push(
          audit(viewer, row, 'space.member.added', { userId, role: target.role, via: 'invitation' }, deps.ip),
        );
      } else {
        if (!st.canModerate) throw new AppError('ERR_FORBIDDEN');
        await assertCanReadSpace(tx, userId, row, deps.lang);
        await memberRepo.updateMembership(tx, row.id, userId, { state: 'member' });
        entries.push(audit(viewer, row, 'space.member.added', { userId, role: target.role, via: 'request' }, deps.ip));
        await notify(tx, {
          recipients: [userId],
          kind: 'space_approved',
          actorId: viewer.userId,
          object: spaceObject(row),
        });
      }
    }

    if (body.role !== undefined && body.role !== target.role) {
      if (!st.ownerRights) throw new AppError('ERR_FORBIDDEN');
      assertRoleFits(body.role, target.audience);
      if (target.role === 'owner' && target.state === 'member' && (await memberRepo.ownerCount(tx, row.id)) <= 1) {
        throw new AppError('ERR_SPACE_LAST_OWNER');
      }
      await memberRepo.updateMembership(tx, row.id, userId, { role: body.role });
      entries.push(audit(viewer, row, 'space.member.role', { userId, from: target.role, to: body.role }, deps.ip));
    }

    await appendAudit(tx, entries);
    const fresh = await visibleSpaceRow(tx, viewer, id);
    return presentOne(tx, viewer, fresh, standing(viewer, fresh), userId);
  });
}

const removalVia = (self: boolean, state: repo.MemberState) =>
  self
    ? { member: 'left', invited: 'declined', requested: 'cancelled' }[state]
    : { member: 'removed', invited: 'revoked', requested: 'rejected' }[state];

/** DELETE /spaces/{id}/members/{userId}: leave, decline, cancel (oneself); remove, reject, revoke (moderators). */
export async function removeMember(deps: SpacesDeps, viewer: Viewer, id: string, userId: string): Promise<void> {
  assertUuid(userId);
  await deps.db.transaction().execute(async (tx) => {
    const { row, st } = await community(tx, viewer, id);
    const self = userId === viewer.userId;
    if (!self && !st.canModerate) throw new AppError('ERR_FORBIDDEN');
    const target = await memberRepo.selectMembership(tx, row.id, userId);
    if (!target) throw notFound();
    if (!self && target.role === 'owner' && !st.ownerRights) throw new AppError('ERR_FORBIDDEN');
    if (target.role === 'owner' && target.state === 'member' && (await memberRepo.ownerCount(tx, row.id)) <= 1) {
      throw new AppError('ERR_SPACE_LAST_OWNER');
    }
    await memberRepo.deleteMemberships(tx, row.id, [userId]);
    await appendAudit(
      tx,
      audit(
        viewer,
        row,
        'space.member.removed',
        { userId, role: target.role, state: target.state, via: removalVia(self, target.state) },
        deps.ip,
      ),
    );
  });
}

/** GET /spaces/{id}/members: under the directory rule; requests and invitations for moderators only. */
export async function listMembers(
  deps: SpacesDeps,
  viewer: Viewer,
  id: string,
  query: SpaceMembersQuery,
): Promise<SpaceMemberList> {
  const row = await visibleSpaceRow(deps.db, viewer, id);
  const st = standing(viewer, row);
  const state = query.state ?? 'member';
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const range = { limit: pageSize, offset: (page - 1) * pageSize };
  if (row.kind === 'deal_room') {
    await recordRestrictedReads(
      deps.db,
      viewer,
      [{ type: 'deal_room', id: row.id, level: 3, compartmentId: row.id }],
      deps.ip,
    );
    const result =
      state === 'member'
        ? await memberRepo.listRoomMembers(deps.db, viewer, row.id, range)
        : { rows: [], total: 0, visible: 0 };
    return {
      items: result.rows.map((r) => presentSpaceMember(viewer, st, r, 0, false)),
      total: result.total,
      hiddenCount: result.total - result.visible,
      page,
      pageSize,
      pendingRequests: null,
    };
  }
  if (state !== 'member' && !st.canModerate) throw new AppError('ERR_FORBIDDEN');
  const [result, owners, pending] = await Promise.all([
    memberRepo.listSpaceMembers(deps.db, viewer, row.id, state, range),
    memberRepo.ownerCount(deps.db, row.id),
    st.canModerate ? memberRepo.pendingRequestCount(deps.db, row.id) : Promise.resolve(null),
  ]);
  return {
    items: result.rows.map((r) => presentSpaceMember(viewer, st, r, owners, true)),
    total: result.total,
    hiddenCount: result.total - result.visible,
    page,
    pageSize,
    pendingRequests: pending,
  };
}
