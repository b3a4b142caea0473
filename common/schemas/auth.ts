// Request and response schemas of /api/auth: the one source of the server's validation, the OpenAPI
// description and the web app's types.
import { type Static, Type } from '@sinclair/typebox';

export const Email = Type.String({ format: 'email', maxLength: 254, description: 'E-mail address' });
export const Password = Type.String({ minLength: 1, maxLength: 256 });
export const Lang = Type.Union([Type.Literal('fr'), Type.Literal('en')]);
export const AudienceSchema = Type.Union([Type.Literal('company'), Type.Literal('partner'), Type.Literal('agent')]);
export const RoleSchema = Type.Union([Type.Literal('editor'), Type.Literal('moderator'), Type.Literal('admin')]);
export const OrganisationKindSchema = Type.Union([
  Type.Literal('ministry'),
  Type.Literal('diplomatic_post'),
  Type.Literal('public_body'),
  Type.Literal('company'),
  Type.Literal('association'),
  Type.Literal('foreign_body'),
]);

export const OrganisationSummary = Type.Object(
  { id: Type.String(), name: Type.String(), kind: OrganisationKindSchema },
  { $id: 'OrganisationSummary' },
);

/** What a signed-in user sees of their own account. */
export const CurrentUser = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    audience: AudienceSchema,
    roles: Type.Array(RoleSchema),
    lang: Lang,
    organisation: OrganisationSummary,
    partnerExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    totpEnabled: Type.Boolean(),
    /** Whether this account must use a second factor (agents and admins, unless exempted by an operator). */
    mfaMandatory: Type.Boolean(),
  },
  { $id: 'CurrentUser' },
);
export type CurrentUser = Static<typeof CurrentUser>;

/**
 * The session's state: `none` (no second factor needed or already given), `required` (enter a TOTP or
 * recovery code), `enrolment_required` (this account must set up TOTP before anything else).
 */
export const MfaState = Type.Union([
  Type.Literal('none'),
  Type.Literal('required'),
  Type.Literal('enrolment_required'),
]);
export type MfaState = Static<typeof MfaState>;

export const Me = Type.Object(
  {
    user: Type.Union([CurrentUser, Type.Null()]),
    mfa: MfaState,
    csrfToken: Type.String({
      description: 'Send it back in the X-CSRF-Token header of every POST, PUT, PATCH, DELETE',
    }),
    oidcEnabled: Type.Boolean({ description: 'Whether "S’identifier avec ProConnect" is available' }),
    /** Abilities of the viewer, computed by the server: the web app shows actions from these only. */
    abilities: Type.Object({
      invite: Type.Boolean(),
      inviteRoles: Type.Boolean(),
      /** Manage the observatory's registry, imports and polls (agents with the editor or admin role). */
      editObservatory: Type.Boolean(),
      /** Manage the export portal's content in its back office (agents with the editor or admin role). */
      editPortal: Type.Boolean(),
      /** Use the network (an active member whose second factor is done). */
      network: Type.Boolean(),
      /** Browse the agent directory, create spaces and deal rooms, work the front office (agents). */
      agent: Type.Boolean(),
      /** Handle reports, hide and restore content, suspend members (agents with moderator or admin). */
      moderate: Type.Boolean(),
      /** Browse and export the audit log, deactivate members (admins). */
      audit: Type.Boolean(),
    }),
  },
  { $id: 'Me' },
);
export type Me = Static<typeof Me>;

export const SignupBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    organisationName: Type.String({ minLength: 1, maxLength: 200 }),
    siren: Type.Optional(Type.String({ pattern: '^[0-9]{9}$', description: 'French company number (9 digits)' })),
    lang: Type.Optional(Lang),
  },
  { additionalProperties: false },
);
export type SignupBody = Static<typeof SignupBody>;

export const Accepted = Type.Object({ status: Type.String() }, { $id: 'Accepted' });

export const LoginBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export type LoginBody = Static<typeof LoginBody>;

export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export const EmailBody = Type.Object({ email: Email }, { additionalProperties: false });
export const ResetBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);

export const SessionInfo = Type.Object(
  {
    id: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    lastSeenAt: Type.String({ format: 'date-time' }),
    current: Type.Boolean(),
    method: Type.String(),
    userAgent: Type.Union([Type.String(), Type.Null()]),
    ip: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'SessionInfo' },
);
export type SessionInfo = Static<typeof SessionInfo>;
export const SessionList = Type.Object({ items: Type.Array(SessionInfo) }, { $id: 'SessionList' });
export type SessionList = Static<typeof SessionList>;
export const RevokedSessions = Type.Object({ revoked: Type.Integer({ description: 'How many sessions ended' }) });
export type RevokedSessions = Static<typeof RevokedSessions>;

export const LogoutResult = Type.Object({
  status: Type.String(),
  /** Where to send the browser to end the single sign-on session too, when signed in with ProConnect. */
  redirectTo: Type.Union([Type.String(), Type.Null()]),
  csrfToken: Type.String({ description: 'The CSRF token to use from now on (signed out)' }),
});

export const TotpSetup = Type.Object({
  secret: Type.String({ description: 'Base32 secret, for manual entry' }),
  otpauthUri: Type.String(),
  qrSvg: Type.String({ description: 'The otpauth URI as an SVG QR code' }),
});
export const TotpCodeBody = Type.Object(
  { code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);
export const TotpVerifyBody = Type.Object(
  {
    code: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    recoveryCode: Type.Optional(Type.String({ minLength: 8, maxLength: 32 })),
  },
  { additionalProperties: false },
);
export const RecoveryCodes = Type.Object({
  recoveryCodes: Type.Array(Type.String(), {
    description: 'Shown once: each code signs in once instead of a TOTP code',
  }),
  csrfToken: Type.String({ description: 'The CSRF token of the session from now on' }),
});
export const TotpDisableBody = Type.Object(
  { password: Password, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);

export const InvitationBody = Type.Object(
  {
    email: Email,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    audience: Type.Union([Type.Literal('agent'), Type.Literal('partner')]),
    organisationId: Type.Optional(Type.String({ format: 'uuid' })),
    /** Creates the organisation when organisationId is not given. */
    organisation: Type.Optional(
      Type.Object(
        { name: Type.String({ minLength: 1, maxLength: 200 }), kind: OrganisationKindSchema },
        { additionalProperties: false },
      ),
    ),
    roles: Type.Optional(Type.Array(RoleSchema, { uniqueItems: true })),
    partnerExpiresAt: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);
export type InvitationBody = Static<typeof InvitationBody>;

export const InvitationCreated = Type.Object({ id: Type.String(), email: Type.String(), expiresAt: Type.String() });

export const InvitationPreview = Type.Object({
  email: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  audience: Type.String(),
  organisation: OrganisationSummary,
  invitedBy: Type.String(),
  partnerExpiresAt: Type.Union([Type.String(), Type.Null()]),
});

export const AcceptInvitationBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), password: Password, lang: Type.Optional(Lang) },
  { additionalProperties: false },
);

export const ProfileBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), lang: Type.Optional(Lang) },
  { additionalProperties: false },
);

export const OrganisationList = Type.Object({ items: Type.Array(OrganisationSummary) });
