// Notifications in the app (list, unread count, marking read) and the e-mail settings. Every notification is
// re-checked against its object's current label when read: what the reader can no longer open is not listed.
import { type Static, Type } from '@sinclair/typebox';
import { EMAIL_MODES, NOTIFICATION_KINDS } from '../network-terms.ts';
import { CursorQuery, DateTime, LabelView, literals, MemberRef, NextCursor, Nullable, Uuid } from './network.ts';

export const NOTIFICATION_OBJECT_TYPES = ['post', 'comment', 'space', 'request', 'conversation', 'report'] as const;

export const NotificationKindSchema = literals(NOTIFICATION_KINDS);
export const EmailModeSchema = literals(EMAIL_MODES, {
  description: 'off: no e-mail; immediate: one e-mail per notification; daily: one digest a day',
});

export const NotificationListQuery = Type.Object({
  unread: Type.Optional(Type.Boolean({ description: 'Only the unread ones' })),
  ...CursorQuery,
});
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const NotificationView = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  kind: NotificationKindSchema,
  text: Type.String({ description: 'What happened, in words: "Marie Dupont vous a mentionné"' }),
  actor: Type.Union([MemberRef, Type.Null()], {
    description: 'Who did it; null when the directory rule hides them from you (the text says "un membre")',
  }),
  object: Type.Object({
    type: literals(NOTIFICATION_OBJECT_TYPES),
    id: Uuid,
    title: Nullable(Type.String({ description: 'Title or name of the object' })),
    excerpt: Nullable(Type.String({ description: 'A short plain-text excerpt' })),
    label: LabelView,
  }),
  link: Type.String({ description: 'Path of the object in the web app' }),
  createdAt: DateTime,
  read: Type.Boolean(),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationList = Type.Object({
  items: Type.Array(NotificationView),
  nextCursor: NextCursor,
});
export type NotificationList = Static<typeof NotificationList>;

export const NotificationCount = Type.Object({
  unread: Type.Integer({ minimum: 0, description: 'Unread notifications you can still open' }),
});
export type NotificationCount = Static<typeof NotificationCount>;

export const NotificationReadBody = Type.Object(
  {
    ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 200, uniqueItems: true })),
    all: Type.Optional(Type.Literal(true, { description: 'Mark every notification read' })),
  },
  { additionalProperties: false },
);
export type NotificationReadBody = Static<typeof NotificationReadBody>;

export const NotificationSettingsBody = Type.Object(
  {
    email: EmailModeSchema,
    digestHour: Type.Integer({
      minimum: 0,
      maximum: 23,
      description: 'Hour of the daily digest, Paris time (Europe/Paris)',
    }),
  },
  { additionalProperties: false },
);
export type NotificationSettingsBody = Static<typeof NotificationSettingsBody>;

export const NotificationSettings = Type.Object({
  email: EmailModeSchema,
  digestHour: Type.Integer({ minimum: 0, maximum: 23 }),
  timeZone: Type.Literal('Europe/Paris'),
});
export type NotificationSettings = Static<typeof NotificationSettings>;
