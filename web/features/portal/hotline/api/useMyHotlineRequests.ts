// GET /api/portal/hotline/requests: the signed-in member's own hotline requests, newest first.
import { useQuery } from '@tanstack/react-query';
import type { SupportRequestList } from '../../../../../common/schemas/portal-hotline.ts';
import { api } from '../../../../app/api/client.ts';

export const myHotlineRequestsQueryKey = ['portal', 'hotline', 'mine'] as const;

export function useMyHotlineRequests({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: myHotlineRequestsQueryKey,
    queryFn: () => api.get<SupportRequestList>('/api/portal/hotline/requests'),
    enabled,
  });
}
