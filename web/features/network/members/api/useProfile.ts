// GET /api/network/profile: your own profile, as others see it.
import { useQuery } from '@tanstack/react-query';
import type { MemberProfile } from '../../../../../common/schemas/network-members.ts';
import { api } from '../../../../app/api/client.ts';
import { useLang } from '../../../../app/i18n/lang.ts';
import { profileKey } from './keys.ts';

export function useProfile() {
  const lang = useLang();
  return useQuery({ queryKey: profileKey(lang), queryFn: () => api.get<MemberProfile>('/api/network/profile') });
}
