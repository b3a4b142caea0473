// GET /api/observatory/methodology: the weights in force, the windows and when scores were last computed.
import { useQuery } from '@tanstack/react-query';
import type { Methodology } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export const methodologyQueryKey = ['observatory', 'methodology'] as const;

export function useMethodology() {
  return useQuery({
    queryKey: methodologyQueryKey,
    queryFn: () => api.get<Methodology>('/api/observatory/methodology'),
  });
}
