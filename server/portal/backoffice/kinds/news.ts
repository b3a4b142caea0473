// News of the portal (portal_news): a dated text in both languages, tagged with countries, sectors and steps.
import { sql } from 'kysely';
import { News, type News as NewsPage } from '../../../../common/schemas/portal.ts';
import {
  CONTENT_KIND_PATHS,
  contentSchemas,
  type NewsContent,
  NewsCreateBody,
  patchBodies,
  SlugItemParams,
} from '../../../../common/schemas/portal-backoffice.ts';
import { checkCountries } from '../checks.ts';
import type { ContentRow, KindDescriptor } from '../descriptor.ts';

export const newsKind: KindDescriptor<'news'> = {
  kind: 'news',
  path: CONTENT_KIND_PATHS.news,
  table: 'portal_news',
  idColumn: 'id',
  columns: [
    'title_fr',
    'title_en',
    'summary_fr',
    'summary_en',
    'body_fr',
    'body_en',
    'dated',
    'countries',
    'sectors',
    'steps',
  ],
  schemas: {
    content: contentSchemas.news,
    create: NewsCreateBody,
    patch: patchBodies.news,
    params: SlugItemParams,
    preview: News,
  },
  requiredText: ['titleFr', 'titleEn', 'summaryFr', 'summaryEn', 'bodyFr', 'bodyEn'],
  titles: (c) => ({ fr: c.titleFr, en: c.titleEn }),
  slugSource: (c) => c.titleFr,
  searchText: sql<string>`t.id || ' ' || t.title_fr || ' ' || t.title_en`,
  draftSearchKeys: ['titleFr', 'titleEn'],
  fromRow: (r: ContentRow): NewsContent => ({
    titleFr: r.title_fr as string,
    titleEn: r.title_en as string,
    summaryFr: r.summary_fr as string,
    summaryEn: r.summary_en as string,
    bodyFr: r.body_fr as string,
    bodyEn: r.body_en as string,
    dated: r.dated as string,
    countries: r.countries as string[],
    sectors: r.sectors as NewsContent['sectors'],
    steps: r.steps as NewsContent['steps'],
  }),
  toColumns: (c) => ({
    title_fr: c.titleFr,
    title_en: c.titleEn,
    summary_fr: c.summaryFr,
    summary_en: c.summaryEn,
    body_fr: c.bodyFr,
    body_en: c.bodyEn,
    dated: c.dated,
    countries: c.countries,
    sectors: c.sectors,
    steps: c.steps,
  }),
  check: async (c, ctx) => checkCountries(c.countries, 'countries', ctx.lang),
  preview: async (c, meta, ctx): Promise<NewsPage> => {
    const en = ctx.lang === 'en';
    return {
      id: meta.id,
      title: en ? c.titleEn : c.titleFr,
      summary: en ? c.summaryEn : c.summaryFr,
      dated: c.dated,
      countries: c.countries,
      sectors: c.sectors,
      steps: c.steps,
      body: en ? c.bodyEn : c.bodyFr,
    };
  },
};
