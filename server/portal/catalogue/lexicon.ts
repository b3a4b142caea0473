// The catalogue's search lexicon: every word of the published offers, unaccented and lower-cased, which the
// typo-tolerant search corrects query words against (trigram similarity). Rebuilt on publish, unpublish and seed.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function refreshSearchLexicon(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`DELETE FROM portal_search_lexicon`.execute(trx);
    await sql`
      INSERT INTO portal_search_lexicon (word)
      SELECT DISTINCT w
      FROM portal_offers o,
        regexp_split_to_table(
          lower(immutable_unaccent(o.title_fr || ' ' || o.keywords || ' ' || o.summary_fr || ' ' || o.description_fr
            || ' ' || o.title_en || ' ' || o.summary_en)),
          '[^a-z0-9]+') AS w
      WHERE o.status = 'published' AND length(w) >= 3
      ON CONFLICT DO NOTHING`.execute(trx);
  });
}
