// Query keys of the deal rooms feature: one per endpoint, all under ['network', 'deal-rooms'].
export const dealRoomsKeys = {
  all: ['network', 'deal-rooms'] as const,
  list: (status: string, page: number) => ['network', 'deal-rooms', 'list', status, page] as const,
  room: (id: string) => ['network', 'deal-rooms', 'room', id] as const,
  members: (id: string) => ['network', 'deal-rooms', 'members', id] as const,
  candidates: (q: string, scope: string) => ['network', 'deal-rooms', 'candidates', scope, q] as const,
};
