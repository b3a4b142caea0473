// SQL of the catalogue: what the lexicon says about query words, the published offers matching the words (with
// their relevance, facet fields and summary) and the labels of steps, providers and regions, offers as lists show
// them, one offer. Only published offers are ever read here.
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { DB } from '../../db/schema.ts';
import type { Candidate } from './facets.ts';
import type { Alternative, WordVerdict } from './search-text.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Trigram similarity a lexicon word needs to correct an unknown query word. Tuned on the catalogue: "asurance"
 * (0.73 to "assurance"), "prospektion" (0.6), "finacement" (0.64) are corrected; unrelated words are not.
 */
export const CORRECTION_THRESHOLD = 0.45;
/** Corrections within this similarity of the best one are searched too ("word(s)"). */
const CORRECTION_MARGIN = 0.03;
const MAX_SUGGESTIONS = 3;
const MAX_COMPLETIONS = 8;

/** Column of the request's language: the name is picked from a closed set, never from input. */
const col = (base: string, lang: Lang) => sql.ref(`${base}_${lang}`);

/**
 * For each query word: known (in the lexicon, matched by the full-text search of a published offer in French or
 * English, a stop word, or too short to correct); and for the word being typed (`completeIndex`, 1-based; 0:
 * none) when unknown, the lexicon words it starts. Corrections are asked for separately (`closestWords`), only
 * for the unknown words: most queries need none.
 */
export async function judgeWords(
  db: Executor,
  words: string[],
  completeIndex: number,
): Promise<Omit<WordVerdict, 'suggestions'>[]> {
  if (words.length === 0) return [];
  const result = await sql<{ known: boolean; completions: string[] | null }>`
    WITH q AS (SELECT w.word, w.i FROM unnest(${words}::text[]) WITH ORDINALITY AS w(word, i)),
    judged AS (
      SELECT q.word, q.i,
        length(q.word) < 3
        OR EXISTS (SELECT 1 FROM portal_search_lexicon l WHERE l.word = q.word)
        OR numnode(plainto_tsquery('french_unaccent', q.word)) = 0
        OR EXISTS (
          SELECT 1 FROM portal_offers o
          WHERE o.status = 'published'
            AND (o.search_fr @@ plainto_tsquery('french_unaccent', q.word)
              OR o.search_en @@ plainto_tsquery('english', q.word))) AS known
      FROM q
    )
    SELECT j.known,
      CASE WHEN j.known OR j.i <> ${completeIndex} THEN NULL ELSE (
        SELECT array_agg(c.word ORDER BY length(c.word), c.word)
        FROM (
          SELECT l.word FROM portal_search_lexicon l
          WHERE l.word LIKE j.word || '%' AND l.word <> j.word
          ORDER BY length(l.word), l.word LIMIT ${MAX_COMPLETIONS}
        ) c
      ) END AS completions
    FROM judged j
    ORDER BY j.i`.execute(db);
  return result.rows.map((r) => ({ known: r.known, completions: r.completions ?? [] }));
}

/**
 * The lexicon words closest to each word (trigram similarity at least CORRECTION_THRESHOLD, within
 * CORRECTION_MARGIN of the best), best first. The trigram index is forced: on a table this small the planner
 * prefers a sequential scan, which computes the similarity of every word (ten times slower on PGlite).
 */
export async function closestWords(db: Kysely<DB>, words: string[]): Promise<string[][]> {
  if (words.length === 0) return [];
  const result = await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    return sql<{ suggestions: string[] | null }>`
      SELECT (
        SELECT array_agg(s.word ORDER BY s.sim DESC, s.word)
        FROM (
          SELECT l.word, similarity(l.word, q.word) AS sim, max(similarity(l.word, q.word)) OVER () AS best
          FROM portal_search_lexicon l
          WHERE l.word % q.word AND similarity(l.word, q.word) >= ${CORRECTION_THRESHOLD}
        ) s
        WHERE s.sim >= s.best - ${CORRECTION_MARGIN}
      ) AS suggestions
      FROM unnest(${words}::text[]) WITH ORDINALITY AS q(word, i)
      ORDER BY q.i`.execute(trx);
  });
  return result.rows.map((r) => (r.suggestions ?? []).slice(0, MAX_SUGGESTIONS));
}

/** One word group's text query in one configuration: its alternatives ORed. */
function groupQuery(group: Alternative[], config: 'french_unaccent' | 'english'): RawBuilder<unknown> {
  const cfg = sql.lit(config);
  const alternative = (a: Alternative) =>
    'prefix' in a ? sql`to_tsquery(${cfg}, ${`${a.prefix}:*`})` : sql`plainto_tsquery(${cfg}, ${a.word})`;
  return sql`(${sql.join(group.map(alternative), sql` || `)})`;
}

/** Names of the steps, providers and regions (small reference tables), for facet labels. */
export interface ReferenceLabels {
  steps: Map<number, string>;
  providers: Map<string, string>;
  regions: Map<string, string>;
}

/** A candidate as the search query aggregates it: one JSON array per offer (see `candidateJson`). */
type CandidateTuple = [
  id: string,
  providerId: string,
  providerShortName: string,
  title: string,
  steps: number[],
  type: string,
  price: string,
  companySizes: string[],
  maturities: string[],
  sectors: string[],
  regions: string[],
  countries: string[],
  publishedAt: string | null,
  rank: number,
  summary: string,
  url: string,
  updatedAt: string,
  providerName: string,
];

/** A candidate with what a page shows of it: the page needs no second query. */
export type CandidateOffer = Candidate & { offer: OfferSummaryRow };

// Rows come back as one JSON text per query: decoding many rows of arrays costs far more on PGlite, and the
// summary fields cost next to nothing in the same aggregate.
const candidateJson = (lang: Lang, rank: RawBuilder<unknown>) => sql`json_build_array(o.id, o.provider_id,
  p.short_name, ${col('o.title', lang)}, o.steps, o.type, o.price, o.company_sizes, o.maturities, o.sectors,
  o.regions, o.countries, o.published_at, ${rank}, ${col('o.summary', lang)}, o.url, o.updated_at, p.name)`;

/** The labels, in the same query as the candidates: one round trip. */
const labelsJson = (lang: Lang) => sql`
  (SELECT json_agg(json_build_array(id, ${col('name', lang)})) FROM portal_steps)::text AS steps,
  (SELECT json_agg(json_build_array(id, short_name)) FROM portal_providers)::text AS providers,
  (SELECT json_agg(json_build_array(code, name)) FROM portal_regions)::text AS regions`;

interface CandidatesRow {
  candidates: string | null;
  steps: string | null;
  providers: string | null;
  regions: string | null;
}

/**
 * The published offers matching the words (all of them without words), with what filters, facets and sorts
 * need, and the labels of steps, providers and regions. The provider's names are searchable with the offer's own
 * text. Relevance: ts_rank_cd with the columns' weights (title and keywords A, summary and provider B,
 * description C), the request's language first. Concatenating the offer's and the provider's vectors, or
 * building a vector of the title at query time, would cost more than the rest of the search on PGlite.
 */
export async function findCandidates(
  db: Executor,
  groups: Alternative[][],
  lang: Lang,
): Promise<{ candidates: CandidateOffer[]; labels: ReferenceLabels }> {
  let row: CandidatesRow | undefined;
  if (groups.length === 0) {
    const result = await sql<CandidatesRow>`
      SELECT (
        SELECT json_agg(${candidateJson(lang, sql`0`)})
        FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
        WHERE o.status = 'published'
      )::text AS candidates, ${labelsJson(lang)}`.execute(db);
    row = result.rows[0];
  } else {
    const [first, second] = lang === 'fr' ? [sql`r.fr`, sql`r.en`] : [sql`r.en`, sql`r.fr`];
    // Each word group is one column pair (g0_fr, g0_en, ...) of the query row; `every` ANDs them, `any` ORs them.
    const columns = groups.flatMap((g, i) => [
      sql`${groupQuery(g, 'french_unaccent')} AS ${sql.ref(`g${i}_fr`)}`,
      sql`${groupQuery(g, 'english')} AS ${sql.ref(`g${i}_en`)}`,
    ]);
    const combine = (language: Lang, operator: '&&' | '||') =>
      sql.join(
        groups.map((_, i) => sql.ref(`q.g${i}_${language}`)),
        sql.raw(` ${operator} `),
      );
    // With one word group, "all together" is the same as "any": computed once.
    const allTogether = (language: Lang) =>
      groups.length > 1
        ? sql`ts_rank_cd(${sql.ref(`o.search_${language}`)}, ${sql.ref(`w.every_${language}`)}, 32)`
        : sql`0`;
    // A group matches the offer's text or its provider's names, in French or English; a stop word in either
    // language ("de", "for") matches everything. Every group must match.
    const matches = groups.map((_, i) => {
      const [fr, en] = [sql.ref(`q.g${i}_fr`), sql.ref(`q.g${i}_en`)];
      return sql`(numnode(${fr}) = 0 OR numnode(${en}) = 0 OR o.search_fr @@ ${fr} OR o.search_en @@ ${en}
        OR p.fr @@ ${fr} OR p.en @@ ${en})`;
    });
    const result = await sql<CandidatesRow>`
      WITH query AS (SELECT ${sql.join(columns)}),
      words AS (
        SELECT ${combine('fr', '&&')} AS every_fr, ${combine('en', '&&')} AS every_en,
          ${combine('fr', '||')} AS any_fr, ${combine('en', '||')} AS any_en
        FROM query q
      ),
      provider AS (
        SELECT id, name, short_name,
          setweight(to_tsvector('french_unaccent', name || ' ' || short_name), 'B') AS fr,
          setweight(to_tsvector('english', name || ' ' || short_name), 'B') AS en
        FROM portal_providers
      )
      SELECT (
        SELECT json_agg(${candidateJson(lang, sql`${first} + 0.1 * ${second}`)})
        FROM query q, words w, portal_offers o
          JOIN provider p ON p.id = o.provider_id
          -- Cover density scaled to [0, 1) (32): all the words together in the offer's text, then any of them
          -- (one may be in the provider's name only), then the provider's names.
          CROSS JOIN LATERAL (SELECT
            ${allTogether('fr')} + ts_rank_cd(o.search_fr, w.any_fr, 32) + ts_rank_cd(p.fr, w.any_fr, 32) AS fr,
            ${allTogether('en')} + ts_rank_cd(o.search_en, w.any_en, 32) + ts_rank_cd(p.en, w.any_en, 32) AS en) r
        WHERE o.status = 'published' AND ${sql.join(matches, sql` AND `)}
      )::text AS candidates, ${labelsJson(lang)}`.execute(db);
    row = result.rows[0];
  }
  const tuples = JSON.parse(row?.candidates ?? 'null') as CandidateTuple[] | null;
  const pairs = (json: string | null | undefined) => (JSON.parse(json ?? 'null') ?? []) as [string | number, string][];
  return {
    candidates: (tuples ?? []).map((t) => ({
      id: t[0],
      providerId: t[1],
      providerShortName: t[2],
      title: t[3],
      steps: t[4],
      type: t[5],
      price: t[6],
      companySizes: t[7],
      maturities: t[8],
      sectors: t[9],
      regions: t[10],
      countries: t[11],
      publishedAt: t[12] === null ? null : new Date(t[12]),
      rank: Number(t[13]),
      offer: {
        id: t[0],
        title: t[3],
        summary: t[14],
        provider_id: t[1],
        provider_name: t[17],
        provider_short_name: t[2],
        steps: t[4],
        type: t[5],
        price: t[6],
        company_sizes: t[7],
        maturities: t[8],
        sectors: t[9],
        regions: t[10],
        countries: t[11],
        url: t[15],
        updated_at: t[16],
      },
    })),
    labels: {
      steps: new Map(pairs(row?.steps).map(([id, name]) => [Number(id), name])),
      providers: new Map(pairs(row?.providers).map(([id, name]) => [String(id), name])),
      regions: new Map(pairs(row?.regions).map(([code, name]) => [String(code), name])),
    },
  };
}

/** An offer as lists show it, in one language, with its provider. */
export interface OfferSummaryRow {
  id: string;
  title: string;
  summary: string;
  provider_id: string;
  provider_name: string;
  provider_short_name: string;
  steps: number[];
  type: string;
  price: string;
  company_sizes: string[];
  maturities: string[];
  sectors: string[];
  regions: string[];
  countries: string[];
  url: string;
  updated_at: Date | string;
}

const summaryJson = (lang: Lang) => sql`json_build_object('id', o.id, 'title', ${col('o.title', lang)},
  'summary', ${col('o.summary', lang)}, 'provider_id', o.provider_id, 'provider_name', p.name,
  'provider_short_name', p.short_name, 'steps', o.steps, 'type', o.type, 'price', o.price,
  'company_sizes', o.company_sizes, 'maturities', o.maturities, 'sectors', o.sectors, 'regions', o.regions,
  'countries', o.countries, 'url', o.url, 'updated_at', o.updated_at)`;

/** Which published offers to list: given ids, a step's, or those naming a country. */
export type OfferSelection = { ids: string[] } | { step: number } | { country: string };

/** Published offers of a selection, in no particular order (callers sort). */
export async function findOfferSummaries(
  db: Executor,
  selection: OfferSelection,
  lang: Lang,
): Promise<OfferSummaryRow[]> {
  let where: RawBuilder<unknown>;
  if ('ids' in selection) {
    if (selection.ids.length === 0) return [];
    where = sql`o.id = ANY(${selection.ids}::text[])`;
  } else if ('step' in selection) where = sql`${selection.step}::smallint = ANY(o.steps)`;
  else where = sql`${selection.country}::text = ANY(o.countries)`;
  const result = await sql<{ offers: string | null }>`
    SELECT json_agg(${summaryJson(lang)})::text AS offers
    FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
    WHERE o.status = 'published' AND ${where}`.execute(db);
  return (JSON.parse(result.rows[0]?.offers ?? 'null') ?? []) as OfferSummaryRow[];
}

export interface OfferRow extends OfferSummaryRow {
  description: string;
  price_note: string;
  published_at: Date | null;
}

export async function findOffer(db: Executor, id: string, lang: Lang): Promise<OfferRow | undefined> {
  const result = await sql<OfferRow>`
    SELECT o.id, ${col('o.title', lang)} AS title, ${col('o.summary', lang)} AS summary, o.provider_id,
      p.name AS provider_name, p.short_name AS provider_short_name, o.steps, o.type, o.price, o.company_sizes,
      o.maturities, o.sectors, o.regions, o.countries, o.url, o.updated_at,
      ${col('o.description', lang)} AS description, ${col('o.price_note', lang)} AS price_note, o.published_at
    FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
    WHERE o.status = 'published' AND o.id = ${id}`.execute(db);
  return result.rows[0];
}

/** The catalogue's version, bumped by triggers on every change to what a search reads (migration 0004). */
export async function catalogueVersion(db: Executor): Promise<number> {
  const { rows } = await sql<{ version: string | number | null }>`
    SELECT max(version) AS version FROM portal_catalogue_version`.execute(db);
  return Number(rows[0]?.version ?? 0);
}
