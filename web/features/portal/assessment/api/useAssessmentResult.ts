// GET /api/portal/assessments/:id: a result (scores, maturity, gaps, recommendations) for anyone holding its link.
import { useQuery } from '@tanstack/react-query';
import type { AssessmentResult } from '../../../../../common/schemas/portal-assessment.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const assessmentResultQueryKey = (id: string, lang: Lang) =>
  ['portal', 'assessment', 'result', id, lang] as const;

export function useAssessmentResult(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: assessmentResultQueryKey(id, lang),
    queryFn: () => api.get<AssessmentResult>(portalApi(`/assessments/${encodeURIComponent(id)}`)),
  });
}
