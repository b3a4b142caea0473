// GET /api/portal/providers: the providers and partners, with their published offer counts.
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type { ProviderList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const providersQueryKey = (lang: Lang) => ['portal', 'providers', lang] as const;

export function useProviders() {
  const lang = useLang();
  return useQuery({
    queryKey: providersQueryKey(lang),
    queryFn: () => api.get<Static<typeof ProviderList>>(portalApi('/providers')),
    staleTime: 5 * 60_000,
  });
}
