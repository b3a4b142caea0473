// GET /api/portal/offers/:id: one published offer.
import { useQuery } from '@tanstack/react-query';
import type { Offer } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const offerQueryKey = (id: string, lang: Lang) => ['portal', 'offers', 'one', id, lang] as const;

export function useOffer(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: offerQueryKey(id, lang),
    queryFn: () => api.get<Offer>(portalApi(`/offers/${encodeURIComponent(id)}`)),
  });
}
