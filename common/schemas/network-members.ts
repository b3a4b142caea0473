// Members and the directory: profiles (post, country, sectors, expertise, languages, bio), the directory with its
// filters, one member's page, mention autocomplete, verification badges, deactivation and agent assignments.
import { type Static, Type } from '@sinclair/typebox';
import { PROFILE_LANGUAGES } from '../network-terms.ts';
import {
  AudienceSchema,
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

export const PROFILE_LIMITS = { title: 200, bio: 2000, expertiseItems: 20, expertiseLength: 60 } as const;

export const ProfileLanguageSchema = literals(PROFILE_LANGUAGES, { description: 'ISO 639-1 language code' });

const Title = Type.String({
  maxLength: PROFILE_LIMITS.title,
  description: 'Post or job title, e.g. "Conseiller économique" (no classification marking)',
});
const Bio = Type.String({ maxLength: PROFILE_LIMITS.bio, description: 'A short presentation, plain text' });
const Expertise = Type.Array(Type.String({ minLength: 1, maxLength: PROFILE_LIMITS.expertiseLength }), {
  maxItems: PROFILE_LIMITS.expertiseItems,
  description: 'Free tags (at most 20, 60 characters each)',
});

/** PUT /profile: fields left out keep their current value. */
export const ProfileBody = Type.Object(
  {
    title: Type.Optional(Title),
    country: Type.Optional(Nullable(Iso2)),
    sectors: Type.Optional(Type.Array(SectorSchema, { uniqueItems: true, maxItems: 20 })),
    expertise: Type.Optional(Expertise),
    languages: Type.Optional(Type.Array(ProfileLanguageSchema, { uniqueItems: true, maxItems: 20 })),
    bio: Type.Optional(Bio),
    publicProfile: Type.Optional(
      Type.Boolean({ description: 'Listed to every signed-in member (otherwise: agents, colleagues, assigned)' }),
    ),
  },
  { additionalProperties: false },
);
export type ProfileBody = Static<typeof ProfileBody>;

export const MemberAbilities = Type.Object({
  verify: Type.Boolean({ description: 'May give or withdraw the verification badge (agents, not on themselves)' }),
  deactivate: Type.Boolean({ description: 'May deactivate or reactivate the account (admins, not themselves)' }),
  message: Type.Boolean({ description: 'May write to this member (the messaging rule)' }),
  assign: Type.Boolean({ description: 'May assign agents to this company or partner member (agents)' }),
  editProfile: Type.Boolean({ description: 'This is you: you may edit the profile' }),
});

/** A member as the directory lists them. */
export const MemberSummary = Type.Object({
  ...MemberRef.properties,
  organisationId: Uuid,
  title: Type.String(),
  country: Nullable(Iso2),
  sectors: Type.Array(SectorSchema),
  expertise: Type.Array(Type.String()),
  languages: Type.Array(ProfileLanguageSchema),
  publicProfile: Type.Boolean(),
  deactivated: Type.Boolean({ description: 'The account is deactivated (only administrators see such members)' }),
  assignedToYou: Type.Boolean({
    description: 'For companies and partners: an agent assigned to you; for agents: a member you are assigned to',
  }),
  abilities: MemberAbilities,
});
export type MemberSummary = Static<typeof MemberSummary>;

export const MemberSpace = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: literals(['country', 'sector', 'theme'] as const),
  label: LabelView,
});

/** One member's page: the summary plus bio, the spaces you can see them in and (agents, themselves) their agents. */
export const MemberProfile = Type.Object({
  ...MemberSummary.properties,
  bio: Type.String(),
  verifiedAt: Nullable(DateTime),
  spaces: Type.Array(MemberSpace, { description: 'Communities the member belongs to that you can see' }),
  assignedAgents: Type.Array(MemberRef, {
    description: 'Agents assigned to this company or partner member (shown to agents and to the member)',
  }),
});
export type MemberProfile = Static<typeof MemberProfile>;

export const MemberListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of a name, organisation, post, expertise' })),
  audience: Type.Optional(AudienceSchema),
  country: Type.Optional(Iso2),
  sector: Type.Optional(SectorSchema),
  organisation: Type.Optional(Uuid),
  verified: Type.Optional(Type.Boolean()),
  ...PageQuery,
});
export type MemberListQuery = Static<typeof MemberListQuery>;

export const MemberList = Type.Object({ items: Type.Array(MemberSummary), ...PageInfo });
export type MemberList = Static<typeof MemberList>;

export const AUTOCOMPLETE_LIMIT = 8;

export const AutocompleteQuery = Type.Object({
  q: Type.String({ maxLength: 100, description: 'Beginning of a word of the name' }),
  spaceId: Type.Optional(
    Type.String({ maxLength: 200, description: 'Only members who can read this space (or deal room)' }),
  ),
});
export const AutocompleteResult = Type.Object({ items: Type.Array(MemberRef, { maxItems: AUTOCOMPLETE_LIMIT }) });
export type AutocompleteResult = Static<typeof AutocompleteResult>;

export const DeactivationBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500, description: 'Recorded in the audit log' })) },
  { additionalProperties: false },
);

export const AssignmentBody = Type.Object(
  { agentId: Type.Optional(Type.String({ maxLength: 200, description: 'The agent to assign (default: you)' })) },
  { additionalProperties: false },
);
export const AssignmentParams = Type.Object({
  id: Type.String({ maxLength: 200 }),
  agentId: Type.String({ maxLength: 200 }),
});
export const AssignedAgents = Type.Object({ items: Type.Array(MemberRef) });
export type AssignedAgents = Static<typeof AssignedAgents>;
