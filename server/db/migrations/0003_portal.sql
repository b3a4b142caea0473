-- Export portal: the journey's steps, providers, regions, editable content (offers, events, news, contacts,
-- country pages) with drafts and a history of changes, the catalogue's search lexicon, hotline requests and
-- self-assessments.
--
-- Editable content follows one shape: the columns hold the live version, shown to the public while status is
-- 'published'; `draft` holds an editor's pending version of a published item (NULL when there is none);
-- publishing applies it. Items never published (status 'draft') are edited in their columns directly.

CREATE TABLE portal_steps (
  id          smallint PRIMARY KEY CHECK (id BETWEEN 1 AND 6),
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_fr     text NOT NULL,
  name_en     text NOT NULL,
  summary_fr  text NOT NULL,
  summary_en  text NOT NULL
);

CREATE TABLE portal_providers (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name                text NOT NULL,
  short_name          text NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('public', 'private', 'association')),
  team_france_export  boolean NOT NULL DEFAULT false,
  description_fr      text NOT NULL,
  description_en      text NOT NULL,
  url                 text NOT NULL CHECK (url ~ '^https://'),
  position            integer NOT NULL DEFAULT 0
);

CREATE TABLE portal_regions (
  code             text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  slug             text NOT NULL UNIQUE,
  name             text NOT NULL,
  export_site_url  text NOT NULL CHECK (export_site_url ~ '^https://'),
  latitude         double precision,
  longitude        double precision
);

CREATE TABLE portal_offers (
  id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 100),
  provider_id     text NOT NULL REFERENCES portal_providers (id),
  title_fr        text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 200),
  title_en        text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  summary_fr      text NOT NULL,
  summary_en      text NOT NULL,
  description_fr  text NOT NULL,
  description_en  text NOT NULL,
  -- Extra search words (synonyms, acronyms): searchable, not shown.
  keywords        text NOT NULL DEFAULT '',
  steps           smallint[] NOT NULL CHECK (cardinality(steps) >= 1 AND steps <@ ARRAY[1, 2, 3, 4, 5, 6]::smallint[]),
  type            text NOT NULL CHECK (type IN ('information', 'diagnostic', 'financing', 'insurance_guarantees',
                    'prospecting', 'events_trade_fairs', 'human_resources_vie', 'training', 'settling_abroad')),
  company_sizes   text[] NOT NULL DEFAULT '{}',
  maturities      text[] NOT NULL DEFAULT '{}',
  -- Empty arrays mean "all": every sector, the whole of France, every country.
  sectors         text[] NOT NULL DEFAULT '{}',
  regions         text[] NOT NULL DEFAULT '{}',
  countries       text[] NOT NULL DEFAULT '{}',
  price           text NOT NULL CHECK (price IN ('free', 'paid', 'cofunded')),
  price_note_fr   text NOT NULL DEFAULT '',
  price_note_en   text NOT NULL DEFAULT '',
  url             text NOT NULL CHECK (url ~ '^https?://'),
  search_fr       tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('french_unaccent', title_fr || ' ' || keywords), 'A') ||
                    setweight(to_tsvector('french_unaccent', summary_fr), 'B') ||
                    setweight(to_tsvector('french_unaccent', description_fr), 'C')) STORED,
  search_en       tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', title_en), 'A') ||
                    setweight(to_tsvector('english', summary_en), 'B') ||
                    setweight(to_tsvector('english', description_en), 'C')) STORED,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'unpublished')),
  draft           jsonb,
  published_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_offers_search_fr ON portal_offers USING gin (search_fr);
CREATE INDEX portal_offers_search_en ON portal_offers USING gin (search_en);
CREATE INDEX portal_offers_status ON portal_offers (status, provider_id);

-- Words of the published catalogue, unaccented and lower-cased: the typo-tolerant search corrects query words
-- against them with trigram similarity. Rebuilt whenever an offer is published or unpublished.
CREATE TABLE portal_search_lexicon (
  word  text PRIMARY KEY
);
CREATE INDEX portal_search_lexicon_trgm ON portal_search_lexicon USING gin (word gin_trgm_ops);

CREATE TABLE portal_events (
  id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 100),
  title_fr        text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 200),
  title_en        text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  summary_fr      text NOT NULL,
  summary_en      text NOT NULL,
  description_fr  text NOT NULL,
  description_en  text NOT NULL,
  type            text NOT NULL CHECK (type IN ('trade_fair', 'business_delegation', 'b2b_meetings', 'webinar',
                    'conference', 'training')),
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  -- The event's own time zone (IANA), for display and the iCal feed.
  timezone        text NOT NULL DEFAULT 'Europe/Paris',
  online          boolean NOT NULL DEFAULT false,
  venue           text NOT NULL DEFAULT '',
  city            text NOT NULL DEFAULT '',
  -- Where it takes place (NULL online) and which markets it is about.
  country         text CHECK (country ~ '^[A-Z]{2}$'),
  countries       text[] NOT NULL DEFAULT '{}',
  regions         text[] NOT NULL DEFAULT '{}',
  sectors         text[] NOT NULL DEFAULT '{}',
  steps           smallint[] NOT NULL DEFAULT '{}',
  provider_id     text REFERENCES portal_providers (id),
  price           text NOT NULL DEFAULT 'paid' CHECK (price IN ('free', 'paid', 'cofunded')),
  url             text NOT NULL DEFAULT '' CHECK (url = '' OR url ~ '^https?://'),
  search_fr       tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('french_unaccent', title_fr), 'A') ||
                    setweight(to_tsvector('french_unaccent', summary_fr || ' ' || city), 'B')) STORED,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'unpublished')),
  draft           jsonb,
  published_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at >= starts_at)
);
CREATE INDEX portal_events_starts ON portal_events (status, starts_at);
CREATE INDEX portal_events_countries ON portal_events USING gin (countries);

CREATE TABLE portal_news (
  id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 100),
  title_fr        text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 200),
  title_en        text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  summary_fr      text NOT NULL,
  summary_en      text NOT NULL,
  -- Plain text; paragraphs separated by a blank line.
  body_fr         text NOT NULL,
  body_en         text NOT NULL,
  dated           date NOT NULL,
  countries       text[] NOT NULL DEFAULT '{}',
  sectors         text[] NOT NULL DEFAULT '{}',
  steps           smallint[] NOT NULL DEFAULT '{}',
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'unpublished')),
  draft           jsonb,
  published_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_news_dated ON portal_news (status, dated DESC);

CREATE TABLE portal_contacts (
  id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 100),
  kind            text NOT NULL CHECK (kind IN ('regional_export', 'embassy_economic_service',
                    'business_france_office', 'cci_abroad', 'ccef_section', 'provider_desk')),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  provider_id     text REFERENCES portal_providers (id),
  role_fr         text NOT NULL DEFAULT '',
  role_en         text NOT NULL DEFAULT '',
  region          text REFERENCES portal_regions (code),
  country         text CHECK (country ~ '^[A-Z]{2}$'),
  city            text NOT NULL DEFAULT '',
  address         text NOT NULL DEFAULT '',
  email           text NOT NULL DEFAULT '',
  phone           text NOT NULL DEFAULT '',
  url             text NOT NULL DEFAULT '' CHECK (url = '' OR url ~ '^https?://'),
  steps           smallint[] NOT NULL DEFAULT '{}',
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'unpublished')),
  draft           jsonb,
  published_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_contacts_country ON portal_contacts (country) WHERE country IS NOT NULL;
CREATE INDEX portal_contacts_region ON portal_contacts (region) WHERE region IS NOT NULL;

-- One page per ISO 3166-1 country: the editable part (introduction, sectors, sources). Facts such as the capital
-- and languages come from the world-countries package at read time.
CREATE TABLE portal_countries (
  iso2            text PRIMARY KEY CHECK (iso2 ~ '^[A-Z]{2}$'),
  intro_fr        text NOT NULL DEFAULT '',
  intro_en        text NOT NULL DEFAULT '',
  sectors         text[] NOT NULL DEFAULT '{}',
  -- [{ "title": "...", "publisher": "...", "url": "https://...", "lang": "fr" }]
  sources         jsonb NOT NULL DEFAULT '[]',
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'unpublished')),
  draft           jsonb,
  published_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The history of every content change: who, when, what the item looked like after it.
CREATE TABLE portal_revisions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('offer', 'event', 'news', 'contact', 'country')),
  item_id     text NOT NULL,
  action      text NOT NULL CHECK (action IN ('seed', 'create', 'edit', 'publish', 'unpublish')),
  content     jsonb NOT NULL,
  author_id   uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_revisions_item ON portal_revisions (kind, item_id, id DESC);

-- Export hotline requests: the front office (network area) builds its agents' queue on this table.
CREATE SEQUENCE portal_support_request_number;
CREATE TABLE portal_support_requests (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference        text NOT NULL UNIQUE,
  company_name     text NOT NULL CHECK (length(company_name) BETWEEN 1 AND 200),
  siren            text CHECK (siren ~ '^[0-9]{9}$'),
  region           text REFERENCES portal_regions (code),
  countries        text[] NOT NULL DEFAULT '{}',
  sector           text NOT NULL,
  step             smallint REFERENCES portal_steps (id),
  need             text NOT NULL,
  message          text NOT NULL CHECK (length(message) BETWEEN 1 AND 5000),
  contact_name     text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
  email            text NOT NULL CHECK (length(email) <= 254),
  phone            text NOT NULL DEFAULT '',
  lang             text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en')),
  user_id          uuid REFERENCES users (id) ON DELETE SET NULL,
  organisation_id  uuid REFERENCES organisations (id) ON DELETE SET NULL,
  status           text NOT NULL DEFAULT 'new',
  consent_at       timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_support_requests_status ON portal_support_requests (status, created_at);
CREATE INDEX portal_support_requests_user ON portal_support_requests (user_id, created_at DESC) WHERE user_id IS NOT NULL;

-- Self-assessments: anyone may take one; the unguessable id is the share link. A signed-in member keeps a history.
CREATE TABLE portal_assessments (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id                uuid REFERENCES users (id) ON DELETE SET NULL,
  questionnaire_version  integer NOT NULL,
  answers                jsonb NOT NULL,
  scores                 jsonb NOT NULL,
  overall                smallint NOT NULL CHECK (overall BETWEEN 0 AND 100),
  maturity               text NOT NULL CHECK (maturity IN ('new', 'occasional', 'regular')),
  lang                   text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en')),
  created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_assessments_user ON portal_assessments (user_id, created_at DESC) WHERE user_id IS NOT NULL;
