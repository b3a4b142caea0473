-- Observatory: registry (actors, accounts), ingested data (snapshots, posts, metrics, interactions),
-- import runs, scores. Big tables carry account_id first in their keys: the distribution column for Citus.

CREATE TABLE obs_actors (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  country      text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  type         text NOT NULL CHECK (type IN ('head_of_state_or_government', 'foreign_ministry', 'minister', 'embassy',
                 'consulate', 'permanent_mission', 'ambassador', 'diplomat', 'international_organisation')),
  name_fr      text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 300),
  name_en      text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  host_country text CHECK (host_country ~ '^[A-Z]{2}$'),
  city         text CHECK (length(city) <= 200),
  latitude     double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude    double precision CHECK (longitude BETWEEN -180 AND 180),
  wikidata_id  text CHECK (wikidata_id ~ '^Q[0-9]+$'),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX obs_actors_wikidata_key ON obs_actors (wikidata_id) WHERE wikidata_id IS NOT NULL;
CREATE INDEX obs_actors_country_idx ON obs_actors (country);
CREATE INDEX obs_actors_name_trgm ON obs_actors USING gin (immutable_unaccent(lower(name_fr || ' ' || name_en)) gin_trgm_ops);

-- An account on a network. actor_id NULL = unregistered (met in data, not attached to an actor yet).
-- Identity: the network's own user id when known, else the handle (lowercased); both unique per network.
CREATE TABLE obs_accounts (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  network        text NOT NULL CHECK (network IN ('x', 'mastodon', 'bluesky', 'facebook', 'instagram', 'youtube', 'linkedin')),
  network_id     text CHECK (length(network_id) BETWEEN 1 AND 200),
  handle         text CHECK (length(handle) BETWEEN 1 AND 200 AND handle = lower(handle)),
  display_name   text CHECK (length(display_name) <= 300),
  actor_id       uuid REFERENCES obs_actors (id) ON DELETE SET NULL,
  verified       boolean NOT NULL DEFAULT false,
  tracked        boolean NOT NULL DEFAULT false,
  followers      bigint,
  following      bigint,
  posts_count    bigint,
  observed_at    timestamptz,
  poll_cursor    text,
  last_polled_at timestamptz,
  poll_error     text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (network_id IS NOT NULL OR handle IS NOT NULL)
);
CREATE UNIQUE INDEX obs_accounts_network_id_key ON obs_accounts (network, network_id) WHERE network_id IS NOT NULL;
CREATE UNIQUE INDEX obs_accounts_handle_key ON obs_accounts (network, handle) WHERE handle IS NOT NULL;
CREATE INDEX obs_accounts_actor_idx ON obs_accounts (actor_id);
CREATE INDEX obs_accounts_tracked_idx ON obs_accounts (network, last_polled_at) WHERE tracked;

-- Follower, following and post counts over time.
CREATE TABLE obs_account_snapshots (
  account_id   bigint NOT NULL REFERENCES obs_accounts (id) ON DELETE CASCADE,
  observed_at  timestamptz NOT NULL,
  followers    bigint,
  following    bigint,
  posts_count  bigint,
  PRIMARY KEY (account_id, observed_at)
);

-- Posts. The latest metrics are kept on the row (scoring reads them); their history is in obs_post_metrics.
CREATE TABLE obs_posts (
  account_id        bigint NOT NULL REFERENCES obs_accounts (id) ON DELETE CASCADE,
  network_post_id   text NOT NULL CHECK (length(network_post_id) BETWEEN 1 AND 300),
  posted_at         timestamptz NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('original', 'reply', 'repost', 'quote')),
  lang              text CHECK (length(lang) <= 16),
  text              text,
  url               text,
  reply_to_post_id  text,
  reply_to_account  bigint,
  quote_of_post_id  text,
  quote_of_account  bigint,
  repost_of_post_id text,
  repost_of_account bigint,
  mentions          bigint[] NOT NULL DEFAULT '{}',
  hashtags          text[] NOT NULL DEFAULT '{}',
  likes             bigint,
  reposts           bigint,
  replies           bigint,
  quotes            bigint,
  views             bigint,
  metrics_at        timestamptz,
  PRIMARY KEY (account_id, network_post_id)
);
CREATE INDEX obs_posts_posted_idx ON obs_posts (posted_at);

CREATE TABLE obs_post_metrics (
  account_id       bigint NOT NULL,
  network_post_id  text NOT NULL,
  observed_at      timestamptz NOT NULL,
  likes            bigint,
  reposts          bigint,
  replies          bigint,
  quotes           bigint,
  views            bigint,
  PRIMARY KEY (account_id, network_post_id, observed_at),
  FOREIGN KEY (account_id, network_post_id) REFERENCES obs_posts (account_id, network_post_id) ON DELETE CASCADE
);

-- The interaction graph: account_id (the author of the post) mentions, replies to, reposts or quotes target_id.
CREATE TABLE obs_interactions (
  account_id       bigint NOT NULL,
  network_post_id  text NOT NULL,
  target_id        bigint NOT NULL REFERENCES obs_accounts (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('mention', 'reply', 'repost', 'quote')),
  occurred_at      timestamptz NOT NULL,
  PRIMARY KEY (account_id, network_post_id, target_id, kind),
  FOREIGN KEY (account_id, network_post_id) REFERENCES obs_posts (account_id, network_post_id) ON DELETE CASCADE
);
CREATE INDEX obs_interactions_occurred_idx ON obs_interactions (occurred_at);
CREATE INDEX obs_interactions_target_idx ON obs_interactions (target_id);

-- One import (a file or a connector poll). A file import with the same kind and content hash resumes
-- from its checkpoint (the last committed record) instead of starting over.
CREATE TABLE obs_import_runs (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind          text NOT NULL,
  source        text NOT NULL,
  content_hash  text,
  status        text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  checkpoint    bigint NOT NULL DEFAULT 0,
  total         bigint,
  read          bigint NOT NULL DEFAULT 0,
  added         bigint NOT NULL DEFAULT 0,
  updated       bigint NOT NULL DEFAULT 0,
  skipped       bigint NOT NULL DEFAULT 0,
  errors        jsonb NOT NULL DEFAULT '[]',
  message       text,
  started_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz
);
CREATE INDEX obs_import_runs_started_idx ON obs_import_runs (started_at DESC);
CREATE INDEX obs_import_runs_resume_idx ON obs_import_runs (kind, content_hash) WHERE status <> 'done';

-- Scores per account, window and period end (the last day included). Factors are raw and normalised (0-100).
CREATE TABLE obs_account_scores (
  account_id     bigint NOT NULL REFERENCES obs_accounts (id) ON DELETE CASCADE,
  window_kind    text NOT NULL CHECK (window_kind IN ('day', 'week', 'month', '30d')),
  period_end     date NOT NULL,
  country        text,
  raw            jsonb NOT NULL,
  normalised     jsonb NOT NULL,
  index          double precision NOT NULL,
  rank           integer NOT NULL,
  movement       integer,
  followers      bigint,
  posts          integer NOT NULL,
  computed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, window_kind, period_end)
);
CREATE INDEX obs_account_scores_rank_idx ON obs_account_scores (window_kind, period_end, rank);
CREATE INDEX obs_account_scores_country_idx ON obs_account_scores (window_kind, period_end, country);

CREATE TABLE obs_country_scores (
  country      text NOT NULL,
  window_kind  text NOT NULL CHECK (window_kind IN ('day', 'week', 'month', '30d')),
  period_end   date NOT NULL,
  index        double precision NOT NULL,
  rank         integer NOT NULL,
  movement     integer,
  accounts     integer NOT NULL,
  followers    bigint NOT NULL,
  computed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country, window_kind, period_end)
);
CREATE INDEX obs_country_scores_rank_idx ON obs_country_scores (window_kind, period_end, rank);

-- Scoring state: weights in force and when data last changed (the scheduler rescoring only when needed).
CREATE TABLE obs_settings (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Ground truth of a synthetic world: read only by validity tests and benchmarks, never by scoring.
CREATE TABLE obs_synthetic_truth (
  account_id          bigint PRIMARY KEY REFERENCES obs_accounts (id) ON DELETE CASCADE,
  world               text NOT NULL,
  seed                bigint NOT NULL,
  influence           double precision NOT NULL,
  dialogue_propensity double precision NOT NULL,
  bought_followers    boolean NOT NULL DEFAULT false,
  ring                text,
  ring_role           text CHECK (ring_role IN ('member', 'target'))
);

-- Background jobs (imports, polls, scoring), shared by every server instance: a worker claims a due job with
-- FOR UPDATE SKIP LOCKED and leases it until locked_until, renewing the lease while it runs; a job whose
-- worker died is claimed again once its lease has run out, up to max_attempts. A finished job is deleted;
-- a failed one is kept (failed_at, last_error) for operators. singleton_key: at most one live job per key.
CREATE TABLE jobs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  payload       jsonb NOT NULL DEFAULT '{}',
  singleton_key text CHECK (length(singleton_key) <= 300),
  run_at        timestamptz NOT NULL DEFAULT now(),
  locked_until  timestamptz,
  locked_by     text,
  attempts      integer NOT NULL DEFAULT 0,
  max_attempts  integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  last_error    text,
  failed_at     timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (run_at, id) WHERE failed_at IS NULL;
CREATE UNIQUE INDEX jobs_singleton_key ON jobs (singleton_key) WHERE singleton_key IS NOT NULL AND failed_at IS NULL;
