// Query keys of the spaces feature: one per endpoint, all under ['network', 'spaces'].
export const spacesKeys = {
  all: ['network', 'spaces'] as const,
  list: (search: string) => ['network', 'spaces', 'list', search] as const,
  space: (id: string) => ['network', 'spaces', 'space', id] as const,
  members: (id: string, state: string, page: number) => ['network', 'spaces', 'members', id, state, page] as const,
  candidates: (id: string, q: string) => ['network', 'spaces', 'candidates', id, q] as const,
};
