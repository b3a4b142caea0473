// GET /api/network/messages/recipients?q=: people the viewer may write to (at most 10).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RecipientList } from '../../../../../common/schemas/network-messages.ts';
import { api } from '../../../../app/api/client.ts';
import { messagesKeys } from './keys.ts';

export function useRecipients(q: string, enabled = true) {
  return useQuery({
    queryKey: messagesKeys.recipients(q),
    queryFn: () => api.get<RecipientList>(`/api/network/messages/recipients?q=${encodeURIComponent(q)}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The one person of `?to=<id>`, if the viewer may write to them (nobody otherwise). */
export function useRecipient(id: string | null) {
  return useQuery({
    queryKey: [...messagesKeys.recipients(''), 'id', id ?? ''] as const,
    queryFn: () => api.get<RecipientList>(`/api/network/messages/recipients?id=${encodeURIComponent(id ?? '')}`),
    enabled: id !== null && id !== '',
  });
}
