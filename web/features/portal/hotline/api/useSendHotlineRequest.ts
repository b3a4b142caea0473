// POST /api/portal/hotline: sends a request to the export hotline; the server e-mails an acknowledgement.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HotlineRequestBody, HotlineRequestCreated } from '../../../../../common/schemas/portal-hotline.ts';
import { api } from '../../../../app/api/client.ts';
import { myHotlineRequestsQueryKey } from './useMyHotlineRequests.ts';

export function useSendHotlineRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HotlineRequestBody) => api.post<HotlineRequestCreated>('/api/portal/hotline', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myHotlineRequestsQueryKey }),
  });
}
