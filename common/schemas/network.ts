// Schema pieces every network feature shares: labels and their banner, member references, ids and pages.
// Feature schemas live beside this file (network-members.ts, network-spaces.ts...).
import { type Static, Type } from '@sinclair/typebox';
import { DateTime, Iso2, literals, Nullable, SectorSchema } from './portal.ts';

export { DateTime, Iso2, literals, Nullable, SectorSchema };

export const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'Identifier (UUID)',
});
/** Path ids are any string up to 200 characters: an unknown or malformed id answers 404 like a hidden one. */
export const IdParams = Type.Object({ id: Type.String({ maxLength: 200 }) });

export const LevelSchema = Type.Integer({
  minimum: 0,
  maximum: 3,
  description:
    '0 Public (TLP:CLEAR), 1 Communauté (TLP:GREEN), 2 Agents (TLP:AMBER+STRICT), 3 Restreint (TLP:AMBER or RED)',
});
export const TlpSchema = literals(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const, {
  description: 'Traffic Light Protocol 2.0 marking; each level takes its own (level 3: AMBER or RED)',
});

/** The label an item carries, with the banner shown above it (in the request's language). */
export const LabelView = Type.Object({
  level: LevelSchema,
  tlp: TlpSchema,
  banner: Type.Object({
    name: Type.String({ description: 'Level name, e.g. "Agents"' }),
    tlp: Type.String({ description: 'e.g. "TLP:AMBER+STRICT"' }),
    readers: Type.String({ description: 'Who may read, in words' }),
  }),
});
export type LabelView = Static<typeof LabelView>;

/** A label asked for by a writer; the tlp defaults to the level's first marking. */
export const LabelInput = Type.Object({
  level: LevelSchema,
  tlp: Type.Optional(TlpSchema),
});

export const AudienceSchema = literals(['company', 'partner', 'agent'] as const);

/** A member as other members see them next to content (author, participant, assignee). */
export const MemberRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  audience: AudienceSchema,
  organisation: Type.String({ description: 'Organisation name' }),
  verified: Type.Boolean(),
});
export type MemberRef = Static<typeof MemberRef>;

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};
export const PageInfo = {
  total: Type.Integer({ minimum: 0, description: 'How many items the viewer may see in all' }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
};

/** Keyset pages for streams (feed, posts of a space, messages): pass `nextCursor` back as `before`. */
export const CursorQuery = {
  before: Type.Optional(Type.String({ maxLength: 200, description: 'Opaque cursor from the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
};
export const NextCursor = Nullable(Type.String({ description: 'Cursor of the next page, null at the end' }));
