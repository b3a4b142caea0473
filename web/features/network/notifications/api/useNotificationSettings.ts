// GET /api/network/notifications/settings: how notifications reach the reader by e-mail.
import { useQuery } from '@tanstack/react-query';
import type { NotificationSettings } from '../../../../../common/schemas/network-notifications.ts';
import { api } from '../../../../app/api/client.ts';
import { notificationsKeys } from './keys.ts';

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationsKeys.settings,
    queryFn: () => api.get<NotificationSettings>('/api/network/notifications/settings'),
  });
}
