// POST /api/network/messages: a new conversation (or the one-to-one one continued) with its first message.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConversationCreateBody, ConversationCreated } from '../../../../../common/schemas/network-messages.ts';
import { api } from '../../../../app/api/client.ts';
import { messagesKeys } from './keys.ts';

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConversationCreateBody) => api.post<ConversationCreated>('/api/network/messages', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesKeys.all }),
  });
}
