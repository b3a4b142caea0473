// Moderation: reports of posts and comments, hiding and restoring them, suspensions of members. Moderators see
// only the reports whose target they may read.
import { type Static, Type } from '@sinclair/typebox';
import { REPORT_REASONS } from '../network-terms.ts';
import { DateTime, LabelView, literals, MemberRef, Nullable, PageInfo, PageQuery, Uuid } from './network.ts';

export const ReportTargetType = literals(['post', 'comment'] as const, { description: 'What is reported' });
export const ReportReason = literals(REPORT_REASONS, { description: 'Why it is reported' });
export const ReportStatus = literals(['open', 'resolved', 'dismissed'] as const);
export type ReportStatus = Static<typeof ReportStatus>;

/** A reason given by a moderator: kept with the item and in the audit log. */
const ModeratorText = Type.String({ minLength: 1, maxLength: 1000 });

export const ReportCreateBody = Type.Object(
  {
    targetType: ReportTargetType,
    targetId: Type.String({ maxLength: 200, description: 'Id of the post or comment' }),
    reason: ReportReason,
    details: Type.Optional(Type.String({ maxLength: 2000, description: 'What the moderators should know' })),
  },
  { additionalProperties: false },
);
export type ReportCreateBody = Static<typeof ReportCreateBody>;

export const ReportsQuery = Type.Object({
  status: Type.Optional(
    literals(['open', 'resolved', 'dismissed', 'all'] as const, { description: 'Default: open reports' }),
  ),
  reason: Type.Optional(ReportReason),
  targetType: Type.Optional(ReportTargetType),
  ...PageQuery,
});
export type ReportsQuery = Static<typeof ReportsQuery>;

export const ReportAbilities = Type.Object({
  resolve: Type.Boolean({ description: 'Resolve or dismiss (open reports)' }),
  hide: Type.Boolean({ description: 'Hide the target (visible now)' }),
  restore: Type.Boolean({ description: 'Restore the target (hidden now)' }),
});

export const ReportView = Type.Object({
  id: Uuid,
  targetType: ReportTargetType,
  targetId: Uuid,
  postId: Uuid,
  target: Type.Object({
    excerpt: Type.String({ description: 'The start of the reported text, as plain text' }),
    label: LabelView,
    author: Nullable(MemberRef),
    hidden: Nullable(Type.Object({ at: DateTime, reason: Nullable(Type.String()) })),
  }),
  space: Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: literals(['country', 'sector', 'theme', 'deal_room'] as const),
  }),
  reporter: Nullable(MemberRef),
  reason: ReportReason,
  details: Type.String(),
  status: ReportStatus,
  resolution: Nullable(Type.String()),
  resolvedBy: Nullable(MemberRef),
  resolvedAt: Nullable(DateTime),
  createdAt: DateTime,
  abilities: ReportAbilities,
});
export type ReportView = Static<typeof ReportView>;

export const ReportList = Type.Object({ items: Type.Array(ReportView), ...PageInfo });
export type ReportList = Static<typeof ReportList>;

/** What the reporter gets back: no other report, no moderator's name. */
export const ReportCreated = Type.Object({
  id: Uuid,
  status: ReportStatus,
  createdAt: DateTime,
});
export type ReportCreated = Static<typeof ReportCreated>;

export const ResolveBody = Type.Object(
  { status: literals(['resolved', 'dismissed'] as const), resolution: ModeratorText },
  { additionalProperties: false },
);
export type ResolveBody = Static<typeof ResolveBody>;

export const ModerationReasonBody = Type.Object({ reason: ModeratorText }, { additionalProperties: false });
export type ModerationReasonBody = Static<typeof ModerationReasonBody>;

/** The moderated item's state after hiding or restoring it. */
export const ModerationResult = Type.Object({
  targetType: ReportTargetType,
  id: Uuid,
  hidden: Nullable(Type.Object({ at: DateTime, reason: Nullable(Type.String()) })),
  resolvedReports: Type.Integer({ minimum: 0, description: 'Open reports of the item closed by this action' }),
});
export type ModerationResult = Static<typeof ModerationResult>;

export const SuspensionBody = Type.Object(
  {
    reason: ModeratorText,
    until: Type.Optional(Nullable(DateTime)),
  },
  { additionalProperties: false },
);
export type SuspensionBody = Static<typeof SuspensionBody>;

export const SuspensionView = Type.Object({
  id: Type.Integer(),
  member: MemberRef,
  reason: Type.String(),
  until: Nullable(DateTime),
  createdAt: DateTime,
  createdBy: Nullable(MemberRef),
  liftedAt: Nullable(DateTime),
  liftedBy: Nullable(MemberRef),
});
export type SuspensionView = Static<typeof SuspensionView>;

export const SuspensionsQuery = Type.Object({
  active: Type.Optional(Type.Boolean({ default: true, description: 'Only suspensions in force (default)' })),
  ...PageQuery,
});
export type SuspensionsQuery = Static<typeof SuspensionsQuery>;

export const SuspensionList = Type.Object({ items: Type.Array(SuspensionView), ...PageInfo });
export type SuspensionList = Static<typeof SuspensionList>;
