// GET /api/observatory/imports: the latest import runs (files and connector polls), newest first (editors).
import { useQuery } from '@tanstack/react-query';
import type { ImportRunList } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export const importRunsQueryKey = ['observatory', 'imports'] as const;

export function useImportRuns(enabled = true) {
  return useQuery({
    queryKey: importRunsQueryKey,
    queryFn: () => api.get<ImportRunList>('/api/observatory/imports'),
    enabled,
  });
}
