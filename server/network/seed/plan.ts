// The shape of a seeded network before it is written: organisations, members, communities, deal rooms,
// front-office requests, conversations, and the content (posts, comments, reactions) as a stream of batches
// so that a million posts never sit in memory at once. generic.ts and small.ts build plans; insert.ts writes them.
import type { Level } from '../../access/labels.ts';
import type { Audience, OrganisationKind, Role } from '../../db/schema.ts';

export interface PlanOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string | null;
  /** Already in the database (found by name): referenced, not inserted. */
  existing: boolean;
}

export interface PlanProfile {
  title: string;
  country: string | null;
  sectors: string[];
  expertise: string[];
  languages: string[];
  bio: string;
  publicProfile: boolean;
  verifiedAt: Date | null;
}

export interface PlanUser {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  audience: Audience;
  roles: Role[];
  lang: 'fr' | 'en';
  createdAt: Date;
  partnerExpiresAt: Date | null;
  /** An account of server/seed/demo.ts that already exists: not inserted again, its profile only if it has none. */
  existing: boolean;
  profile: PlanProfile;
}

export interface PlanSpace {
  id: string;
  kind: 'country' | 'sector' | 'theme';
  name: string;
  description: string;
  country: string | null;
  sector: string | null;
  level: 0 | 1 | 2;
  defaultLevel: 0 | 1 | 2;
  membership: 'open' | 'request' | 'invitation';
  createdBy: string;
  createdAt: Date;
}

export interface PlanSpaceMember {
  spaceId: string;
  userId: string;
  role: 'owner' | 'moderator' | 'member';
  state: 'member' | 'requested' | 'invited';
  invitedBy: string | null;
  createdAt: Date;
}

export interface PlanRoom {
  /** The compartment's, the space's and the deal room's id. */
  id: string;
  name: string;
  /** The lead company, then consortium members (if any). */
  companyIds: string[];
  project: string;
  sector: string;
  country: string;
  consortium: boolean;
  status: 'open' | 'closed';
  createdBy: string;
  createdAt: Date;
  /** Named members (the creator first). */
  userIds: string[];
  /** Agent teams (organisations). */
  teamIds: string[];
  requestId: string | null;
}

export interface PlanAssignment {
  memberId: string;
  agentId: string;
  reason: 'request' | 'deal_room' | 'manual';
}

export interface PlanRequestEvent {
  at: Date;
  actorId: string | null;
  kind: 'created' | 'assigned' | 'routed' | 'routing_message' | 'status' | 'note' | 'deal_room';
  status: string | null;
  details: Record<string, unknown>;
  body: string | null;
  /** 3: the whole company file; 2: its agents only. */
  level: 2 | 3;
}

export interface PlanRequest {
  id: string;
  /** The company file (compartment) of the request. */
  compartmentId: string;
  companyName: string;
  countries: string[];
  sector: string;
  need: string;
  message: string;
  requesterId: string;
  contactName: string;
  email: string;
  organisationId: string;
  status: 'new' | 'triaged' | 'routed' | 'in_progress' | 'closed';
  queueId: string | null;
  assigneeId: string | null;
  routedToId: string | null;
  routedContactId: string | null;
  dealRoomId: string | null;
  amountEur: number | null;
  createdAt: Date;
  triagedAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  /** Named members of the file (requester, assignee, routed contact) and agent teams (queue, routed organisation). */
  userIds: string[];
  teamIds: string[];
  events: PlanRequestEvent[];
}

export interface PlanMessage {
  id: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

export interface PlanConversation {
  id: string;
  title: string;
  createdBy: string;
  userIds: string[];
  messages: PlanMessage[];
}

export interface PlanPost {
  id: string;
  spaceId: string;
  authorId: string;
  title: string;
  body: string;
  html: string;
  level: Level;
  tlp: string;
  compartmentId: string | null;
  createdAt: Date;
  editedAt: Date | null;
  hidden: { by: string; reason: string } | null;
}

export interface PlanComment {
  id: string;
  postId: string;
  spaceId: string;
  authorId: string;
  body: string;
  html: string;
  level: Level;
  tlp: string;
  compartmentId: string | null;
  createdAt: Date;
}

export interface PlanReaction {
  postId: string;
  userId: string;
  kind: 'like' | 'thanks' | 'insightful' | 'support';
  spaceId: string;
  createdAt: Date;
}

export interface ContentBatch {
  posts: PlanPost[];
  comments: PlanComment[];
  reactions: PlanReaction[];
}

export interface NetworkPlan {
  organisations: PlanOrganisation[];
  users: PlanUser[];
  spaces: PlanSpace[];
  spaceMembers: PlanSpaceMember[];
  rooms: PlanRoom[];
  assignments: PlanAssignment[];
  requests: PlanRequest[];
  conversations: PlanConversation[];
  /** How many posts `content()` will yield in all (for progress). */
  postCount: number;
  /** Posts in chronological order, with their comments and reactions, in batches. */
  content(): Iterable<ContentBatch>;
}

export const DAY_MS = 86_400_000;

/** The TLP a level carries by default (level 3: AMBER, or RED for the most sensitive). */
export const tlpOf = (level: Level, red = false): string =>
  level === 3 ? (red ? 'RED' : 'AMBER') : (['CLEAR', 'GREEN', 'AMBER+STRICT'] as const)[level];
