// GET /api/network/notifications: the reader's notifications, newest first, page after page (keyset cursor).
import { useInfiniteQuery } from '@tanstack/react-query';
import type { NotificationList } from '../../../../../common/schemas/network-notifications.ts';
import { api } from '../../../../app/api/client.ts';
import { notificationsKeys } from './keys.ts';

export function useNotifications(unread: boolean) {
  return useInfiniteQuery({
    queryKey: notificationsKeys.list(unread),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (unread) params.set('unread', 'true');
      if (pageParam) params.set('before', pageParam);
      return api.get<NotificationList>(`/api/network/notifications?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
