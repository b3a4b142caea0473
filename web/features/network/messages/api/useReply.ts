// POST /api/network/messages/{id}: a reply in a conversation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MessageView } from '../../../../../common/schemas/network-messages.ts';
import { api } from '../../../../app/api/client.ts';
import { messagesKeys } from './keys.ts';

export function useReply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<MessageView>(`/api/network/messages/${encodeURIComponent(id)}`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesKeys.all }),
  });
}
