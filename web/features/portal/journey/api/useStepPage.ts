// GET /api/portal/steps/:slug: one step with its published offers and the contacts to ask.
import { useQuery } from '@tanstack/react-query';
import type { StepPage } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const stepPageQueryKey = (slug: string, lang: Lang) => ['portal', 'steps', slug, lang] as const;

export function useStepPage(slug: string) {
  const lang = useLang();
  return useQuery({
    queryKey: stepPageQueryKey(slug, lang),
    queryFn: () => api.get<StepPage>(portalApi(`/steps/${encodeURIComponent(slug)}`)),
  });
}
