// GET /api/portal/admin/{kind}/{id}/history: who changed what, when, newest first.
import { useQuery } from '@tanstack/react-query';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { RevisionList } from '../../../../../common/schemas/portal-backoffice.ts';
import { api } from '../../../../app/api/client.ts';
import { itemApi } from '../kinds.ts';
import { itemKey } from './keys.ts';

export function useContentHistory(kind: ContentKind, id: string) {
  return useQuery({
    queryKey: [...itemKey(kind, id), 'history'],
    queryFn: () => api.get<RevisionList>(itemApi(kind, id, '/history')),
  });
}
