// GET /api/portal/admin/{kind}/{id}/preview?lang=: the item as the public will read it, pending changes applied.
import { useQuery } from '@tanstack/react-query';
import type { ContentKind, Lang } from '../../../../../common/portal-terms.ts';
import type { Contact, Event, News, Offer } from '../../../../../common/schemas/portal.ts';
import type { CountryPreview } from '../../../../../common/schemas/portal-backoffice.ts';
import { api } from '../../../../app/api/client.ts';
import { itemApi } from '../kinds.ts';
import { itemKey } from './keys.ts';

export interface PreviewOf {
  offer: Offer;
  event: Event;
  news: News;
  contact: Contact;
  country: CountryPreview;
}

export function useContentPreview<K extends ContentKind>(kind: K, id: string, lang: Lang, enabled: boolean) {
  return useQuery({
    queryKey: [...itemKey(kind, id), 'preview', lang],
    queryFn: () => api.get<PreviewOf[K]>(itemApi(kind, id, `/preview?lang=${lang}`)),
    enabled,
  });
}
