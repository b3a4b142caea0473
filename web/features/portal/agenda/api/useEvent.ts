// GET /api/portal/events/:id: one published event.
import { useQuery } from '@tanstack/react-query';
import type { Event as PortalEvent } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const eventQueryKey = (id: string, lang: Lang) => ['portal', 'events', 'one', id, lang] as const;

export function useEvent(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: eventQueryKey(id, lang),
    queryFn: () => api.get<PortalEvent>(portalApi(`/events/${encodeURIComponent(id)}`)),
  });
}
