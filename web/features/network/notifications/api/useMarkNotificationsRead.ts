// POST /api/network/notifications/read: some ids, or all; the list and the bell refresh.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationCount, NotificationReadBody } from '../../../../../common/schemas/network-notifications.ts';
import { api } from '../../../../app/api/client.ts';
import { notificationsKeys } from './keys.ts';

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationReadBody) => api.post<NotificationCount>('/api/network/notifications/read', body),
    onSuccess: (count) => {
      queryClient.setQueryData(notificationsKeys.count, count);
      return queryClient.invalidateQueries({ queryKey: notificationsKeys.all });
    },
  });
}
