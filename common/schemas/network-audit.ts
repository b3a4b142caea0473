// The audit log as administrators browse and export it. The log is append-only; an entry about something the
// administrator may not read (a deal room they are not in, its posts, a conversation...) shows who, what action
// and when, but neither the object's id, its title nor the details.
import { type Static, Type } from '@sinclair/typebox';
import { DateTime, MemberRef, Nullable, PageQuery, Uuid } from './network.ts';

const When = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
  description: 'A date (YYYY-MM-DD, a whole day in UTC) or a date-time (ISO 8601)',
});

export const AuditFilters = {
  actor: Type.Optional(Uuid),
  action: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'An action (e.g. restricted.read), or a prefix ending with * (e.g. deal_room.*)',
    }),
  ),
  objectType: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'e.g. post, deal_room, user' })),
  objectId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  from: Type.Optional(When),
  to: Type.Optional(When),
};

export const AuditQuery = Type.Object({
  ...AuditFilters,
  page: PageQuery.page,
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
});
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditExportQuery = Type.Object(AuditFilters);
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const AuditEntryView = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  at: DateTime,
  actor: Nullable(MemberRef),
  actorId: Nullable(Type.String({ description: 'Kept when the account no longer exists' })),
  action: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String({ description: 'Null when the entry is restricted' })),
  objectTitle: Nullable(Type.String({ description: 'Only for objects you may read' })),
  restricted: Type.Boolean({
    description: 'The entry concerns something you may not read: its object and details are withheld',
  }),
  details: Type.Record(Type.String(), Type.Unknown()),
  ip: Nullable(Type.String()),
});
export type AuditEntryView = Static<typeof AuditEntryView>;

export const AuditList = Type.Object({
  items: Type.Array(AuditEntryView),
  total: Type.Integer({ minimum: 0 }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
});
export type AuditList = Static<typeof AuditList>;
