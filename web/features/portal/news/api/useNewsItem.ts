// GET /api/portal/news/:id: one published news item.
import { useQuery } from '@tanstack/react-query';
import type { News } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const newsItemQueryKey = (id: string, lang: Lang) => ['portal', 'news', 'one', id, lang] as const;

export function useNewsItem(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: newsItemQueryKey(id, lang),
    queryFn: () => api.get<News>(portalApi(`/news/${encodeURIComponent(id)}`)),
  });
}
