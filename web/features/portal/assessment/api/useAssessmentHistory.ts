// GET /api/portal/assessments: the signed-in member's self-assessments, the latest first.
import { useQuery } from '@tanstack/react-query';
import type { AssessmentHistory } from '../../../../../common/schemas/portal-assessment.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const assessmentHistoryQueryKey = (lang: Lang) => ['portal', 'assessment', 'history', lang] as const;

/** Only asked for when a member is signed in: a visitor has no history (401). */
export function useAssessmentHistory(enabled: boolean) {
  const lang = useLang();
  return useQuery({
    queryKey: assessmentHistoryQueryKey(lang),
    queryFn: () => api.get<AssessmentHistory>(portalApi('/assessments')),
    enabled,
  });
}
