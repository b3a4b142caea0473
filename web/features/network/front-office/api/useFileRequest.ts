// POST /api/network/requests: a signed-in company member files a request.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  FrontOfficeRequestBody,
  FrontOfficeRequestCreated,
} from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useFileRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FrontOfficeRequestBody) => api.post<FrontOfficeRequestCreated>('/api/network/requests', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all }),
  });
}
