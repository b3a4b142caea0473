// Query keys of the notifications feature: one per endpoint, all under ['network', 'notifications'].
export const notificationsKeys = {
  all: ['network', 'notifications'] as const,
  list: (unread: boolean) => ['network', 'notifications', 'list', unread] as const,
  count: ['network', 'notifications', 'count'] as const,
  settings: ['network', 'notifications', 'settings'] as const,
};
