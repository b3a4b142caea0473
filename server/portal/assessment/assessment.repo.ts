// SQL of the self-assessment: store a result, read one or a member's history, and the published offers and
// steps its recommendations draw on.
import { type Kysely, sql } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { DB } from '../../db/schema.ts';

export interface AssessmentRow {
  id: string;
  user_id: string | null;
  questionnaire_version: number;
  scores: Record<string, number>;
  overall: number;
  maturity: 'new' | 'occasional' | 'regular';
  created_at: Date;
}

export async function insertAssessment(
  db: Kysely<DB>,
  row: {
    userId: string | null;
    version: number;
    answers: Record<string, number>;
    scores: Record<string, number>;
    overall: number;
    maturity: 'new' | 'occasional' | 'regular';
    lang: Lang;
  },
): Promise<AssessmentRow> {
  return db
    .insertInto('portal_assessments')
    .values({
      user_id: row.userId,
      questionnaire_version: row.version,
      answers: JSON.stringify(row.answers),
      scores: JSON.stringify(row.scores),
      overall: row.overall,
      maturity: row.maturity,
      lang: row.lang,
    })
    .returning(['id', 'user_id', 'questionnaire_version', 'scores', 'overall', 'maturity', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function findAssessment(db: Kysely<DB>, id: string): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom('portal_assessments')
    .select(['id', 'user_id', 'questionnaire_version', 'scores', 'overall', 'maturity', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listUserAssessments(db: Kysely<DB>, userId: string, limit: number) {
  return db
    .selectFrom('portal_assessments')
    .select(['id', 'overall', 'maturity', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export interface OfferRow {
  id: string;
  title: string;
  summary: string;
  steps: number[];
  type: string;
  maturities: string[];
  price: 'free' | 'paid' | 'cofunded';
  provider_id: string;
  provider_name: string;
  provider_short_name: string;
}

/** Published offers of any of the steps and types, fit for the maturity (an empty list means every maturity). */
export async function candidateOffers(
  db: Kysely<DB>,
  scope: { steps: readonly number[]; types: readonly string[]; maturity: string },
  lang: Lang,
): Promise<OfferRow[]> {
  if (scope.steps.length === 0 || scope.types.length === 0) return [];
  const title = lang === 'fr' ? sql<string>`o.title_fr` : sql<string>`o.title_en`;
  const summary = lang === 'fr' ? sql<string>`o.summary_fr` : sql<string>`o.summary_en`;
  const result = await sql<OfferRow>`
    SELECT o.id, ${title} AS title, ${summary} AS summary, o.steps, o.type, o.maturities, o.price,
           p.id AS provider_id, p.name AS provider_name, p.short_name AS provider_short_name
    FROM portal_offers o JOIN portal_providers p ON p.id = o.provider_id
    WHERE o.status = 'published'
      AND o.steps && ${[...scope.steps]}::smallint[]
      AND o.type = ANY(${[...scope.types]}::text[])
      AND (cardinality(o.maturities) = 0 OR ${scope.maturity} = ANY(o.maturities))
    ORDER BY o.id`.execute(db);
  return result.rows;
}

export async function stepsByIds(db: Kysely<DB>, ids: readonly number[], lang: Lang) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('portal_steps')
    .select(['id', 'slug', lang === 'fr' ? 'name_fr as name' : 'name_en as name'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}
