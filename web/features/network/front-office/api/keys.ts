// Query keys of the front office: one per endpoint, all under ['network', 'requests'].
export const frontOfficeKeys = {
  all: ['network', 'requests'] as const,
  list: (search: string) => ['network', 'requests', 'list', search] as const,
  request: (id: string) => ['network', 'requests', 'one', id] as const,
  offices: (q: string) => ['network', 'requests', 'front-offices', q] as const,
};
