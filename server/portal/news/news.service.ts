// News: published items in the request's language, latest first.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/portal-terms.ts';
import type { News, NewsList, NewsListQuery, NewsSummary } from '../../../common/schemas/portal.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import * as repo from './news.repo.ts';

export interface NewsDeps {
  db: Kysely<DB>;
  lang: Lang;
}

const pick = (lang: Lang, fr: string, en: string) => (lang === 'en' && en.trim() !== '' ? en : fr);

export function presentNewsSummary(row: repo.NewsRow, lang: Lang): NewsSummary {
  return {
    id: row.id,
    title: pick(lang, row.title_fr, row.title_en),
    summary: pick(lang, row.summary_fr, row.summary_en),
    dated: row.dated,
    countries: row.countries,
    sectors: row.sectors as NewsSummary['sectors'],
    steps: row.steps,
  };
}

export async function listNews(deps: NewsDeps, query: NewsListQuery): Promise<NewsList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { total, rows } = await repo.listNews(
    deps.db,
    { countries: query.country, sectors: query.sector, steps: query.step },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: rows.map((r) => presentNewsSummary(r, deps.lang)), total, page, pageSize };
}

export async function getNews(deps: NewsDeps, id: string): Promise<News> {
  const row = await repo.findPublishedNews(deps.db, id);
  if (!row) throw new AppError('ERR_NOT_FOUND');
  return { ...presentNewsSummary(row, deps.lang), body: pick(deps.lang, row.body_fr, row.body_en) };
}

/** The latest published news naming a country (the country page). */
export async function latestNewsAbout(deps: NewsDeps, iso2: string, limit: number): Promise<NewsSummary[]> {
  const { rows } = await repo.listNews(deps.db, { countries: [iso2] }, { limit, offset: 0 });
  return rows.map((r) => presentNewsSummary(r, deps.lang));
}
