// GET /api/portal/admin/{kind}/{id}: the version being edited, the live one, status and abilities.
import { useQuery } from '@tanstack/react-query';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { BackofficeItem } from '../../../../../common/schemas/portal-backoffice.ts';
import { api } from '../../../../app/api/client.ts';
import { itemApi } from '../kinds.ts';
import { itemKey } from './keys.ts';

export function useContentItem(kind: ContentKind, id: string) {
  return useQuery({
    queryKey: itemKey(kind, id),
    queryFn: () => api.get<BackofficeItem>(itemApi(kind, id)),
    enabled: id !== '',
  });
}
