// GET /api/network/notifications/count: unread notifications the reader can still open (the bell), every minute.
import { useQuery } from '@tanstack/react-query';
import type { NotificationCount } from '../../../../../common/schemas/network-notifications.ts';
import { api } from '../../../../app/api/client.ts';
import { notificationsKeys } from './keys.ts';

export function useNotificationCount(enabled = true) {
  return useQuery({
    queryKey: notificationsKeys.count,
    queryFn: () => api.get<NotificationCount>('/api/network/notifications/count'),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
