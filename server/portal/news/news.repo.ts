// SQL of the news: published items, latest first, filtered by country, sector and journey step.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface NewsRow {
  id: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  body_fr: string;
  body_en: string;
  dated: string;
  countries: string[];
  sectors: string[];
  steps: number[];
}

/** Every criterion narrows; within one, any value matches. An item naming no country matches no country filter. */
export interface NewsFilter {
  countries?: string[] | undefined;
  sectors?: string[] | undefined;
  steps?: number[] | undefined;
}

function newsWhere(f: NewsFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`status = 'published'`];
  if (f.countries?.length) parts.push(sql`countries && ${f.countries}::text[]`);
  if (f.sectors?.length) parts.push(sql`sectors && ${f.sectors}::text[]`);
  if (f.steps?.length) parts.push(sql`steps && ${f.steps}::smallint[]`);
  return sql.join(parts, sql` AND `);
}

const newsColumns = sql`id, title_fr, title_en, summary_fr, summary_en, body_fr, body_en, dated, countries, sectors,
  steps`;

export async function listNews(
  db: Kysely<DB>,
  filter: NewsFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: NewsRow[] }> {
  const rows = await sql<NewsRow>`
    SELECT ${newsColumns} FROM portal_news WHERE ${newsWhere(filter)}
    ORDER BY dated DESC, published_at DESC NULLS LAST, id COLLATE "C"
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM portal_news WHERE ${newsWhere(filter)}`.execute(db);
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows };
}

export async function findPublishedNews(db: Kysely<DB>, id: string): Promise<NewsRow | undefined> {
  const result = await sql<NewsRow>`
    SELECT ${newsColumns} FROM portal_news WHERE id = ${id} AND status = 'published'`.execute(db);
  return result.rows[0];
}
