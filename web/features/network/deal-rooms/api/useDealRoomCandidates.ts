// GET /api/network/deal-rooms/candidates: people an agent may name in a room (for a company, or an existing room).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DealRoomCandidates } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useDealRoomCandidates(q: string, scope: { companyId?: string; roomId?: string }, enabled: boolean) {
  const params = new URLSearchParams({ q });
  if (scope.companyId) params.set('companyId', scope.companyId);
  if (scope.roomId) params.set('roomId', scope.roomId);
  return useQuery({
    queryKey: dealRoomsKeys.candidates(q, scope.roomId ?? scope.companyId ?? ''),
    queryFn: () => api.get<DealRoomCandidates>(`/api/network/deal-rooms/candidates?${params}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}
