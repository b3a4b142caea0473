// GET /api/network/messages/{id}: a conversation's messages, newest first, by cursor pages (marks it read).
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Conversation } from '../../../../../common/schemas/network-messages.ts';
import { api } from '../../../../app/api/client.ts';
import { messagesKeys } from './keys.ts';

export function useConversation(id: string) {
  return useInfiniteQuery({
    queryKey: messagesKeys.conversation(id),
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api.get<Conversation>(
        `/api/network/messages/${encodeURIComponent(id)}?limit=20${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
}
