// Row types of the tables, as Kysely sees them. Mirrors server/db/migrations/*.sql.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type OrganisationKind =
  | 'ministry'
  | 'diplomatic_post'
  | 'public_body'
  | 'company'
  | 'association'
  | 'foreign_body';
export type Audience = 'company' | 'partner' | 'agent';
export type Role = 'editor' | 'moderator' | 'admin';

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  siret: string | null;
  country: string | null;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  audience: Audience;
  roles: ColumnType<Role[], Role[] | undefined, Role[]>;
  password_hash: string | null;
  email_verified_at: NullableTimestamp;
  partner_expires_at: NullableTimestamp;
  active: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled_at: NullableTimestamp;
  totp_pending_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  mfa_exempt: Generated<boolean>;
  oidc_subject: string | null;
  lang: Generated<'fr' | 'en'>;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  mfa_verified: Generated<boolean>;
  method: 'password' | 'oidc' | 'invitation' | 'reset';
  id_token: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface EmailTokensTable {
  token_hash: string;
  user_id: string;
  purpose: 'verify_email' | 'reset_password';
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  name: string | null;
  audience: 'partner' | 'agent';
  roles: ColumnType<Role[], Role[] | undefined, Role[]>;
  organisation_id: string;
  partner_expires_at: NullableTimestamp;
  invited_by: string;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface LoginThrottleTable {
  email: string;
  failures: Generated<number>;
  locked_until: NullableTimestamp;
  updated_at: Generated<Date>;
}

export interface CompartmentsTable {
  id: Generated<string>;
  kind: 'deal_room' | 'company_file';
  name: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CompartmentMembersTable {
  id: Generated<number>;
  compartment_id: string;
  user_id: string | null;
  organisation_id: string | null;
  added_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  ip: string | null;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  email_tokens: EmailTokensTable;
  recovery_codes: RecoveryCodesTable;
  invitations: InvitationsTable;
  login_throttle: LoginThrottleTable;
  compartments: CompartmentsTable;
  compartment_members: CompartmentMembersTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
}
