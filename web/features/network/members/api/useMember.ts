// GET /api/network/members/:id: a member's profile (404 when the directory hides them).
import { useQuery } from '@tanstack/react-query';
import type { MemberProfile } from '../../../../../common/schemas/network-members.ts';
import { api } from '../../../../app/api/client.ts';
import { useLang } from '../../../../app/i18n/lang.ts';
import { memberKey } from './keys.ts';

export function useMember(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: memberKey(id, lang),
    queryFn: () => api.get<MemberProfile>(`/api/network/members/${encodeURIComponent(id)}`),
    retry: false,
  });
}
