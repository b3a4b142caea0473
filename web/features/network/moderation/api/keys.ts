// Query keys of the moderation feature: one per endpoint, all under ['network', 'moderation'].
export const moderationKeys = {
  all: ['network', 'moderation'] as const,
  reports: (filters: Record<string, string | number>) => ['network', 'moderation', 'reports', filters] as const,
  suspensions: (active: boolean, page: number) => ['network', 'moderation', 'suspensions', active, page] as const,
};
