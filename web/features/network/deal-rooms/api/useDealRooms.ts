// GET /api/network/deal-rooms: the viewer's rooms, newest first.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DealRoomList } from '../../../../../common/schemas/network-deal-rooms.ts';
import { api } from '../../../../app/api/client.ts';
import { dealRoomsKeys } from './keys.ts';

export function useDealRooms(status: '' | 'open' | 'closed', page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (status) params.set('status', status);
  return useQuery({
    queryKey: dealRoomsKeys.list(status, page),
    queryFn: () => api.get<DealRoomList>(`/api/network/deal-rooms?${params}`),
    placeholderData: keepPreviousData,
  });
}
