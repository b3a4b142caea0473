-- The network: member profiles, spaces (communities and deal rooms), posts, comments, reactions, attachments,
-- conversations, the front office on top of the portal's support requests, notifications and moderation.
-- Every content row carries its label (level, tlp, compartment_id) so the access policy's `visibleTo` filters it,
-- and its space_id (the distribution key for Citus, see docs/decisions/0007-network.md).

-- Conversations (direct messages) are compartments too: their named members are the participants.
ALTER TABLE compartments DROP CONSTRAINT compartments_kind_check;
ALTER TABLE compartments ADD CONSTRAINT compartments_kind_check
  CHECK (kind IN ('deal_room', 'company_file', 'conversation'));

-- Profiles: one per user, created on first edit (the directory reads users LEFT JOIN net_profiles).
CREATE TABLE net_profiles (
  user_id         uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  title           text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  country         text CHECK (country ~ '^[A-Z]{2}$'),
  sectors         text[] NOT NULL DEFAULT '{}',
  expertise       text[] NOT NULL DEFAULT '{}',
  languages       text[] NOT NULL DEFAULT '{}',
  bio             text NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
  -- A public profile is listed to every signed-in member; otherwise agents only (plus assigned and colleagues).
  public_profile  boolean NOT NULL DEFAULT false,
  verified_at     timestamptz,
  verified_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The directory's search text: name, organisation, title, expertise, sectors (kept by the members service).
CREATE TABLE net_member_search (
  user_id  uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  search   tsvector NOT NULL
);
CREATE INDEX net_member_search_idx ON net_member_search USING gin (search) WITH (fastupdate = off);
CREATE INDEX users_name_trgm ON users USING gin (immutable_unaccent(lower(name)) gin_trgm_ops) WITH (fastupdate = off);

-- The agents assigned to an outside member (company or partner): whom they see in the directory and may write to.
-- A partner's sponsor (the agent whose invitation they accepted) counts as assigned without a row here.
CREATE TABLE net_assignments (
  member_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  agent_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reason      text NOT NULL CHECK (reason IN ('request', 'deal_room', 'manual')),
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, agent_id)
);
CREATE INDEX net_assignments_agent_idx ON net_assignments (agent_id);

-- Suspensions by moderators: a suspended member reads but cannot write (posts, comments, messages, reports).
CREATE TABLE net_suspensions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  until       timestamptz,
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  lifted_at   timestamptz,
  lifted_by   uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX net_suspensions_user_idx ON net_suspensions (user_id) WHERE lifted_at IS NULL;

-- Spaces: communities (country, sector, theme) and deal rooms. The space's own label says who may know it
-- exists: 0-2 for communities; a deal room is level 3 in its compartment (its id is the compartment's id).
CREATE TABLE net_spaces (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL CHECK (kind IN ('country', 'sector', 'theme', 'deal_room')),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  country         text CHECK (country ~ '^[A-Z]{2}$'),
  sector          text,
  level           smallint NOT NULL CHECK (level BETWEEN 0 AND 3),
  tlp             text NOT NULL,
  compartment_id  uuid REFERENCES compartments (id) ON DELETE CASCADE,
  default_level   smallint NOT NULL CHECK (default_level BETWEEN 0 AND 3),
  default_tlp     text NOT NULL,
  membership      text NOT NULL CHECK (membership IN ('open', 'request', 'invitation')),
  created_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  archived_at     timestamptz,
  search          tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('french_unaccent', name), 'A') || setweight(to_tsvector('french_unaccent', description), 'B')
  ) STORED,
  CHECK ((kind = 'deal_room') = (compartment_id IS NOT NULL)),
  CHECK ((level = 3) = (compartment_id IS NOT NULL)),
  CHECK (kind <> 'deal_room' OR (id = compartment_id AND default_level = 3 AND membership = 'invitation')),
  CHECK (default_level >= level)
);
CREATE INDEX net_spaces_kind_idx ON net_spaces (kind, name);
CREATE INDEX net_spaces_search_idx ON net_spaces USING gin (search) WITH (fastupdate = off);

-- Members of communities. Deal room members are compartment_members (named users and agent teams).
CREATE TABLE net_space_members (
  space_id    uuid NOT NULL REFERENCES net_spaces (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role        text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'moderator', 'member')),
  state       text NOT NULL DEFAULT 'member' CHECK (state IN ('member', 'requested', 'invited')),
  invited_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (space_id, user_id)
);
CREATE INDEX net_space_members_user_idx ON net_space_members (user_id, space_id) WHERE state = 'member';

-- Deal rooms: the project around which the compartment exists. Same id as the compartment and the space.
CREATE TABLE net_deal_rooms (
  id          uuid PRIMARY KEY REFERENCES net_spaces (id) ON DELETE CASCADE,
  company_id  uuid NOT NULL REFERENCES organisations (id),
  project     text NOT NULL DEFAULT '' CHECK (length(project) <= 2000),
  sector      text NOT NULL,
  country     text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  consortium  boolean NOT NULL DEFAULT false,
  request_id  uuid,
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX net_deal_rooms_company_idx ON net_deal_rooms (company_id);
CREATE INDEX net_deal_rooms_conflict_idx ON net_deal_rooms (sector, country);

-- The companies a deal room holds (the lead company, plus consortium members once declared).
CREATE TABLE net_deal_room_companies (
  room_id          uuid NOT NULL REFERENCES net_deal_rooms (id) ON DELETE CASCADE,
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  added_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  added_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (room_id, organisation_id)
);
CREATE INDEX net_deal_room_companies_org_idx ON net_deal_room_companies (organisation_id);

CREATE TABLE net_posts (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  space_id        uuid NOT NULL REFERENCES net_spaces (id) ON DELETE CASCADE,
  author_id       uuid REFERENCES users (id) ON DELETE SET NULL,
  title           text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  body_html       text NOT NULL,
  level           smallint NOT NULL CHECK (level BETWEEN 0 AND 3),
  tlp             text NOT NULL,
  compartment_id  uuid REFERENCES compartments (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  edited_at       timestamptz,
  hidden_at       timestamptz,
  hidden_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  hidden_reason   text,
  search          tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('french_unaccent', title), 'A') || setweight(to_tsvector('french_unaccent', body), 'B')
  ) STORED,
  CHECK ((level = 3) = (compartment_id IS NOT NULL))
);
CREATE INDEX net_posts_space_time_idx ON net_posts (space_id, created_at DESC, id DESC);
CREATE INDEX net_posts_author_idx ON net_posts (author_id, created_at DESC);
CREATE INDEX net_posts_search_idx ON net_posts USING gin (search) WITH (fastupdate = off);

-- A comment never carries a lower label than its post (checked by the service with canWriteChild).
CREATE TABLE net_comments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id         uuid NOT NULL REFERENCES net_posts (id) ON DELETE CASCADE,
  space_id        uuid NOT NULL REFERENCES net_spaces (id) ON DELETE CASCADE,
  author_id       uuid REFERENCES users (id) ON DELETE SET NULL,
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  body_html       text NOT NULL,
  level           smallint NOT NULL CHECK (level BETWEEN 0 AND 3),
  tlp             text NOT NULL,
  compartment_id  uuid REFERENCES compartments (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  edited_at       timestamptz,
  hidden_at       timestamptz,
  hidden_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  hidden_reason   text,
  search          tsvector GENERATED ALWAYS AS (to_tsvector('french_unaccent', body)) STORED,
  CHECK ((level = 3) = (compartment_id IS NOT NULL))
);
CREATE INDEX net_comments_post_idx ON net_comments (post_id, created_at, id);
CREATE INDEX net_comments_search_idx ON net_comments USING gin (search) WITH (fastupdate = off);

CREATE TABLE net_reactions (
  post_id     uuid NOT NULL REFERENCES net_posts (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('like', 'thanks', 'insightful', 'support')),
  space_id    uuid NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (post_id, user_id, kind)
);

-- Direct messages: a conversation is a compartment (kind 'conversation') whose named members take part.
CREATE TABLE net_conversations (
  id               uuid PRIMARY KEY REFERENCES compartments (id) ON DELETE CASCADE,
  title            text NOT NULL DEFAULT '' CHECK (length(title) <= 120),
  created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  last_message_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE net_conversation_reads (
  conversation_id  uuid NOT NULL REFERENCES net_conversations (id) ON DELETE CASCADE,
  user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  last_read_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, user_id)
);

CREATE TABLE net_messages (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id  uuid NOT NULL REFERENCES net_conversations (id) ON DELETE CASCADE,
  author_id        uuid REFERENCES users (id) ON DELETE SET NULL,
  body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  body_html        text NOT NULL,
  level            smallint NOT NULL DEFAULT 3 CHECK (level = 3),
  tlp              text NOT NULL DEFAULT 'RED' CHECK (tlp IN ('AMBER', 'RED')),
  compartment_id   uuid NOT NULL REFERENCES compartments (id) ON DELETE CASCADE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (compartment_id = conversation_id)
);
CREATE INDEX net_messages_conversation_idx ON net_messages (conversation_id, created_at DESC, id DESC);

-- Attachments: checked by content, stored under DATA_DIR/attachments by their SHA-256. Uploaded first (no parent,
-- label level 3 outside any compartment: nobody reads it), then attached to a post, comment or message, whose
-- label they take.
CREATE TABLE net_attachments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  uploader_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  post_id         uuid REFERENCES net_posts (id) ON DELETE CASCADE,
  comment_id      uuid REFERENCES net_comments (id) ON DELETE CASCADE,
  message_id      uuid REFERENCES net_messages (id) ON DELETE CASCADE,
  space_id        uuid,
  filename        text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  media_type      text NOT NULL,
  size            integer NOT NULL CHECK (size > 0),
  sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  level           smallint NOT NULL DEFAULT 3 CHECK (level BETWEEN 0 AND 3),
  tlp             text NOT NULL DEFAULT 'RED',
  compartment_id  uuid REFERENCES compartments (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  attached_at     timestamptz,
  CHECK (num_nonnulls(post_id, comment_id, message_id) <= 1)
);
CREATE INDEX net_attachments_post_idx ON net_attachments (post_id) WHERE post_id IS NOT NULL;
CREATE INDEX net_attachments_comment_idx ON net_attachments (comment_id) WHERE comment_id IS NOT NULL;
CREATE INDEX net_attachments_message_idx ON net_attachments (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX net_attachments_pending_idx ON net_attachments (uploader_id, created_at) WHERE attached_at IS NULL;

-- The front office, on the portal's support requests: each request is a company file (a compartment holding the
-- requester by name and the agent teams of its queue and of the partner it was routed to). The request row is
-- level 3 in that compartment; internal notes are level 2 in it (the agents among its members).
ALTER TABLE portal_support_requests
  ADD COLUMN level smallint NOT NULL DEFAULT 3 CHECK (level = 3),
  ADD COLUMN tlp text NOT NULL DEFAULT 'AMBER',
  ADD COLUMN compartment_id uuid REFERENCES compartments (id),
  ADD COLUMN queue_id uuid REFERENCES organisations (id),
  ADD COLUMN assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN routed_to_id uuid REFERENCES organisations (id),
  ADD COLUMN routed_contact_id uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN deal_room_id uuid REFERENCES net_deal_rooms (id) ON DELETE SET NULL,
  ADD COLUMN amount_eur bigint CHECK (amount_eur >= 0),
  ADD COLUMN triaged_at timestamptz,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE portal_support_requests
  ADD CONSTRAINT portal_support_requests_status_check
  CHECK (status IN ('new', 'triaged', 'routed', 'in_progress', 'closed'));
CREATE INDEX portal_support_requests_queue_idx ON portal_support_requests (queue_id, status, created_at);
CREATE INDEX portal_support_requests_compartment_idx ON portal_support_requests (compartment_id);

-- Requests filed before this migration get their company file now (no queue: the central front office).
DO $$
DECLARE
  r record;
  c uuid;
BEGIN
  FOR r IN SELECT id, reference, user_id FROM portal_support_requests WHERE compartment_id IS NULL LOOP
    INSERT INTO compartments (kind, name) VALUES ('company_file', r.reference) RETURNING id INTO c;
    IF r.user_id IS NOT NULL THEN
      INSERT INTO compartment_members (compartment_id, user_id) VALUES (c, r.user_id);
    END IF;
    UPDATE portal_support_requests SET compartment_id = c WHERE id = r.id;
  END LOOP;
END $$;

-- A request's timeline. Level 3 (the whole company file, the company included): created, status changes,
-- routing to a contact, deal room opened. Level 2 (its agents only): assignment, internal notes, routing messages.
CREATE TABLE net_request_events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id      uuid NOT NULL REFERENCES portal_support_requests (id) ON DELETE CASCADE,
  at              timestamptz NOT NULL DEFAULT now(),
  actor_id        uuid REFERENCES users (id) ON DELETE SET NULL,
  kind            text NOT NULL CHECK (kind IN ('created', 'assigned', 'routed', 'routing_message', 'status', 'note', 'deal_room')),
  status          text,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  body            text CHECK (length(body) <= 5000),
  level           smallint NOT NULL CHECK (level IN (2, 3)),
  tlp             text NOT NULL,
  compartment_id  uuid NOT NULL REFERENCES compartments (id) ON DELETE CASCADE
);
CREATE INDEX net_request_events_request_idx ON net_request_events (request_id, at, id);

-- Notifications point at an object and copy its label when sent; reads re-check the object's current label.
CREATE TABLE net_notifications (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind            text NOT NULL,
  actor_id        uuid REFERENCES users (id) ON DELETE SET NULL,
  object_type     text NOT NULL CHECK (object_type IN ('post', 'comment', 'space', 'request', 'conversation', 'report')),
  object_id       uuid NOT NULL,
  level           smallint NOT NULL CHECK (level BETWEEN 0 AND 3),
  compartment_id  uuid REFERENCES compartments (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  read_at         timestamptz,
  emailed_at      timestamptz
);
CREATE INDEX net_notifications_user_idx ON net_notifications (user_id, created_at DESC, id DESC);
CREATE INDEX net_notifications_unmailed_idx ON net_notifications (user_id, created_at) WHERE emailed_at IS NULL;

CREATE TABLE net_notification_settings (
  user_id         uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  email           text NOT NULL DEFAULT 'daily' CHECK (email IN ('off', 'immediate', 'daily')),
  digest_hour     smallint NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
  last_digest_at  timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Reports of posts and comments, handled by moderators who can read the reported item.
CREATE TABLE net_reports (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id      uuid REFERENCES net_posts (id) ON DELETE CASCADE,
  comment_id   uuid REFERENCES net_comments (id) ON DELETE CASCADE,
  space_id     uuid NOT NULL REFERENCES net_spaces (id) ON DELETE CASCADE,
  reporter_id  uuid REFERENCES users (id) ON DELETE SET NULL,
  reason       text NOT NULL CHECK (reason IN ('spam', 'abuse', 'confidential', 'off_topic', 'other')),
  details      text NOT NULL DEFAULT '' CHECK (length(details) <= 2000),
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
  resolution   text,
  resolved_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  resolved_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(post_id, comment_id) = 1)
);
CREATE INDEX net_reports_status_idx ON net_reports (status, created_at);
