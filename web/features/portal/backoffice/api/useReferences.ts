// GET /api/portal/admin/references: the partners and regions the forms choose from.
import { useQuery } from '@tanstack/react-query';
import type { BackofficeReferences } from '../../../../../common/schemas/portal-backoffice.ts';
import { api } from '../../../../app/api/client.ts';
import { backofficeKey } from './keys.ts';

export function useReferences() {
  return useQuery({
    queryKey: [...backofficeKey, 'references'],
    queryFn: () => api.get<BackofficeReferences>('/api/portal/admin/references'),
    staleTime: 5 * 60_000,
  });
}
