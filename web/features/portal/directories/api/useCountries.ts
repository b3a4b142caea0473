// GET /api/portal/countries?q=: the country directory, searched in French or English.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CountryList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const countriesQueryKey = (q: string, lang: Lang) => ['portal', 'countries', 'list', q, lang] as const;

export function useCountries(q = '') {
  const lang = useLang();
  return useQuery({
    queryKey: countriesQueryKey(q, lang),
    queryFn: () => api.get<CountryList>(portalApi('/countries', { q })),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
