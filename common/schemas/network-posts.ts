// Posts, comments, reactions and the home feed of the network: request bodies and the items as a viewer sees them
// (label with its banner, author, safe HTML, counts the viewer may know of, and the viewer's abilities).
import { type Static, Type } from '@sinclair/typebox';
import { REACTION_KINDS } from '../network-terms.ts';
import {
  CursorQuery,
  DateTime,
  LabelInput,
  LabelView,
  LevelSchema,
  literals,
  MemberRef,
  NextCursor,
  Nullable,
  TlpSchema,
  Uuid,
} from './network.ts';
import { AttachmentRef } from './network-attachments.ts';

export const ReactionKindSchema = literals(REACTION_KINDS, { description: 'Kind of reaction' });
export const ReactionParams = Type.Object({ id: Type.String({ maxLength: 200 }), kind: ReactionKindSchema });

export const POST_TITLE_MAX = 200;
export const POST_BODY_MAX = 20_000;
export const COMMENT_BODY_MAX = 10_000;
export const ATTACHMENTS_PER_ITEM = 10;

const AttachmentIds = Type.Array(Uuid, {
  maxItems: ATTACHMENTS_PER_ITEM,
  uniqueItems: true,
  description: 'Ids of your pending uploads (POST /attachments), at most 10; they take the item’s label',
});

export const PostCreateBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: POST_TITLE_MAX })),
    body: Type.String({
      minLength: 1,
      maxLength: POST_BODY_MAX,
      description: 'Markdown; mentions as @[Name](user:<id>)',
    }),
    label: Type.Optional(
      Type.Object(LabelInput.properties, {
        description:
          'Defaults to the space’s default label; never below the space’s own level. In a deal room: level 3 ' +
          '(TLP:AMBER or TLP:RED) only.',
      }),
    ),
    attachmentIds: Type.Optional(AttachmentIds),
  },
  { additionalProperties: false },
);
export type PostCreateBody = Static<typeof PostCreateBody>;

export const PostPatchBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: POST_TITLE_MAX })),
    body: Type.Optional(Type.String({ minLength: 1, maxLength: POST_BODY_MAX })),
  },
  { additionalProperties: false },
);
export type PostPatchBody = Static<typeof PostPatchBody>;

export const CommentCreateBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: COMMENT_BODY_MAX, description: 'Markdown' }),
    label: Type.Optional(
      Type.Object(LabelInput.properties, {
        description: 'Defaults to the post’s label; never below it (no write-down).',
      }),
    ),
    attachmentIds: Type.Optional(AttachmentIds),
  },
  { additionalProperties: false },
);
export type CommentCreateBody = Static<typeof CommentCreateBody>;

export const CommentPatchBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: COMMENT_BODY_MAX }) },
  { additionalProperties: false },
);
export type CommentPatchBody = Static<typeof CommentPatchBody>;

export const RelabelBody = Type.Object(
  {
    level: LevelSchema,
    tlp: Type.Optional(TlpSchema),
    reason: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Required when lowering: why the item may now be read more widely' }),
    ),
  },
  { additionalProperties: false },
);
export type RelabelBody = Static<typeof RelabelBody>;

/** What the viewer may do with the item (the web app shows actions from these, never from its own rules). */
export const ItemAbilities = Type.Object({
  edit: Type.Boolean(),
  delete: Type.Boolean(),
  comment: Type.Boolean(),
  react: Type.Boolean(),
  relabel: Type.Boolean({ description: 'Raise the label (or lower it, see `lower`)' }),
  lower: Type.Boolean({ description: 'Lower the label: an explicit, audited action with a reason' }),
  hide: Type.Boolean({ description: 'Hide or restore (moderators)' }),
  report: Type.Boolean(),
});
export type ItemAbilities = Static<typeof ItemAbilities>;

export const ReactionSummary = Type.Object({
  counts: Type.Object(
    Object.fromEntries(REACTION_KINDS.map((kind) => [kind, Type.Integer({ minimum: 0 })])) as Record<
      (typeof REACTION_KINDS)[number],
      ReturnType<typeof Type.Integer>
    >,
  ),
  mine: Type.Array(ReactionKindSchema, { description: 'The viewer’s own reactions' }),
});
export type ReactionSummary = Static<typeof ReactionSummary>;

export const SpaceRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: literals(['country', 'sector', 'theme', 'deal_room'] as const),
  level: Type.Integer({ minimum: 0, maximum: 3, description: 'The space’s own level: no post goes below it' }),
});

const Hidden = Nullable(
  Type.Object(
    { at: DateTime, reason: Nullable(Type.String()) },
    { description: 'Set when a moderator hid the item: only its author and moderators see it' },
  ),
);

export const PostView = Type.Object({
  id: Uuid,
  spaceId: Uuid,
  space: SpaceRef,
  author: Nullable(MemberRef),
  title: Type.String(),
  bodyHtml: Type.String({ description: 'Sanitised HTML rendered from the Markdown' }),
  body: Nullable(Type.String({ description: 'The Markdown source, for its author only (editing)' })),
  label: LabelView,
  createdAt: DateTime,
  editedAt: Nullable(DateTime),
  hidden: Hidden,
  reactions: ReactionSummary,
  commentCount: Type.Integer({ minimum: 0, description: 'Comments the viewer may read' }),
  attachments: Type.Array(AttachmentRef),
  abilities: ItemAbilities,
});
export type PostView = Static<typeof PostView>;

export const PostStream = Type.Object({ items: Type.Array(PostView), nextCursor: NextCursor });
export type PostStream = Static<typeof PostStream>;

export const CommentView = Type.Object({
  id: Uuid,
  postId: Uuid,
  spaceId: Uuid,
  space: SpaceRef,
  author: Nullable(MemberRef),
  bodyHtml: Type.String(),
  body: Nullable(Type.String({ description: 'The Markdown source, for its author only (editing)' })),
  label: LabelView,
  createdAt: DateTime,
  editedAt: Nullable(DateTime),
  hidden: Hidden,
  attachments: Type.Array(AttachmentRef),
  abilities: ItemAbilities,
});
export type CommentView = Static<typeof CommentView>;

export const CommentStream = Type.Object({
  items: Type.Array(CommentView, { description: 'Oldest first' }),
  nextCursor: NextCursor,
});
export type CommentStream = Static<typeof CommentStream>;

export const StreamQuery = Type.Object(CursorQuery, { additionalProperties: false });
export type StreamQuery = Static<typeof StreamQuery>;

export const CommentQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ maxLength: 200, description: 'Opaque cursor from the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);
export type CommentQuery = Static<typeof CommentQuery>;
