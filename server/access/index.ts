// The access policy: the one place where visibility is decided. Read paths filter with `visibleTo` (SQL)
// or `canRead` (one item, live events); write paths check labels here. See docs/access-policy.md.

export { type AuditEntry, appendAudit, type ReadItem, recordRestrictedReads } from './audit.ts';
export {
  assignedAgentIds,
  canMessage,
  canSeeMember,
  isAdmin,
  listedMember,
  type MemberFacts,
  memberVisibleTo,
  messageableBy,
} from './directory.ts';
export {
  banner,
  defaultTlp,
  isLevel,
  isTlp,
  type Label,
  LEVEL_NAMES,
  LEVEL_READERS,
  LEVELS,
  type Level,
  labelAt,
  TLPS,
  TLPS_BY_LEVEL,
  type Tlp,
  validateLabel,
  viewerLevel,
} from './labels.ts';
export { assertNoClassificationMarking, findClassificationMarking, REFUSED_MARKINGS } from './markings.ts';
export {
  buildViewer,
  type CompartmentSubject,
  loadCompartmentIds,
  loadCompartmentIdsForMany,
  type ViewerAccount,
} from './membership.ts';
export { canRead, type LabelColumns, type LabelledItem, visibleTo } from './policy.ts';
export {
  type AccountState,
  effectiveAudience,
  type Viewer,
  type ViewerAudience,
  visitor,
} from './viewer.ts';
export { assertCanCreate, assertCanLower, canCreateCompartment, canWriteChild, type OwnedItem } from './write.ts';
