// The catalogue's search lexicon: every word of the published offers and of their providers' names, unaccented
// and lower-cased, which the typo-tolerant search corrects query words against (trigram similarity). Rebuilt on
// publish, unpublish and seed.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * One statement (words gone deleted, new words added), so it runs as well inside a caller's transaction as on
 * its own, and a concurrent search never sees a half-built lexicon; then the index is tidied.
 */
export async function refreshSearchLexicon(db: Kysely<DB> | Transaction<DB>): Promise<void> {
  await sql`
    WITH words AS (
      SELECT DISTINCT w AS word
      FROM portal_offers o
        JOIN portal_providers p ON p.id = o.provider_id,
        regexp_split_to_table(
          lower(immutable_unaccent(o.title_fr || ' ' || o.keywords || ' ' || o.summary_fr || ' ' || o.description_fr
            || ' ' || o.title_en || ' ' || o.summary_en || ' ' || o.description_en
            || ' ' || p.name || ' ' || p.short_name)),
          '[^a-z0-9]+') AS w
      WHERE o.status = 'published' AND length(w) >= 3
    ),
    gone AS (
      DELETE FROM portal_search_lexicon l WHERE NOT EXISTS (SELECT 1 FROM words WHERE words.word = l.word)
    )
    INSERT INTO portal_search_lexicon (word)
    SELECT word FROM words
    ON CONFLICT DO NOTHING`.execute(db);
  // New entries wait in the trigram index's pending list until a vacuum, which PGlite never runs on its own; the
  // corrections search (catalogue.repo.ts, closestWords) reads that list linearly, so merge it now.
  await sql`SELECT gin_clean_pending_list('portal_search_lexicon_trgm'::regclass)`.execute(db);
}
