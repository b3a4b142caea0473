-- A counter bumped by every statement that changes what the catalogue search reads (offers, providers, steps,
-- regions, the search lexicon). Each server keeps recent search answers in memory and checks, with one cheap read,
-- that they are still current: a published change appears at once, on every server. Derived state: backups skip it.
CREATE TABLE portal_catalogue_version (
  id       boolean PRIMARY KEY DEFAULT true CHECK (id),
  version  bigint NOT NULL
);

CREATE FUNCTION portal_bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO portal_catalogue_version AS v (id, version) VALUES (true, 1)
    ON CONFLICT (id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER portal_offers_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_offers
  FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_catalogue_version();
CREATE TRIGGER portal_providers_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_providers
  FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_catalogue_version();
CREATE TRIGGER portal_steps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_steps
  FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_catalogue_version();
CREATE TRIGGER portal_regions_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_regions
  FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_catalogue_version();
CREATE TRIGGER portal_search_lexicon_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_search_lexicon
  FOR EACH STATEMENT EXECUTE FUNCTION portal_bump_catalogue_version();
