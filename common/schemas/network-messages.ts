// Direct messages: conversations (one to one and small groups) whose participants are the named members of a
// compartment; every message is level 3 TLP:RED in it. Outsiders write only to the agents assigned to them.
import { type Static, Type } from '@sinclair/typebox';
import {
  CursorQuery,
  DateTime,
  LabelView,
  MemberRef,
  NextCursor,
  Nullable,
  PageInfo,
  PageQuery,
  Uuid,
} from './network.ts';

export const MESSAGE_BODY_MAX = 10_000;
export const CONVERSATION_TITLE_MAX = 120;
export const CONVERSATION_MAX_OTHERS = 8;

const MessageText = Type.String({
  minLength: 1,
  maxLength: MESSAGE_BODY_MAX,
  description: 'Markdown (no classification marking)',
});

export const ConversationCreateBody = Type.Object(
  {
    participantIds: Type.Array(Type.String({ maxLength: 200 }), {
      minItems: 1,
      maxItems: CONVERSATION_MAX_OTHERS,
      description: 'The people you write to (1 to 8, yourself excluded); see GET /messages/recipients',
    }),
    title: Type.Optional(Type.String({ maxLength: CONVERSATION_TITLE_MAX })),
    body: MessageText,
  },
  { additionalProperties: false },
);
export type ConversationCreateBody = Static<typeof ConversationCreateBody>;

export const MessageCreateBody = Type.Object({ body: MessageText }, { additionalProperties: false });
export type MessageCreateBody = Static<typeof MessageCreateBody>;

export const MessageView = Type.Object({
  id: Uuid,
  author: Nullable(MemberRef),
  bodyHtml: Type.String({ description: 'Safe HTML rendered from the Markdown' }),
  createdAt: DateTime,
  mine: Type.Boolean(),
  label: LabelView,
});
export type MessageView = Static<typeof MessageView>;

export const ConversationCreated = Type.Object({
  id: Uuid,
  message: MessageView,
  reused: Type.Boolean({ description: 'An existing one-to-one conversation with the same person was continued' }),
});
export type ConversationCreated = Static<typeof ConversationCreated>;

export const ConversationSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  participants: Type.Array(MemberRef, { description: 'Everyone in the conversation, you included' }),
  lastMessage: Nullable(Type.Object({ excerpt: Type.String(), authorId: Nullable(Uuid), createdAt: DateTime })),
  unread: Type.Integer({ minimum: 0, description: 'Messages from others since you last opened it' }),
  lastMessageAt: DateTime,
  label: LabelView,
});
export type ConversationSummary = Static<typeof ConversationSummary>;

export const ConversationListQuery = Type.Object({ ...PageQuery });
export const ConversationList = Type.Object({ items: Type.Array(ConversationSummary), ...PageInfo });
export type ConversationList = Static<typeof ConversationList>;

export const ConversationQuery = Type.Object({ ...CursorQuery });
export const Conversation = Type.Object({
  id: Uuid,
  title: Type.String(),
  participants: Type.Array(MemberRef),
  label: LabelView,
  messages: Type.Array(MessageView, { description: 'Newest first' }),
  nextCursor: NextCursor,
  abilities: Type.Object({ reply: Type.Boolean() }),
});
export type Conversation = Static<typeof Conversation>;

export const RecipientQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a name' })),
  id: Type.Optional(Type.String({ maxLength: 200, description: 'One person by id (e.g. to pre-fill a form)' })),
});
export const RecipientList = Type.Object({ items: Type.Array(MemberRef, { maxItems: 10 }) });
export type RecipientList = Static<typeof RecipientList>;
