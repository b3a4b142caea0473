// The web app's view of /api/auth: every type is derived from the shared TypeBox schemas, never re-declared.
import type { Static } from '@sinclair/typebox';
import type {
  Accepted as AcceptedSchema,
  AcceptInvitationBody as AcceptInvitationBodySchema,
  InvitationCreated as InvitationCreatedSchema,
  InvitationPreview as InvitationPreviewSchema,
  LogoutResult as LogoutResultSchema,
  OrganisationList as OrganisationListSchema,
  ProfileBody as ProfileBodySchema,
  RecoveryCodes as RecoveryCodesSchema,
  ResetBody as ResetBodySchema,
  TotpDisableBody as TotpDisableBodySchema,
  TotpSetup as TotpSetupSchema,
  TotpVerifyBody as TotpVerifyBodySchema,
} from '../../../common/schemas/auth.ts';

export type {
  CurrentUser,
  InvitationBody,
  LoginBody,
  Me,
  MfaState,
  RevokedSessions,
  SessionInfo,
  SessionList,
  SignupBody,
} from '../../../common/schemas/auth.ts';

export type Accepted = Static<typeof AcceptedSchema>;
export type ResetBody = Static<typeof ResetBodySchema>;
export type LogoutResult = Static<typeof LogoutResultSchema>;
export type TotpSetup = Static<typeof TotpSetupSchema>;
export type TotpVerifyBody = Static<typeof TotpVerifyBodySchema>;
export type TotpDisableBody = Static<typeof TotpDisableBodySchema>;
export type RecoveryCodes = Static<typeof RecoveryCodesSchema>;
export type ProfileBody = Static<typeof ProfileBodySchema>;
export type OrganisationList = Static<typeof OrganisationListSchema>;
export type OrganisationSummary = OrganisationList['items'][number];
export type InvitationCreated = Static<typeof InvitationCreatedSchema>;
export type InvitationPreview = Static<typeof InvitationPreviewSchema>;
export type AcceptInvitationBody = Static<typeof AcceptInvitationBodySchema>;
