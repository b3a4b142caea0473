// The back office's writes: POST /{kind} (create), PATCH /{kind}/{id} (save the draft), POST .../publish,
// POST .../unpublish, DELETE .../draft. Each answers the item: it goes straight into the cache, and the lists,
// history and public reads it may have changed are fetched again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { BackofficeItem } from '../../../../../common/schemas/portal-backoffice.ts';
import { api } from '../../../../app/api/client.ts';
import { adminApi, itemApi } from '../kinds.ts';
import { itemKey, kindKey } from './keys.ts';

function useItemChanged(kind: ContentKind) {
  const queryClient = useQueryClient();
  return async (item: BackofficeItem) => {
    queryClient.setQueryData(itemKey(kind, item.id), item);
    // Lists, history, preview of this kind, and the public pages the item shows on.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: kindKey(kind) }),
      queryClient.invalidateQueries({ queryKey: ['portal'], predicate: (q) => q.queryKey[1] !== 'backoffice' }),
    ]);
  };
}

export function useCreateContent(kind: ContentKind) {
  const changed = useItemChanged(kind);
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<BackofficeItem>(adminApi(kind), body),
    onSuccess: changed,
  });
}

export function useSaveContent(kind: ContentKind, id: string) {
  const changed = useItemChanged(kind);
  return useMutation({
    mutationFn: (changes: Record<string, unknown>) => api.patch<BackofficeItem>(itemApi(kind, id), changes),
    onSuccess: changed,
  });
}

function useItemAction(kind: ContentKind, send: () => Promise<BackofficeItem>) {
  const changed = useItemChanged(kind);
  return useMutation({ mutationFn: send, onSuccess: changed });
}

export function usePublishContent(kind: ContentKind, id: string) {
  return useItemAction(kind, () => api.post<BackofficeItem>(itemApi(kind, id, '/publish')));
}

export function useUnpublishContent(kind: ContentKind, id: string) {
  return useItemAction(kind, () => api.post<BackofficeItem>(itemApi(kind, id, '/unpublish')));
}

export function useDiscardDraft(kind: ContentKind, id: string) {
  return useItemAction(kind, () => api.delete<BackofficeItem>(itemApi(kind, id, '/draft')));
}
