// GET /api/observatory/imports/{id}: one run, polled every second while it runs so that progress moves.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportRun } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export const importRunQueryKey = (id: string) => ['observatory', 'imports', id] as const;

export function useImportRun(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importRunQueryKey(id ?? ''),
    queryFn: () => api.get<ImportRun>(`/api/observatory/imports/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (current) => (current.state.data?.status === 'running' ? 1000 : false),
  });
  const status = query.data?.status;
  // Once the run ends, the list of past runs and every observatory figure it may have changed are out of date.
  useEffect(() => {
    if (status && status !== 'running') void queryClient.invalidateQueries({ queryKey: ['observatory'] });
  }, [status, queryClient]);
  return query;
}
