// GET /api/portal/offers: the catalogue search (words, filters, sort, page) with facet counts and the corrected
// query when the typo tolerance changed words.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OfferList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';

/** `search` is the canonical query string (`?q=…&step=4`), the same in the page's URL and the API's. */
export const offersQueryKey = (search: string, lang: Lang) => ['portal', 'offers', 'list', search, lang] as const;

export function useOffers(search: string) {
  const lang = useLang();
  return useQuery({
    queryKey: offersQueryKey(search, lang),
    queryFn: () => api.get<OfferList>(`/api/portal/offers${search}`),
    // A new filter keeps the previous results on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
