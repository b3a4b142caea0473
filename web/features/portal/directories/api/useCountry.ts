// GET /api/portal/countries/:iso2: a country's facts, sources, State networks, offers, events and news.
import { useQuery } from '@tanstack/react-query';
import type { Country } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const countryQueryKey = (iso2: string, lang: Lang) => ['portal', 'countries', 'one', iso2, lang] as const;

export function useCountry(iso2: string, { enabled = true }: { enabled?: boolean } = {}) {
  const lang = useLang();
  return useQuery({
    queryKey: countryQueryKey(iso2, lang),
    queryFn: () => api.get<Country>(portalApi(`/countries/${encodeURIComponent(iso2)}`)),
    enabled,
  });
}
