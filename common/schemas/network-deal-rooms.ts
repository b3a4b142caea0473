// Deal rooms: need-to-know compartments around one company's project (level 3, TLP:AMBER). Request bodies and
// the room, its companies and its members as a member of the room sees them. Posts go through /spaces/{id}/posts.
import { type Static, Type } from '@sinclair/typebox';
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

export const DEAL_ROOM_STATUSES = ['open', 'closed'] as const;
export const DealRoomStatusSchema = literals(DEAL_ROOM_STATUSES, { description: 'open, or closed (read-only)' });

const Name = Type.String({ minLength: 1, maxLength: 120, description: 'Name of the room (no classification marking)' });
const Description = Type.String({ maxLength: 2000 });
const Project = Type.String({ maxLength: 2000, description: 'The project the room is about' });

export const DealRoomCreateBody = Type.Object(
  {
    name: Name,
    description: Type.Optional(Description),
    project: Type.Optional(Project),
    companyId: Type.String({ maxLength: 200, description: 'The company (organisation of kind company)' }),
    sector: SectorSchema,
    country: Iso2,
    consortium: Type.Optional(Type.Boolean({ description: 'Declared consortium: other companies may be added' })),
    memberIds: Type.Array(Type.String({ maxLength: 200 }), {
      maxItems: 100,
      description: 'Named members besides you: users of the company, agents and partners',
    }),
    teamOrganisationIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 200 }), {
        maxItems: 20,
        description: 'Agent teams: organisations of agents whose agents all take part',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DealRoomCreateBody = Static<typeof DealRoomCreateBody>;

export const DealRoomCreated = Type.Object({ id: Uuid });

export const DealRoomPatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    project: Type.Optional(Project),
    status: Type.Optional(DealRoomStatusSchema),
    consortium: Type.Optional(
      Type.Boolean({ description: 'Declare (true) or withdraw (false, one company only) a consortium' }),
    ),
  },
  { additionalProperties: false },
);
export type DealRoomPatchBody = Static<typeof DealRoomPatchBody>;

export const DealRoomCompany = Type.Object({ id: Uuid, name: Type.String() });

export const DealRoomAbilities = Type.Object({
  post: Type.Boolean({ description: 'May post in the room (open rooms)' }),
  edit: Type.Boolean({ description: 'May rename, describe, close or reopen the room (its agents)' }),
  manageMembers: Type.Boolean({ description: 'May add and remove members and companies (its agents)' }),
});

export const DealRoomSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  project: Type.String(),
  sector: SectorSchema,
  country: Iso2,
  consortium: Type.Boolean(),
  status: DealRoomStatusSchema,
  companies: Type.Array(DealRoomCompany),
  memberCount: Type.Integer({ minimum: 0, description: 'Named members' }),
  label: LabelView,
  createdAt: DateTime,
});
export type DealRoomSummary = Static<typeof DealRoomSummary>;

export const DealRoom = Type.Object({
  ...DealRoomSummary.properties,
  requestId: Nullable(Uuid),
  abilities: DealRoomAbilities,
});
export type DealRoom = Static<typeof DealRoom>;

export const DealRoomListQuery = Type.Object({
  status: Type.Optional(DealRoomStatusSchema),
  ...PageQuery,
});
export const DealRoomList = Type.Object({ items: Type.Array(DealRoomSummary), ...PageInfo });
export type DealRoomList = Static<typeof DealRoomList>;

export const DealRoomMember = Type.Object({ ...MemberRef.properties, addedAt: DateTime });
export const DealRoomTeam = Type.Object({ id: Uuid, name: Type.String(), addedAt: DateTime });
export const DealRoomMembers = Type.Object({
  members: Type.Array(DealRoomMember),
  teams: Type.Array(DealRoomTeam, { description: 'Agent teams: every agent of these organisations takes part' }),
  abilities: Type.Object({ manage: Type.Boolean() }),
});
export type DealRoomMembers = Static<typeof DealRoomMembers>;

export const DealRoomMemberBody = Type.Object(
  {
    userId: Type.Optional(Type.String({ maxLength: 200, description: 'A named member' })),
    organisationId: Type.Optional(Type.String({ maxLength: 200, description: 'An agent team' })),
  },
  { additionalProperties: false, description: 'Exactly one of userId and organisationId' },
);
export type DealRoomMemberBody = Static<typeof DealRoomMemberBody>;

export const DealRoomMemberParams = Type.Object({
  id: Type.String({ maxLength: 200 }),
  memberId: Type.String({ maxLength: 200, description: 'User id or organisation (team) id' }),
});

export const DealRoomCompanyBody = Type.Object(
  {
    organisationId: Type.String({ maxLength: 200, description: 'A company' }),
    confirmConflict: Type.Optional(
      Type.Boolean({ description: 'Add it despite its other rooms or requests in this sector and country' }),
    ),
  },
  { additionalProperties: false },
);
export type DealRoomCompanyBody = Static<typeof DealRoomCompanyBody>;

export const DealRoomCandidatesQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  companyId: Type.Optional(Type.String({ maxLength: 200, description: 'Creating a room: its company' })),
  roomId: Type.Optional(Type.String({ maxLength: 200, description: 'Adding to a room: its companies count' })),
});
export const DealRoomCandidates = Type.Object({ items: Type.Array(MemberRef) });
export type DealRoomCandidates = Static<typeof DealRoomCandidates>;
