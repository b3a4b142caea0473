// PUT /api/network/profile: saves your profile; the directory and your page refetch.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberProfile, ProfileBody } from '../../../../../common/schemas/network-members.ts';
import { apiRequest } from '../../../../app/api/client.ts';
import { membersKey } from './keys.ts';

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileBody) => apiRequest<MemberProfile>('PUT', '/api/network/profile', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}
