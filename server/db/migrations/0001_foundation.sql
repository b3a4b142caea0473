-- Foundation: extensions, French search, organisations, users, sessions, tokens, compartments, audit log.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- French full-text search, accent-insensitive: unaccent first, then the French stemmer.
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- unaccent() is only STABLE; indexes need an IMMUTABLE wrapper bound to the dictionary (schema-qualified:
-- index builds run with a restricted search_path since PostgreSQL 17).
CREATE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE organisations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind        text NOT NULL CHECK (kind IN ('ministry', 'diplomatic_post', 'public_body', 'company', 'association', 'foreign_body')),
  siren       text CHECK (siren ~ '^[0-9]{9}$'),
  siret       text CHECK (siret ~ '^[0-9]{14}$'),
  country     text CHECK (country ~ '^[A-Z]{2}$'),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_siret_key ON organisations (siret) WHERE siret IS NOT NULL;
CREATE INDEX organisations_name_trgm ON organisations USING gin (immutable_unaccent(lower(name)) gin_trgm_ops);

CREATE TABLE users (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  email               text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  audience            text NOT NULL CHECK (audience IN ('company', 'partner', 'agent')),
  roles               text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY['editor', 'moderator', 'admin']::text[]),
  password_hash       text,
  email_verified_at   timestamptz,
  partner_expires_at  timestamptz,
  active              boolean NOT NULL DEFAULT true,
  totp_secret         text,
  totp_enabled_at     timestamptz,
  totp_pending_secret text,
  totp_last_step      bigint,
  mfa_exempt          boolean NOT NULL DEFAULT false,
  oidc_subject        text,
  lang                text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en')),
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (audience <> 'partner' OR partner_expires_at IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX users_oidc_subject_key ON users (oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE INDEX users_organisation_idx ON users (organisation_id);

-- Sessions: the cookie holds a random token; the table holds its SHA-256 only.
CREATE TABLE sessions (
  id            text PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  mfa_verified  boolean NOT NULL DEFAULT false,
  method        text NOT NULL CHECK (method IN ('password', 'oidc', 'invitation', 'reset')),
  id_token      text,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- One-use e-mailed tokens (verification, password reset), stored hashed.
CREATE TABLE email_tokens (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose     text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX email_tokens_user_idx ON email_tokens (user_id, purpose);

CREATE TABLE recovery_codes (
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash  text NOT NULL,
  used_at    timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE invitations (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash          text NOT NULL UNIQUE,
  email               text NOT NULL CHECK (email = lower(email)),
  name                text,
  audience            text NOT NULL CHECK (audience IN ('partner', 'agent')),
  roles               text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY['editor', 'moderator', 'admin']::text[]),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  partner_expires_at  timestamptz,
  invited_by          uuid NOT NULL REFERENCES users (id),
  expires_at          timestamptz NOT NULL,
  accepted_at         timestamptz,
  revoked_at          timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (audience <> 'partner' OR partner_expires_at IS NOT NULL)
);
CREATE INDEX invitations_email_idx ON invitations (email);

-- Failed sign-ins per e-mail address (known or not), for back-off without revealing which addresses exist.
CREATE TABLE login_throttle (
  email         text PRIMARY KEY,
  failures      integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Compartments (deal rooms, company files): explicit membership, never inherited.
CREATE TABLE compartments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind        text NOT NULL CHECK (kind IN ('deal_room', 'company_file')),
  name        text NOT NULL,
  created_by  uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- A member is a named user, or an agent team (the agents of an organisation).
CREATE TABLE compartment_members (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  compartment_id   uuid NOT NULL REFERENCES compartments (id) ON DELETE CASCADE,
  user_id          uuid REFERENCES users (id) ON DELETE CASCADE,
  organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
  added_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((user_id IS NULL) <> (organisation_id IS NULL))
);
CREATE UNIQUE INDEX compartment_members_user_key ON compartment_members (compartment_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX compartment_members_team_key ON compartment_members (compartment_id, organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX compartment_members_user_idx ON compartment_members (user_id);
CREATE INDEX compartment_members_org_idx ON compartment_members (organisation_id);

-- Append-only audit log: restricted reads, label changes, membership and security events.
CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     uuid,
  action       text NOT NULL,
  object_type  text,
  object_id    text,
  details      jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip           text
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id, at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
