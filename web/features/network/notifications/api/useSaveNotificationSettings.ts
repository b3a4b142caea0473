// PUT /api/network/notifications/settings: off, immediate or a daily digest at an hour (Paris time).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationSettings,
  NotificationSettingsBody,
} from '../../../../../common/schemas/network-notifications.ts';
import { apiRequest } from '../../../../app/api/client.ts';
import { notificationsKeys } from './keys.ts';

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsBody) =>
      apiRequest<NotificationSettings>('PUT', '/api/network/notifications/settings', body),
    onSuccess: (settings) => queryClient.setQueryData(notificationsKeys.settings, settings),
  });
}
