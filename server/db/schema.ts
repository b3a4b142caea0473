// Row types of the tables, as Kysely sees them. Mirrors server/db/migrations/*.sql.
import type { ColumnType, Generated } from 'kysely';
import type { ContentKind, ContentStatus, RevisionAction } from '../../common/portal-terms.ts';

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
  kind: 'deal_room' | 'company_file' | 'conversation';
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

// --- Observatory -------------------------------------------------------------------------------------
export type Network = 'x' | 'mastodon' | 'bluesky' | 'facebook' | 'instagram' | 'youtube' | 'linkedin';
export type ActorType =
  | 'head_of_state_or_government'
  | 'foreign_ministry'
  | 'minister'
  | 'embassy'
  | 'consulate'
  | 'permanent_mission'
  | 'ambassador'
  | 'diplomat'
  | 'international_organisation';
export type PostKind = 'original' | 'reply' | 'repost' | 'quote';
export type InteractionKind = 'mention' | 'reply' | 'repost' | 'quote';
export type WindowKind = 'day' | 'week' | 'month' | '30d';
type Int8 = ColumnType<number, number | bigint | undefined, number | bigint>;
type NullableInt8 = ColumnType<number | null, number | bigint | null | undefined, number | bigint | null>;

export interface ObsActorsTable {
  id: Generated<string>;
  country: string;
  type: ActorType;
  name_fr: string;
  name_en: string;
  host_country: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  wikidata_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ObsAccountsTable {
  id: ColumnType<number, never, never>;
  network: Network;
  network_id: string | null;
  handle: string | null;
  display_name: string | null;
  actor_id: string | null;
  verified: Generated<boolean>;
  tracked: Generated<boolean>;
  followers: NullableInt8;
  following: NullableInt8;
  posts_count: NullableInt8;
  observed_at: NullableTimestamp;
  poll_cursor: string | null;
  last_polled_at: NullableTimestamp;
  poll_error: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ObsAccountSnapshotsTable {
  account_id: Int8;
  observed_at: Timestamp;
  followers: NullableInt8;
  following: NullableInt8;
  posts_count: NullableInt8;
}

export interface ObsPostsTable {
  account_id: Int8;
  network_post_id: string;
  posted_at: Timestamp;
  kind: PostKind;
  lang: string | null;
  text: string | null;
  url: string | null;
  reply_to_post_id: string | null;
  reply_to_account: NullableInt8;
  quote_of_post_id: string | null;
  quote_of_account: NullableInt8;
  repost_of_post_id: string | null;
  repost_of_account: NullableInt8;
  mentions: ColumnType<number[], number[] | undefined, number[]>;
  hashtags: ColumnType<string[], string[] | undefined, string[]>;
  likes: NullableInt8;
  reposts: NullableInt8;
  replies: NullableInt8;
  quotes: NullableInt8;
  views: NullableInt8;
  metrics_at: NullableTimestamp;
}

export interface ObsPostMetricsTable {
  account_id: Int8;
  network_post_id: string;
  observed_at: Timestamp;
  likes: NullableInt8;
  reposts: NullableInt8;
  replies: NullableInt8;
  quotes: NullableInt8;
  views: NullableInt8;
}

export interface ObsInteractionsTable {
  account_id: Int8;
  network_post_id: string;
  target_id: Int8;
  kind: InteractionKind;
  occurred_at: Timestamp;
}

export interface ObsImportRunsTable {
  id: Generated<string>;
  kind: string;
  source: string;
  content_hash: string | null;
  status: Generated<'running' | 'done' | 'failed'>;
  checkpoint: ColumnType<number, number | undefined, number>;
  total: NullableInt8;
  read: ColumnType<number, number | undefined, number>;
  added: ColumnType<number, number | undefined, number>;
  updated: ColumnType<number, number | undefined, number>;
  skipped: ColumnType<number, number | undefined, number>;
  errors: ColumnType<ImportErrorRow[], string | undefined, string>;
  message: string | null;
  started_by: string | null;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  finished_at: NullableTimestamp;
}

export interface ImportErrorRow {
  line: number | null;
  reason: string;
}

export interface ObsAccountScoresTable {
  account_id: Int8;
  window_kind: WindowKind;
  period_end: ColumnType<string, string, string>;
  country: string | null;
  raw: ColumnType<Record<string, number>, string, string>;
  normalised: ColumnType<Record<string, number>, string, string>;
  index: number;
  rank: number;
  movement: number | null;
  followers: NullableInt8;
  posts: number;
  computed_at: Generated<Date>;
}

export interface ObsCountryScoresTable {
  country: string;
  window_kind: WindowKind;
  period_end: ColumnType<string, string, string>;
  index: number;
  rank: number;
  movement: number | null;
  accounts: number;
  followers: Int8;
  computed_at: Generated<Date>;
}

export interface ObsSettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

export interface ObsSyntheticTruthTable {
  account_id: Int8;
  world: string;
  seed: Int8;
  influence: number;
  dialogue_propensity: number;
  bought_followers: Generated<boolean>;
  ring: string | null;
  ring_role: 'member' | 'target' | null;
}

/** A background job (server/observatory/jobs): leased by one worker at a time, deleted once done. */
export interface JobsTable {
  id: ColumnType<number, never, never>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  singleton_key: string | null;
  run_at: Timestamp;
  locked_until: NullableTimestamp;
  locked_by: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  failed_at: NullableTimestamp;
  created_at: Generated<Date>;
}

// --- Export portal (0003_portal.sql) ---

type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type SmallintArray = ColumnType<number[], number[] | undefined, number[]>;
type Tsvector = ColumnType<string, never, never>;
/** DATE columns come back as 'YYYY-MM-DD' strings on both engines. */
type DateString = ColumnType<string, string, string>;

/** The columns every editable portal item shares: status, pending draft, timestamps. */
interface PortalContentColumns {
  status: ColumnType<ContentStatus, ContentStatus | undefined, ContentStatus>;
  /** A published item's pending version, as the back office's content object (NULL: none). */
  draft: NullableJson<Record<string, unknown>>;
  published_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PortalStepsTable {
  id: number;
  slug: string;
  name_fr: string;
  name_en: string;
  summary_fr: string;
  summary_en: string;
}

export interface PortalProvidersTable {
  id: string;
  name: string;
  short_name: string;
  kind: 'public' | 'private' | 'association';
  team_france_export: ColumnType<boolean, boolean | undefined, boolean>;
  description_fr: string;
  description_en: string;
  url: string;
  position: ColumnType<number, number | undefined, number>;
}

export interface PortalRegionsTable {
  code: string;
  slug: string;
  name: string;
  export_site_url: string;
  latitude: number | null;
  longitude: number | null;
}

export interface PortalOffersTable extends PortalContentColumns {
  id: string;
  provider_id: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  description_fr: string;
  description_en: string;
  keywords: ColumnType<string, string | undefined, string>;
  steps: SmallintArray;
  type: string;
  company_sizes: TextArray;
  maturities: TextArray;
  sectors: TextArray;
  regions: TextArray;
  countries: TextArray;
  price: 'free' | 'paid' | 'cofunded';
  price_note_fr: ColumnType<string, string | undefined, string>;
  price_note_en: ColumnType<string, string | undefined, string>;
  url: string;
  search_fr: Tsvector;
  search_en: Tsvector;
}

export interface PortalSearchLexiconTable {
  word: string;
}

export interface PortalEventsTable extends PortalContentColumns {
  id: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  description_fr: string;
  description_en: string;
  type: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  timezone: ColumnType<string, string | undefined, string>;
  online: ColumnType<boolean, boolean | undefined, boolean>;
  venue: ColumnType<string, string | undefined, string>;
  city: ColumnType<string, string | undefined, string>;
  country: string | null;
  countries: TextArray;
  regions: TextArray;
  sectors: TextArray;
  steps: SmallintArray;
  provider_id: string | null;
  price: ColumnType<
    'free' | 'paid' | 'cofunded',
    'free' | 'paid' | 'cofunded' | undefined,
    'free' | 'paid' | 'cofunded'
  >;
  url: ColumnType<string, string | undefined, string>;
  search_fr: Tsvector;
}

export interface PortalNewsTable extends PortalContentColumns {
  id: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  body_fr: string;
  body_en: string;
  dated: DateString;
  countries: TextArray;
  sectors: TextArray;
  steps: SmallintArray;
}

export interface PortalContactsTable extends PortalContentColumns {
  id: string;
  kind: string;
  name: string;
  provider_id: string | null;
  role_fr: ColumnType<string, string | undefined, string>;
  role_en: ColumnType<string, string | undefined, string>;
  region: string | null;
  country: string | null;
  city: ColumnType<string, string | undefined, string>;
  address: ColumnType<string, string | undefined, string>;
  email: ColumnType<string, string | undefined, string>;
  phone: ColumnType<string, string | undefined, string>;
  url: ColumnType<string, string | undefined, string>;
  steps: SmallintArray;
}

export interface PortalCountrySource {
  title: string;
  publisher: string;
  url: string;
  lang: 'fr' | 'en';
}

export interface PortalCountriesTable extends PortalContentColumns {
  iso2: string;
  intro_fr: ColumnType<string, string | undefined, string>;
  intro_en: ColumnType<string, string | undefined, string>;
  sectors: TextArray;
  sources: ColumnType<PortalCountrySource[], string | undefined, string>;
}

export interface PortalRevisionsTable {
  id: ColumnType<number, never, never>;
  kind: ContentKind;
  item_id: string;
  action: RevisionAction;
  content: Json<Record<string, unknown>>;
  author_id: string | null;
  created_at: Generated<Date>;
}

export interface PortalSupportRequestsTable {
  id: Generated<string>;
  reference: string;
  company_name: string;
  siren: string | null;
  region: string | null;
  countries: TextArray;
  sector: string;
  step: number | null;
  need: string;
  message: string;
  contact_name: string;
  email: string;
  phone: ColumnType<string, string | undefined, string>;
  lang: ColumnType<'fr' | 'en', 'fr' | 'en' | undefined, 'fr' | 'en'>;
  user_id: string | null;
  organisation_id: string | null;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  consent_at: Timestamp;
  created_at: Generated<Date>;
  /** Added by 0005_network: the front office's company file. */
  level: Generated<number>;
  tlp: Generated<string>;
  compartment_id: string | null;
  queue_id: ColumnType<string | null, string | null | undefined, string | null>;
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
  routed_to_id: ColumnType<string | null, string | null | undefined, string | null>;
  routed_contact_id: ColumnType<string | null, string | null | undefined, string | null>;
  deal_room_id: ColumnType<string | null, string | null | undefined, string | null>;
  amount_eur: ColumnType<number | null, number | null | undefined, number | null>;
  triaged_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  updated_at: Generated<Date>;
}

export interface PortalAssessmentsTable {
  id: Generated<string>;
  user_id: string | null;
  questionnaire_version: number;
  answers: Json<Record<string, number>>;
  scores: Json<Record<string, number>>;
  overall: number;
  maturity: 'new' | 'occasional' | 'regular';
  lang: ColumnType<'fr' | 'en', 'fr' | 'en' | undefined, 'fr' | 'en'>;
  created_at: Generated<Date>;
}

export interface PortalCatalogueVersionTable {
  id: ColumnType<boolean, never, never>;
  version: ColumnType<number, never, never>;
}

// The network (0005_network). Labels: level smallint, tlp text, compartment_id uuid (see server/access).
export type RequestStatus = 'new' | 'triaged' | 'routed' | 'in_progress' | 'closed';
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Label = { level: number; tlp: string; compartment_id: string | null };
type Hidden = { hidden_at: NullableTimestamp; hidden_by: Nullable<string>; hidden_reason: Nullable<string> };

export interface NetProfilesTable {
  user_id: string;
  title: ColumnType<string, string | undefined, string>;
  country: Nullable<string>;
  sectors: TextArray;
  expertise: TextArray;
  languages: TextArray;
  bio: ColumnType<string, string | undefined, string>;
  public_profile: Generated<boolean>;
  verified_at: NullableTimestamp;
  verified_by: Nullable<string>;
  updated_at: Generated<Date>;
}

export interface NetMemberSearchTable {
  user_id: string;
  search: string;
}

export interface NetAssignmentsTable {
  member_id: string;
  agent_id: string;
  reason: 'request' | 'deal_room' | 'manual';
  created_by: Nullable<string>;
  created_at: Generated<Date>;
}

export interface NetSuspensionsTable {
  id: Generated<number>;
  user_id: string;
  reason: string;
  until: NullableTimestamp;
  created_by: Nullable<string>;
  created_at: Generated<Date>;
  lifted_at: NullableTimestamp;
  lifted_by: Nullable<string>;
}

export type SpaceKind = 'country' | 'sector' | 'theme' | 'deal_room';
export type SpaceMembership = 'open' | 'request' | 'invitation';

export interface NetSpacesTable extends Label {
  id: Generated<string>;
  kind: SpaceKind;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  country: Nullable<string>;
  sector: Nullable<string>;
  default_level: number;
  default_tlp: string;
  membership: SpaceMembership;
  created_by: Nullable<string>;
  created_at: Generated<Date>;
  archived_at: NullableTimestamp;
  search: ColumnType<string, never, never>;
}

export interface NetSpaceMembersTable {
  space_id: string;
  user_id: string;
  role: ColumnType<'owner' | 'moderator' | 'member', 'owner' | 'moderator' | 'member' | undefined>;
  state: ColumnType<'member' | 'requested' | 'invited', 'member' | 'requested' | 'invited' | undefined>;
  invited_by: Nullable<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface NetDealRoomsTable {
  id: string;
  company_id: string;
  project: ColumnType<string, string | undefined, string>;
  sector: string;
  country: string;
  consortium: Generated<boolean>;
  request_id: Nullable<string>;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined>;
  created_by: Nullable<string>;
  created_at: Generated<Date>;
}

export interface NetDealRoomCompaniesTable {
  room_id: string;
  organisation_id: string;
  added_by: Nullable<string>;
  added_at: Generated<Date>;
}

export interface NetPostsTable extends Label, Hidden {
  id: Generated<string>;
  space_id: string;
  author_id: string | null;
  title: ColumnType<string, string | undefined, string>;
  body: string;
  body_html: string;
  created_at: Generated<Date>;
  edited_at: NullableTimestamp;
  search: ColumnType<string, never, never>;
}

export interface NetCommentsTable extends Label, Hidden {
  id: Generated<string>;
  post_id: string;
  space_id: string;
  author_id: string | null;
  body: string;
  body_html: string;
  created_at: Generated<Date>;
  edited_at: NullableTimestamp;
  search: ColumnType<string, never, never>;
}

export type ReactionKind = 'like' | 'thanks' | 'insightful' | 'support';

export interface NetReactionsTable {
  post_id: string;
  user_id: string;
  kind: ReactionKind;
  space_id: string;
  created_at: Generated<Date>;
}

export interface NetConversationsTable {
  id: string;
  title: ColumnType<string, string | undefined, string>;
  created_by: Nullable<string>;
  created_at: Generated<Date>;
  last_message_at: Generated<Date>;
}

export interface NetConversationReadsTable {
  conversation_id: string;
  user_id: string;
  last_read_at: Generated<Date>;
}

export interface NetMessagesTable {
  id: Generated<string>;
  conversation_id: string;
  author_id: string | null;
  body: string;
  body_html: string;
  level: Generated<number>;
  tlp: Generated<string>;
  compartment_id: string;
  created_at: Generated<Date>;
}

export interface NetAttachmentsTable {
  id: Generated<string>;
  uploader_id: string | null;
  post_id: Nullable<string>;
  comment_id: Nullable<string>;
  message_id: Nullable<string>;
  space_id: Nullable<string>;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  level: Generated<number>;
  tlp: Generated<string>;
  compartment_id: Nullable<string>;
  created_at: Generated<Date>;
  attached_at: NullableTimestamp;
}

export type RequestEventKind = 'created' | 'assigned' | 'routed' | 'routing_message' | 'status' | 'note' | 'deal_room';

export interface NetRequestEventsTable {
  id: Generated<number>;
  request_id: string;
  at: Generated<Date>;
  actor_id: Nullable<string>;
  kind: RequestEventKind;
  status: Nullable<RequestStatus>;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  body: Nullable<string>;
  level: number;
  tlp: string;
  compartment_id: string;
}

export type NotificationObjectType = 'post' | 'comment' | 'space' | 'request' | 'conversation' | 'report';

export interface NetNotificationsTable {
  id: Generated<number>;
  user_id: string;
  kind: string;
  actor_id: Nullable<string>;
  object_type: NotificationObjectType;
  object_id: string;
  level: number;
  compartment_id: Nullable<string>;
  created_at: Generated<Date>;
  read_at: NullableTimestamp;
  emailed_at: NullableTimestamp;
}

export interface NetNotificationSettingsTable {
  user_id: string;
  email: ColumnType<'off' | 'immediate' | 'daily', 'off' | 'immediate' | 'daily' | undefined>;
  digest_hour: ColumnType<number, number | undefined, number>;
  last_digest_at: NullableTimestamp;
  updated_at: Generated<Date>;
}

export type ReportReason = 'spam' | 'abuse' | 'confidential' | 'off_topic' | 'other';

export interface NetReportsTable {
  id: Generated<string>;
  post_id: Nullable<string>;
  comment_id: Nullable<string>;
  space_id: string;
  reporter_id: Nullable<string>;
  reason: ReportReason;
  details: ColumnType<string, string | undefined, string>;
  status: ColumnType<'open' | 'resolved' | 'dismissed', 'open' | 'resolved' | 'dismissed' | undefined>;
  resolution: Nullable<string>;
  resolved_by: Nullable<string>;
  resolved_at: NullableTimestamp;
  created_at: Generated<Date>;
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
  obs_actors: ObsActorsTable;
  obs_accounts: ObsAccountsTable;
  obs_account_snapshots: ObsAccountSnapshotsTable;
  obs_posts: ObsPostsTable;
  obs_post_metrics: ObsPostMetricsTable;
  obs_interactions: ObsInteractionsTable;
  obs_import_runs: ObsImportRunsTable;
  obs_account_scores: ObsAccountScoresTable;
  obs_country_scores: ObsCountryScoresTable;
  obs_settings: ObsSettingsTable;
  obs_synthetic_truth: ObsSyntheticTruthTable;
  jobs: JobsTable;
  portal_steps: PortalStepsTable;
  portal_providers: PortalProvidersTable;
  portal_regions: PortalRegionsTable;
  portal_offers: PortalOffersTable;
  portal_search_lexicon: PortalSearchLexiconTable;
  portal_events: PortalEventsTable;
  portal_news: PortalNewsTable;
  portal_contacts: PortalContactsTable;
  portal_countries: PortalCountriesTable;
  portal_revisions: PortalRevisionsTable;
  portal_support_requests: PortalSupportRequestsTable;
  portal_assessments: PortalAssessmentsTable;
  portal_catalogue_version: PortalCatalogueVersionTable;
  net_profiles: NetProfilesTable;
  net_member_search: NetMemberSearchTable;
  net_assignments: NetAssignmentsTable;
  net_suspensions: NetSuspensionsTable;
  net_spaces: NetSpacesTable;
  net_space_members: NetSpaceMembersTable;
  net_deal_rooms: NetDealRoomsTable;
  net_deal_room_companies: NetDealRoomCompaniesTable;
  net_posts: NetPostsTable;
  net_comments: NetCommentsTable;
  net_reactions: NetReactionsTable;
  net_conversations: NetConversationsTable;
  net_conversation_reads: NetConversationReadsTable;
  net_messages: NetMessagesTable;
  net_attachments: NetAttachmentsTable;
  net_request_events: NetRequestEventsTable;
  net_notifications: NetNotificationsTable;
  net_notification_settings: NetNotificationSettingsTable;
  net_reports: NetReportsTable;
}
