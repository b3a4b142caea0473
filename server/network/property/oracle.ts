// What each viewer of a random world may see, worked out in memory from the access module's predicates
// (`canRead`, `canSeeMember`) and the network's rules on top (hidden items, moderators), independently of SQL.
import { canSeeMember, type MemberFacts } from '../../access/directory.ts';
import { canRead } from '../../access/policy.ts';
import { effectiveAudience, type Viewer, visitor } from '../../access/viewer.ts';
import type { WComment, World, WPost, WSpace, WUser } from './world.ts';

export function isListed(u: WUser): boolean {
  return u.active && u.verified && !u.expired;
}

/** The viewer a world user reads as, with their compartments worked out from the world (not from SQL). */
export function viewerOf(world: World, u: WUser): Viewer {
  const audience = effectiveAudience({
    audience: u.audience,
    active: u.active,
    email_verified_at: u.verified ? new Date(0) : null,
    partner_expires_at:
      u.audience === 'partner' ? new Date(Date.now() + (u.expired ? -86_400_000 : 86_400_000 * 30)) : null,
  });
  if (audience === 'visitor') return { ...visitor, compartmentIds: new Set() };
  const team = audience === 'agent' ? u.orgId : null;
  const ids = new Set<string>();
  for (const s of world.spaces) {
    if (!s.room) continue;
    if (s.roomUsers.includes(u.id) || (team !== null && s.roomTeams.includes(team))) ids.add(s.id);
  }
  for (const r of world.requests) {
    const named = r.requesterId === u.id || r.assigneeId === u.id;
    const teams = team !== null && (r.queueOrgId === team || r.routedOrgId === team);
    if (named || teams) ids.add(r.compartmentId);
  }
  for (const c of world.conversations) if (c.userIds.includes(u.id)) ids.add(c.id);
  return { userId: u.id, organisationId: u.orgId, audience, roles: u.roles, compartmentIds: ids };
}

export class Oracle {
  constructor(
    readonly world: World,
    readonly viewer: Viewer,
  ) {}

  private get isGlobalModerator() {
    const v = this.viewer;
    return v.audience === 'agent' && (v.roles.includes('moderator') || v.roles.includes('admin'));
  }

  space(id: string): WSpace | undefined {
    return this.world.spaces.find((s) => s.id === id);
  }

  spaceVisible(s: WSpace): boolean {
    return canRead(this.viewer, { level: s.level, compartmentId: s.compartmentId });
  }

  canModerate(s: WSpace): boolean {
    const v = this.viewer;
    if (s.room) return v.audience === 'agent' && v.compartmentIds.has(s.id);
    const m = s.members.find((x) => x.userId === v.userId);
    const spaceModerator = v.audience === 'agent' && m?.state === 'member' && m.role !== 'member';
    return spaceModerator || this.isGlobalModerator;
  }

  isSpaceMember(s: WSpace): boolean {
    if (s.room) return this.viewer.compartmentIds.has(s.id);
    return s.members.some((m) => m.userId === this.viewer.userId && m.state === 'member');
  }

  postVisible(p: WPost): boolean {
    const s = this.space(p.spaceId)!;
    if (!this.spaceVisible(s) || !canRead(this.viewer, p)) return false;
    return !p.hidden || p.authorId === this.viewer.userId || this.canModerate(s);
  }

  commentVisible(c: WComment): boolean {
    const post = this.world.posts.find((p) => p.id === c.postId)!;
    if (!this.postVisible(post) || !canRead(this.viewer, c)) return false;
    return !c.hidden || c.authorId === this.viewer.userId || this.canModerate(this.space(c.spaceId)!);
  }

  memberFacts(u: WUser): MemberFacts {
    const assigned =
      this.viewer.userId !== null &&
      this.world.assignments.some((a) => a.memberId === this.viewer.userId && a.agentId === u.id);
    return {
      id: u.id,
      organisationId: u.orgId,
      audience: u.audience,
      listed: isListed(u),
      publicProfile: u.publicProfile,
      assignedToViewer: assigned,
    };
  }

  memberVisible(u: WUser): boolean {
    return canSeeMember(this.viewer, this.memberFacts(u));
  }

  requestVisible(compartmentId: string): boolean {
    return canRead(this.viewer, { level: 3, compartmentId });
  }

  noteVisible(compartmentId: string): boolean {
    return canRead(this.viewer, { level: 2, compartmentId });
  }

  conversationVisible(id: string): boolean {
    return canRead(this.viewer, { level: 3, compartmentId: id });
  }

  /** Content tokens and ids (spaces, rooms, posts, comments, requests, notes, messages, attachments) with their verdict. */
  content(): { token: string; id: string | null; visible: boolean }[] {
    const w = this.world;
    const out: { token: string; id: string | null; visible: boolean }[] = [];
    for (const s of w.spaces) out.push({ token: s.token, id: s.id, visible: this.spaceVisible(s) });
    for (const p of w.posts) out.push({ token: p.token, id: p.id, visible: this.postVisible(p) });
    for (const c of w.comments) out.push({ token: c.token, id: c.id, visible: this.commentVisible(c) });
    for (const r of w.requests) {
      out.push({ token: r.token, id: r.id, visible: this.requestVisible(r.compartmentId) });
      if (r.noteToken) out.push({ token: r.noteToken, id: null, visible: this.noteVisible(r.compartmentId) });
    }
    for (const c of w.conversations) out.push({ token: c.token, id: c.id, visible: this.conversationVisible(c.id) });
    for (const a of w.attachments) {
      const post = w.posts.find((p) => p.id === a.postId)!;
      out.push({ token: a.token, id: a.id, visible: this.postVisible(post) });
    }
    return out;
  }

  /** Member tokens and ids with the directory's verdict. */
  members(): { token: string; id: string; visible: boolean }[] {
    return this.world.users.map((u) => ({ token: u.token, id: u.id, visible: this.memberVisible(u) }));
  }

  notificationsVisible(): number {
    const v = this.viewer;
    if (v.userId === null) return 0;
    return this.world.notifications.filter((n) => {
      if (n.userId !== v.userId) return false;
      if (n.objectType === 'post') return this.postVisible(this.world.posts.find((p) => p.id === n.objectId)!);
      return this.commentVisible(this.world.comments.find((c) => c.id === n.objectId)!);
    }).length;
  }
}
