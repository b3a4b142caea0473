// GET /api/network/messages: the viewer's conversations, most recent first, with unread counts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ConversationList } from '../../../../../common/schemas/network-messages.ts';
import { api } from '../../../../app/api/client.ts';
import { messagesKeys } from './keys.ts';

export function useConversations(page: number) {
  return useQuery({
    queryKey: messagesKeys.list(page),
    queryFn: () => api.get<ConversationList>(`/api/network/messages?page=${page}&pageSize=20`),
    placeholderData: keepPreviousData,
  });
}
