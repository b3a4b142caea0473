// GET /api/network/requests/{id}: one request in the shape the viewer may see (404 outside its file).
import { useQuery } from '@tanstack/react-query';
import type { FrontOfficeRequest } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useRequest(id: string) {
  return useQuery({
    queryKey: frontOfficeKeys.request(id),
    queryFn: () => api.get<FrontOfficeRequest>(`/api/network/requests/${encodeURIComponent(id)}`),
    retry: false,
  });
}
