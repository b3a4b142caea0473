// POST /api/portal/assessments: sends every answer; the stored result comes back and is cached for its page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentBody, AssessmentResult } from '../../../../../common/schemas/portal-assessment.ts';
import { api } from '../../../../app/api/client.ts';
import { useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';
import { assessmentResultQueryKey } from './useAssessmentResult.ts';

export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  const lang = useLang();
  return useMutation({
    mutationFn: (body: AssessmentBody) => api.post<AssessmentResult>(portalApi('/assessments'), body),
    onSuccess: (result) => {
      queryClient.setQueryData(assessmentResultQueryKey(result.id, lang), result);
      return queryClient.invalidateQueries({ queryKey: ['portal', 'assessment', 'history'] });
    },
  });
}
