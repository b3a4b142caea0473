// Random network worlds for the read-path property test: organisations, accounts in every state, communities with
// members and roles, deal rooms with named members and agent teams, posts and comments with any valid label (some
// hidden), front-office files with internal notes, conversations, notifications and attachments. Every entity
// carries a unique token in its text, so a response can be searched for anything the viewer may not see.
import fc from 'fast-check';
import { defaultTlp, type Level } from '../../access/labels.ts';
import type { Audience, OrganisationKind, Role } from '../../db/schema.ts';

export const NOW = new Date();
const DAY = 86_400_000;

const ORG_KINDS: OrganisationKind[] = [
  'ministry',
  'diplomatic_post',
  'public_body',
  'company',
  'company',
  'association',
];

export const worldArb = fc.record({
  orgs: fc.array(fc.constantFrom(...ORG_KINDS), { minLength: 2, maxLength: 5 }),
  users: fc.array(
    fc.record({
      org: fc.nat(),
      audience: fc.constantFrom<Audience>('company', 'partner', 'agent', 'agent'),
      state: fc.oneof(
        { weight: 12, arbitrary: fc.constant('ok') },
        { weight: 1, arbitrary: fc.constantFrom('inactive', 'unverified', 'expired') },
      ),
      roles: fc.subarray<Role>(['moderator', 'admin']),
      publicProfile: fc.boolean(),
    }),
    { minLength: 2, maxLength: 7 },
  ),
  assignments: fc.array(fc.record({ member: fc.nat(), agent: fc.nat() }), { maxLength: 3 }),
  spaces: fc.array(
    fc.record({
      level: fc.integer({ min: 0, max: 2 }),
      raise: fc.integer({ min: 0, max: 2 }),
      members: fc.array(
        fc.record({
          user: fc.nat(),
          role: fc.constantFrom('owner' as const, 'moderator' as const, 'member' as const),
          state: fc.constantFrom('member' as const, 'member' as const, 'requested' as const, 'invited' as const),
        }),
        { maxLength: 5 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  rooms: fc.array(
    fc.record({
      company: fc.nat(),
      users: fc.array(fc.nat(), { maxLength: 4 }),
      teams: fc.array(fc.nat(), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  posts: fc.array(
    fc.record({
      container: fc.nat(),
      author: fc.nat(),
      raise: fc.integer({ min: 0, max: 2 }),
      red: fc.boolean(),
      hidden: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  comments: fc.array(
    fc.record({
      post: fc.nat(),
      author: fc.nat(),
      raise: fc.integer({ min: 0, max: 2 }),
      hidden: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    }),
    { maxLength: 8 },
  ),
  requests: fc.array(
    fc.record({
      requester: fc.nat(),
      queue: fc.nat(),
      routed: fc.option(fc.nat(), { nil: null }),
      assignee: fc.option(fc.nat(), { nil: null }),
      note: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  conversations: fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 3 }), { maxLength: 2 }),
  notifications: fc.array(fc.record({ user: fc.nat(), target: fc.nat(), onComment: fc.boolean() }), { maxLength: 6 }),
  attachments: fc.array(fc.nat(), { maxLength: 2 }),
});
export type WorldShape = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

let serial = 0;
/** A word the French stemmer keeps whole and no other entity shares: 'zq' and letters of a counter. */
export function token(): string {
  let n = ++serial;
  let word = '';
  do {
    word += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `zq${word}x`;
}

const uuidOf = (kind: number, world: number, i: number) =>
  `${kind.toString(16)}${world.toString(16).padStart(7, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

export interface WOrg {
  id: string;
  name: string;
  kind: OrganisationKind;
}
export interface WUser {
  id: string;
  token: string;
  name: string;
  email: string;
  orgId: string;
  audience: Audience;
  roles: Role[];
  active: boolean;
  verified: boolean;
  expired: boolean;
  publicProfile: boolean;
}
export interface WSpace {
  id: string;
  token: string;
  name: string;
  level: Level;
  defaultLevel: Level;
  room: boolean;
  compartmentId: string | null;
  companyId: string | null;
  members: { userId: string; role: 'owner' | 'moderator' | 'member'; state: 'member' | 'requested' | 'invited' }[];
  roomUsers: string[];
  roomTeams: string[];
}
export interface WPost {
  id: string;
  token: string;
  spaceId: string;
  authorId: string;
  level: Level;
  tlp: string;
  compartmentId: string | null;
  hidden: boolean;
}
export interface WComment extends WPost {
  postId: string;
}
export interface WRequest {
  id: string;
  reference: string;
  token: string;
  noteToken: string | null;
  compartmentId: string;
  requesterId: string;
  requesterOrgId: string;
  queueOrgId: string;
  routedOrgId: string | null;
  assigneeId: string | null;
}
export interface WConversation {
  id: string;
  token: string;
  userIds: string[];
  messageId: string;
}
export interface WNotification {
  userId: string;
  objectType: 'post' | 'comment';
  objectId: string;
}
export interface WAttachment {
  id: string;
  token: string;
  postId: string;
}

export interface World {
  index: number;
  orgs: WOrg[];
  users: WUser[];
  assignments: { memberId: string; agentId: string }[];
  spaces: WSpace[];
  posts: WPost[];
  comments: WComment[];
  requests: WRequest[];
  conversations: WConversation[];
  notifications: WNotification[];
  attachments: WAttachment[];
}

/** The shape as entities with ids and tokens; ids are deterministic per world index so they never collide. */
export function materialise(shape: WorldShape, index: number): World {
  const orgs = shape.orgs.map((kind, i) => ({ id: uuidOf(1, index, i), name: `Org ${token()}`, kind }));
  const users: WUser[] = shape.users.map((u, i) => {
    const t = token();
    const org = orgs[u.org % orgs.length]!;
    // Agents belong to public organisations, companies' members to companies: the audience follows the org kind.
    const audience: Audience = org.kind === 'company' ? 'company' : u.audience === 'company' ? 'partner' : u.audience;
    return {
      id: uuidOf(2, index, i),
      token: t,
      name: `Membre ${t}`,
      email: `${t}@probe.test`,
      orgId: org.id,
      audience,
      roles: audience === 'agent' ? u.roles : [],
      active: u.state !== 'inactive',
      verified: u.state !== 'unverified',
      expired: audience === 'partner' && u.state === 'expired',
      publicProfile: u.publicProfile,
    };
  });
  const user = (n: number) => users[n % users.length]!;
  const agents = users.filter((u) => u.audience === 'agent');
  const assignments =
    agents.length === 0
      ? []
      : dedupe(
          shape.assignments
            .map((a) => ({ memberId: user(a.member).id, agentId: agents[a.agent % agents.length]!.id }))
            .filter((a) => a.memberId !== a.agentId),
          (a) => `${a.memberId}/${a.agentId}`,
        );

  const spaces: WSpace[] = shape.spaces.map((s, i) => {
    const t = token();
    const level = s.level as Level;
    return {
      id: uuidOf(3, index, i),
      token: t,
      name: `Espace ${t}`,
      level,
      defaultLevel: Math.min(2, level + s.raise) as Level,
      room: false,
      compartmentId: null,
      companyId: null,
      members: dedupe(
        s.members.map((m) => ({ userId: user(m.user).id, role: m.role, state: m.state })),
        (m) => m.userId,
      ),
      roomUsers: [],
      roomTeams: [],
    };
  });
  const companies = orgs.filter((o) => o.kind === 'company');
  for (const [i, r] of shape.rooms.entries()) {
    if (companies.length === 0) break;
    const t = token();
    const id = uuidOf(4, index, i);
    spaces.push({
      id,
      token: t,
      name: `Salle ${t}`,
      level: 3,
      defaultLevel: 3,
      room: true,
      compartmentId: id,
      companyId: companies[r.company % companies.length]!.id,
      members: [],
      roomUsers: [...new Set(r.users.map((n) => user(n).id))],
      roomTeams: [...new Set(r.teams.map((n) => orgs[n % orgs.length]!.id))],
    });
  }

  const posts: WPost[] = shape.posts.map((p, i) => {
    const space = spaces[p.container % spaces.length]!;
    const level = (space.room ? 3 : Math.min(2, space.level + p.raise)) as Level;
    return {
      id: uuidOf(5, index, i),
      token: token(),
      spaceId: space.id,
      authorId: user(p.author).id,
      level,
      tlp: level === 3 && p.red ? 'RED' : defaultTlp(level),
      compartmentId: space.compartmentId,
      hidden: p.hidden,
    };
  });
  const comments: WComment[] = shape.comments.map((c, i) => {
    const post = posts[c.post % posts.length]!;
    const level = (post.level === 3 ? 3 : Math.min(2, post.level + c.raise)) as Level;
    return {
      id: uuidOf(6, index, i),
      token: token(),
      postId: post.id,
      spaceId: post.spaceId,
      authorId: user(c.author).id,
      level,
      tlp: level === 3 ? post.tlp : defaultTlp(level),
      compartmentId: post.compartmentId,
      hidden: c.hidden,
    };
  });

  const publicOrgs = orgs.filter((o) => o.kind !== 'company');
  const requests: WRequest[] =
    publicOrgs.length === 0
      ? []
      : shape.requests.map((r, i) => {
          const requester = user(r.requester);
          const assignee = r.assignee === null || agents.length === 0 ? null : agents[r.assignee % agents.length]!;
          return {
            id: uuidOf(7, index, i),
            reference: `DEM-2026-${String(index * 10 + i).padStart(6, '0')}`,
            token: token(),
            noteToken: r.note ? token() : null,
            compartmentId: uuidOf(8, index, i),
            requesterId: requester.id,
            requesterOrgId: requester.orgId,
            queueOrgId: publicOrgs[r.queue % publicOrgs.length]!.id,
            routedOrgId: r.routed === null ? null : publicOrgs[r.routed % publicOrgs.length]!.id,
            assigneeId: assignee?.id ?? null,
          };
        });

  const conversations: WConversation[] = shape.conversations
    .map((c, i) => ({
      id: uuidOf(9, index, i),
      token: token(),
      userIds: [...new Set(c.map((n) => user(n).id))],
      messageId: uuidOf(10, index, i),
    }))
    .filter((c) => c.userIds.length >= 2);

  const notifications: WNotification[] = shape.notifications.flatMap((n) => {
    const target =
      n.onComment && comments.length > 0 ? comments[n.target % comments.length]! : posts[n.target % posts.length]!;
    return [{ userId: user(n.user).id, objectType: 'postId' in target ? 'comment' : 'post', objectId: target.id }];
  });
  const attachments: WAttachment[] = shape.attachments.map((n, i) => ({
    id: uuidOf(11, index, i),
    token: token(),
    postId: posts[n % posts.length]!.id,
  }));
  return {
    index,
    orgs,
    users,
    assignments,
    spaces,
    posts,
    comments,
    requests,
    conversations,
    notifications,
    attachments,
  };
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export const DAY_MS = DAY;
