// GET /api/network/front-offices: an agent's queues with counts, and the organisations they may route to.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FrontOffices } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useFrontOffices(enabled: boolean, q = '') {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  return useQuery({
    queryKey: frontOfficeKeys.offices(q),
    queryFn: () => api.get<FrontOffices>(`/api/network/front-offices?${params}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}
