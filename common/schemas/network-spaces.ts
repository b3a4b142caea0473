// Spaces: communities by country, sector or theme (each with its own label, who may know it exists, and a default
// level for new posts), their membership (open, on request, by invitation) and roles (owner, moderator, member).
// Deal rooms are spaces too, but are listed and managed under /deal-rooms; GET /spaces/{id} shows one to its members.
import { type Static, Type } from '@sinclair/typebox';
import { SPACE_KINDS, SPACE_MEMBERSHIPS, SPACE_ROLES } from '../network-terms.ts';
import {
  DateTime,
  Iso2,
  LabelView,
  literals,
  MemberRef,
  Nullable,
  PageInfo,
  PageQuery,
  SectorSchema,
  Uuid,
} from './network.ts';

export const SPACE_LIMITS = { name: 120, description: 2000, reason: 500 } as const;

export const CommunityKindSchema = literals(SPACE_KINDS, { description: 'country, sector or theme' });
export const SpaceKindSchema = literals([...SPACE_KINDS, 'deal_room'] as const, {
  description: 'A community (country, sector, theme) or, for its members only, a deal room',
});
export const SpaceMembershipSchema = literals(SPACE_MEMBERSHIPS, {
  description: 'open: anyone who sees the space joins; request: a moderator approves; invitation: invited only',
});
export const SpaceRoleSchema = literals(SPACE_ROLES, { description: 'owner and moderator are for agents only' });
export const MemberStateSchema = literals(['member', 'requested', 'invited'] as const, {
  description: 'member; requested (waiting for a moderator); invited (waiting for the invitee)',
});
/** Community levels: 0 Public, 1 Communauté, 2 Agents (level 3 is for deal rooms). */
export const CommunityLevelSchema = Type.Integer({
  minimum: 0,
  maximum: 2,
  description: '0 Public (TLP:CLEAR), 1 Communauté (TLP:GREEN), 2 Agents (TLP:AMBER+STRICT: invisible to others)',
});

export const SpaceAbilities = Type.Object({
  join: Type.Boolean({ description: 'May join now (an open space, or accept an invitation): POST members `{}`' }),
  requestToJoin: Type.Boolean({ description: 'May ask to join (space on request): POST members `{}`' }),
  leave: Type.Boolean({ description: 'May leave (not the last owner)' }),
  post: Type.Boolean({ description: 'May post (a member, the space not archived)' }),
  moderate: Type.Boolean({ description: 'May hide and restore content and manage members' }),
  edit: Type.Boolean({ description: 'May change the name, description, label, membership policy, archive' }),
  invite: Type.Boolean({ description: 'May invite members and approve requests' }),
});
export type SpaceAbilities = Static<typeof SpaceAbilities>;

/** A space as lists show it. */
export const SpaceSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  kind: SpaceKindSchema,
  country: Nullable(Iso2),
  sector: Nullable(SectorSchema),
  label: LabelView,
  defaultLabel: LabelView,
  membership: SpaceMembershipSchema,
  memberCount: Type.Integer({ minimum: 0 }),
  role: Nullable(SpaceRoleSchema),
  state: Nullable(MemberStateSchema),
  archived: Type.Boolean(),
  createdAt: DateTime,
  abilities: SpaceAbilities,
});
export type SpaceSummary = Static<typeof SpaceSummary>;

/** One space: the summary plus who created it (if the directory shows them) and pending requests (moderators). */
export const SpaceView = Type.Object({
  ...SpaceSummary.properties,
  archivedAt: Nullable(DateTime),
  createdBy: Nullable(MemberRef),
  pendingRequests: Nullable(
    Type.Integer({ minimum: 0, description: 'Requests waiting for approval (shown to moderators only)' }),
  ),
});
export type SpaceView = Static<typeof SpaceView>;

export const SpaceListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name or description (French)' })),
  kind: Type.Optional(CommunityKindSchema),
  country: Type.Optional(Iso2),
  sector: Type.Optional(SectorSchema),
  mine: Type.Optional(Type.Boolean({ description: 'Only spaces you are a member of' })),
  state: Type.Optional(MemberStateSchema),
  archived: Type.Optional(Type.Boolean({ description: 'Only archived (true) or only active (false) spaces' })),
  ...PageQuery,
});
export type SpaceListQuery = Static<typeof SpaceListQuery>;

export const SpaceList = Type.Object({ items: Type.Array(SpaceSummary), ...PageInfo });
export type SpaceList = Static<typeof SpaceList>;

const Name = Type.String({ minLength: 1, maxLength: SPACE_LIMITS.name, description: 'No classification marking' });
const Description = Type.String({
  maxLength: SPACE_LIMITS.description,
  description: 'Plain text, no classification marking',
});

export const SpaceCreateBody = Type.Object(
  {
    name: Name,
    description: Type.Optional(Description),
    kind: CommunityKindSchema,
    // country is required for kind country, sector for kind sector (checked by the service, 400 naming the field).
    country: Type.Optional(Nullable(Iso2)),
    sector: Type.Optional(Nullable(SectorSchema)),
    level: CommunityLevelSchema,
    defaultLevel: Type.Optional(CommunityLevelSchema),
    membership: Type.Optional(SpaceMembershipSchema),
  },
  { additionalProperties: false },
);
export type SpaceCreateBody = Static<typeof SpaceCreateBody>;

export const SpacePatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    membership: Type.Optional(SpaceMembershipSchema),
    level: Type.Optional(CommunityLevelSchema),
    defaultLevel: Type.Optional(CommunityLevelSchema),
    lowerLevel: Type.Optional(
      Type.Boolean({ description: 'Confirms that the space’s level is lowered (shown to more people)' }),
    ),
    reason: Type.Optional(
      Type.String({ maxLength: SPACE_LIMITS.reason, description: 'Why the level is lowered (required then)' }),
    ),
    archived: Type.Optional(Type.Boolean({ description: 'Archive (no new posts, still readable) or unarchive' })),
  },
  { additionalProperties: false },
);
export type SpacePatchBody = Static<typeof SpacePatchBody>;

export const SpaceMemberAbilities = Type.Object({
  approve: Type.Boolean({ description: 'May approve this request (moderators) or accept this invitation (you)' }),
  changeRole: Type.Boolean({ description: 'May change this member’s role (owners)' }),
  remove: Type.Boolean({ description: 'May remove, reject or revoke (moderators), or leave / decline (you)' }),
});

export const SpaceMember = Type.Object({
  ...MemberRef.properties,
  role: SpaceRoleSchema,
  state: MemberStateSchema,
  since: DateTime,
  abilities: SpaceMemberAbilities,
});
export type SpaceMember = Static<typeof SpaceMember>;

export const SpaceMembersQuery = Type.Object({
  state: Type.Optional(
    literals(['member', 'requested', 'invited'] as const, {
      description: 'member (default); requested and invited: moderators only',
    }),
  ),
  ...PageQuery,
});
export type SpaceMembersQuery = Static<typeof SpaceMembersQuery>;

export const SpaceMemberList = Type.Object({
  items: Type.Array(SpaceMember),
  total: Type.Integer({ minimum: 0, description: 'Everyone in this state, including those the directory hides' }),
  hiddenCount: Type.Integer({ minimum: 0, description: 'Of `total`, those you cannot see in the directory' }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  pendingRequests: Nullable(Type.Integer({ minimum: 0, description: 'Requests waiting (moderators only)' })),
});
export type SpaceMemberList = Static<typeof SpaceMemberList>;

export const SpaceMemberAddBody = Type.Object(
  {
    userId: Type.Optional(Uuid),
    role: Type.Optional(SpaceRoleSchema),
  },
  { additionalProperties: false, description: '`{}`: join or ask to join; `{userId, role?}`: invite (moderators)' },
);
export type SpaceMemberAddBody = Static<typeof SpaceMemberAddBody>;

export const SpaceMemberPatchBody = Type.Object(
  {
    state: Type.Optional(Type.Literal('member', { description: 'Approve a request, or accept your invitation' })),
    role: Type.Optional(SpaceRoleSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SpaceMemberPatchBody = Static<typeof SpaceMemberPatchBody>;

export const SpaceMemberParams = Type.Object({
  id: Type.String({ maxLength: 200 }),
  userId: Type.String({ maxLength: 200 }),
});
