// Membership of communities: join, request and approval, invitation and acceptance, roles (agents only for owner
// and moderator, never without an owner), leaving and removal, each audited; notifications only to recipients who
// can read the space; the member list under the directory rule.
import { describe, expect, it } from 'vitest';
import { networkTestApp } from '../test/app.ts';
import { embassyAgent, partnerUser } from '../test/people.ts';
import { RANDOM_ID } from '../test/problems.ts';
import { type Member, makeSpace } from '../test/world.ts';

const t = networkTestApp();

const agent = (roles: ('admin' | 'moderator')[] = []) => embassyAgent(t, { roles });
const partner = () => partnerUser(t);

const members = (spaceId: string) => `/api/network/spaces/${spaceId}/members`;
const one = (spaceId: string, userId: string) => `/api/network/spaces/${spaceId}/members/${userId}`;

async function auditDetails(spaceId: string, action: string) {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'details'])
    .where('object_id', '=', spaceId)
    .where('action', '=', action)
    .orderBy('id')
    .execute();
  return rows.map((r): Record<string, unknown> => ({ actor: r.actor_id, ...(r.details as Record<string, unknown>) }));
}

async function notifications(userId: string, spaceId: string) {
  const rows = await t.database.db
    .selectFrom('net_notifications')
    .select('kind')
    .where('user_id', '=', userId)
    .where('object_id', '=', spaceId)
    .execute();
  return rows.map((r) => r.kind);
}

async function membershipOf(spaceId: string, userId: string) {
  return t.database.db
    .selectFrom('net_space_members')
    .select(['role', 'state'])
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

describe('joining', () => {
  it('joins an open space at once, idempotently, and leaves it', async () => {
    const owner = await agent();
    const p = await partner();
    const space = await makeSpace(t.database.db, { createdBy: owner.id, membership: 'open' });
    const res = await p.client.post(members(space.id), {});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: p.id, role: 'member', state: 'member' });
    expect((await p.client.post(members(space.id), {})).statusCode).toBe(200);
    expect(await auditDetails(space.id, 'space.member.added')).toEqual([
      expect.objectContaining({ actor: p.id, userId: p.id, via: 'join' }),
    ]);
    expect((await p.client.post(members(space.id), { role: 'moderator' })).statusCode).toBe(400);
    expect((await p.client.delete(one(space.id, p.id))).statusCode).toBe(204);
    expect(await membershipOf(space.id, p.id)).toBeUndefined();
    expect(await auditDetails(space.id, 'space.member.removed')).toEqual([
      expect.objectContaining({ userId: p.id, via: 'left' }),
    ]);
  });

  it('asks to join a space on request; moderators who can read it hear of it; approval notifies', async () => {
    const owner = await agent();
    const [mod, gone, p, plain] = await Promise.all([agent(), agent(), partner(), partner()]);
    const space = await makeSpace(t.database.db, {
      createdBy: owner.id,
      membership: 'request',
      members: [{ userId: mod.id, role: 'moderator' }, { userId: gone.id, role: 'moderator' }, { userId: plain.id }],
    });
    // A deactivated moderator can no longer read the space: notify() leaves them out.
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', gone.id).execute();

    const res = await p.client.post(members(space.id), {});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'requested' });
    expect(await auditDetails(space.id, 'space.member.requested')).toEqual([
      expect.objectContaining({ actor: p.id, userId: p.id }),
    ]);
    expect(await notifications(owner.id, space.id)).toEqual(['space_request']);
    expect(await notifications(mod.id, space.id)).toEqual(['space_request']);
    expect(await notifications(gone.id, space.id)).toEqual([]);
    expect(await notifications(plain.id, space.id)).toEqual([]);

    // Pending requests: moderators only.
    expect((await plain.client.get(`${members(space.id)}?state=requested`)).statusCode).toBe(403);
    const pending = await mod.client.get(`${members(space.id)}?state=requested`);
    expect(pending.json()).toMatchObject({ total: 1, pendingRequests: 1, items: [{ id: p.id, state: 'requested' }] });
    expect(pending.json().items[0].abilities).toMatchObject({ approve: true, remove: true });
    expect((await plain.client.get(members(space.id))).json().pendingRequests).toBeNull();

    expect((await plain.client.patch(one(space.id, p.id), { state: 'member' })).statusCode).toBe(403);
    expect((await p.client.patch(one(space.id, p.id), { state: 'member' })).statusCode).toBe(403);
    const approved = await mod.client.patch(one(space.id, p.id), { state: 'member' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'member', role: 'member' });
    expect(await auditDetails(space.id, 'space.member.added')).toEqual([
      expect.objectContaining({ actor: mod.id, userId: p.id, via: 'request' }),
    ]);
    expect(await notifications(p.id, space.id)).toEqual(['space_approved']);
  });

  it('rejects and cancels requests', async () => {
    const owner = await agent();
    const [a, b] = await Promise.all([partner(), partner()]);
    const space = await makeSpace(t.database.db, { createdBy: owner.id, membership: 'request' });
    await a.client.post(members(space.id), {});
    await b.client.post(members(space.id), {});
    expect((await a.client.delete(one(space.id, b.id))).statusCode).toBe(403);
    expect((await a.client.delete(one(space.id, a.id))).statusCode).toBe(204);
    expect((await owner.client.delete(one(space.id, b.id))).statusCode).toBe(204);
    const vias = (await auditDetails(space.id, 'space.member.removed')).map((e) => e.via);
    expect(vias).toEqual(['cancelled', 'rejected']);
  });
});

describe('inviting', () => {
  it('invites into a space by invitation; the invitee accepts or declines', async () => {
    const owner = await agent();
    const [mod, a, b, plain] = await Promise.all([agent(), partner(), partner(), agent()]);
    const space = await makeSpace(t.database.db, {
      createdBy: owner.id,
      membership: 'invitation',
      members: [{ userId: mod.id, role: 'moderator' }, { userId: plain.id }],
    });
    const refused = await a.client.post(members(space.id), {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('ERR_SPACE_INVITATION_ONLY');
    expect((await plain.client.post(members(space.id), { userId: a.id })).statusCode).toBe(403);
    expect((await mod.client.post(members(space.id), { userId: a.id, role: 'owner' })).statusCode).toBe(403);

    const invited = await mod.client.post(members(space.id), { userId: a.id });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({ id: a.id, state: 'invited' });
    expect((await mod.client.post(members(space.id), { userId: a.id })).statusCode).toBe(200);
    await mod.client.post(members(space.id), { userId: b.id });
    expect(await notifications(a.id, space.id)).toEqual(['space_invitation']);
    expect(await auditDetails(space.id, 'space.member.invited')).toEqual([
      expect.objectContaining({ actor: mod.id, userId: a.id, role: 'member' }),
      expect.objectContaining({ actor: mod.id, userId: b.id }),
    ]);
    const view = await a.client.get(`/api/network/spaces/${space.id}`);
    expect(view.json()).toMatchObject({ state: 'invited', abilities: { join: true, post: false } });

    expect((await mod.client.patch(one(space.id, a.id), { state: 'member' })).statusCode).toBe(403);
    const accepted = await a.client.patch(one(space.id, a.id), { state: 'member' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'member' });
    expect((await b.client.delete(one(space.id, b.id))).statusCode).toBe(204);
    expect(await auditDetails(space.id, 'space.member.added')).toEqual([
      expect.objectContaining({ actor: a.id, userId: a.id, via: 'invitation' }),
    ]);
    expect((await auditDetails(space.id, 'space.member.removed')).map((e) => e.via)).toEqual(['declined']);
    expect((await mod.client.post(members(space.id), { userId: a.id })).statusCode).toBe(409);
  });

  it('invites only people the inviter finds in the directory and who can read the space', async () => {
    const owner = await agent();
    const [p, closed] = await Promise.all([partner(), partner()]);
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', closed.id).execute();
    const agentsOnly = await makeSpace(t.database.db, { createdBy: owner.id, level: 2 });
    const tooHigh = await owner.client.post(members(agentsOnly.id), { userId: p.id });
    expect(tooHigh.statusCode).toBe(422);
    expect(tooHigh.json().code).toBe('ERR_SPACE_INVITEE_LEVEL');

    const space = await makeSpace(t.database.db, { createdBy: owner.id, membership: 'invitation' });
    const unknown = await owner.client.post(members(space.id), { userId: RANDOM_ID });
    const hidden = await owner.client.post(members(space.id), { userId: closed.id });
    expect(unknown.statusCode).toBe(404);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(unknown.json().detail);
    expect((await owner.client.post(members(space.id), { userId: 'pas-un-id' })).statusCode).toBe(400);
    expect((await owner.client.post(members(space.id), { userId: p.id, extra: 1 })).statusCode).toBe(400);
    expect(await membershipOf(space.id, p.id)).toBeUndefined();
    expect(await membershipOf(agentsOnly.id, p.id)).toBeUndefined();
  });

  it('approves a request by inviting its author', async () => {
    const owner = await agent();
    const p = await partner();
    const space = await makeSpace(t.database.db, { createdBy: owner.id, membership: 'request' });
    await p.client.post(members(space.id), {});
    const res = await owner.client.post(members(space.id), { userId: p.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'member' });
    expect((await notifications(p.id, space.id)).sort()).toEqual(['space_approved']);
  });
});

describe('roles', () => {
  it('keeps owner and moderator for agents, and never leaves a space without an owner', async () => {
    const owner = await agent();
    const [colleague, mod, p, global] = await Promise.all([agent(), agent(), partner(), agent(['moderator'])]);
    const space = await makeSpace(t.database.db, {
      createdBy: owner.id,
      members: [{ userId: colleague.id }, { userId: mod.id, role: 'moderator' }, { userId: p.id }],
    });
    const outsider = await owner.client.patch(one(space.id, p.id), { role: 'moderator' });
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().code).toBe('ERR_SPACE_ROLE_AGENTS_ONLY');
    const invited = await owner.client.post(members(space.id), { userId: (await partner()).id, role: 'moderator' });
    expect(invited.json().code).toBe('ERR_SPACE_ROLE_AGENTS_ONLY');
    // Moderators do not change roles, nor remove owners.
    expect((await mod.client.patch(one(space.id, colleague.id), { role: 'moderator' })).statusCode).toBe(403);
    expect((await mod.client.delete(one(space.id, owner.id))).statusCode).toBe(403);

    const alone = await owner.client.delete(one(space.id, owner.id));
    expect(alone.statusCode).toBe(409);
    expect(alone.json().code).toBe('ERR_SPACE_LAST_OWNER');
    expect((await owner.client.patch(one(space.id, owner.id), { role: 'member' })).json().code).toBe(
      'ERR_SPACE_LAST_OWNER',
    );
    const view = await owner.client.get(`/api/network/spaces/${space.id}`);
    expect(view.json().abilities.leave).toBe(false);

    const promoted = await owner.client.patch(one(space.id, colleague.id), { role: 'owner' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json()).toMatchObject({ role: 'owner' });
    expect((await owner.client.delete(one(space.id, owner.id))).statusCode).toBe(204);
    expect(await auditDetails(space.id, 'space.member.role')).toEqual([
      expect.objectContaining({ actor: owner.id, userId: colleague.id, from: 'member', to: 'owner' }),
    ]);
    // A global moderator acts as an owner of every community.
    const demoted = await global.client.patch(one(space.id, mod.id), { role: 'member' });
    expect(demoted.statusCode).toBe(200);
    expect((await mod.client.delete(one(space.id, p.id))).statusCode).toBe(403);
    expect((await colleague.client.delete(one(space.id, p.id))).statusCode).toBe(204);
    expect((await colleague.client.patch(one(space.id, 'pas-un-id'), { role: 'member' })).statusCode).toBe(404);
    expect((await colleague.client.patch(one(space.id, p.id), {})).statusCode).toBe(400);
    expect((await colleague.client.patch(one(space.id, RANDOM_ID), { role: 'member' })).statusCode).toBe(404);
  });
});

describe('the member list', () => {
  it('shows a partner only the members the directory shows them, counting the others', async () => {
    const owner = await agent();
    const [assigned, p, colleague] = await Promise.all([agent(), partner(), agent()]);
    await t.database.db
      .insertInto('net_assignments')
      .values({ member_id: p.id, agent_id: assigned.id, reason: 'manual', created_by: assigned.id })
      .execute();
    const space = await makeSpace(t.database.db, {
      createdBy: owner.id,
      members: [{ userId: assigned.id }, { userId: p.id }, { userId: colleague.id, state: 'invited' }],
    });
    const seen = async (who: Member) => {
      const res = await who.client.get(members(space.id));
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { id: string }[]; total: number; hiddenCount: number };
    };
    const byPartner = await seen(p);
    expect(byPartner.items.map((m) => m.id).sort()).toEqual([assigned.id, p.id].sort());
    expect(byPartner).toMatchObject({ total: 3, hiddenCount: 1 });
    const byOwner = await seen(owner);
    expect(byOwner.items.map((m) => m.id)[0]).toBe(owner.id);
    expect(byOwner).toMatchObject({ total: 3, hiddenCount: 0 });
    const invitations = await owner.client.get(`${members(space.id)}?state=invited`);
    expect(invitations.json().items.map((m: { id: string }) => m.id)).toEqual([colleague.id]);
    expect((await p.client.get(`${members(space.id)}?page=0`)).statusCode).toBe(400);
  });
});
