// GET /api/network/deal-rooms/{id}: one room the viewer is in (404 otherwise).
import { useQuery } from '@tanstack/react-query';
import type { DealRoom } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useDealRoom(id: string) {
  return useQuery({
    queryKey: dealRoomsKeys.room(id),
    queryFn: () => api.get<DealRoom>(`/api/network/deal-rooms/${encodeURIComponent(id)}`),
    retry: false,
  });
}
