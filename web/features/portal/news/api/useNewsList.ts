// GET /api/portal/news: published news, newest first, filtered by country, sector and step.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { NewsList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';

/** `search` is the canonical query string (`?step=4&page=2`). */
export const newsListQueryKey = (search: string, lang: Lang) => ['portal', 'news', 'list', search, lang] as const;

export function useNewsList(search: string) {
  const lang = useLang();
  return useQuery({
    queryKey: newsListQueryKey(search, lang),
    queryFn: () => api.get<NewsList>(`/api/portal/news${search}`),
    placeholderData: keepPreviousData,
  });
}
