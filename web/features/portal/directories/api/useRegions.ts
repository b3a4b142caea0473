// GET /api/portal/regions: the 18 French regions with their export site and regional contacts.
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type { RegionList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const regionsQueryKey = (lang: Lang) => ['portal', 'regions', lang] as const;

export function useRegions({ enabled = true }: { enabled?: boolean } = {}) {
  const lang = useLang();
  return useQuery({
    queryKey: regionsQueryKey(lang),
    queryFn: () => api.get<Static<typeof RegionList>>(portalApi('/regions')),
    staleTime: 5 * 60_000,
    enabled,
  });
}
