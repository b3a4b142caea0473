// Query keys of members: everything under one root, so a change (profile, badge, assignment) refetches it all.
import type { Lang } from '../../../../app/i18n/lang.ts';

export const membersKey = ['network', 'members'] as const;
export const memberKey = (id: string, lang: Lang) => [...membersKey, 'one', id, lang] as const;
export const profileKey = (lang: Lang) => [...membersKey, 'profile', lang] as const;

/** `?a=1&b=2`, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
