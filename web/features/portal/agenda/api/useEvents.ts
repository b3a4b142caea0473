// GET /api/portal/events: the agenda, filtered by dates, country, sector, region, type and words.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EventList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';

/** `search` is the canonical query string (`?from=…&country=VN`), the same as the page's and the iCal feed's. */
export const eventsQueryKey = (search: string, lang: Lang) => ['portal', 'events', 'list', search, lang] as const;

export function useEvents(search: string) {
  const lang = useLang();
  return useQuery({
    queryKey: eventsQueryKey(search, lang),
    queryFn: () => api.get<EventList>(`/api/portal/events${search}`),
    placeholderData: keepPreviousData,
  });
}
