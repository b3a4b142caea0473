// GET /api/portal/assessments/questionnaire: the self-assessment's questions, in the interface language.
import { useQuery } from '@tanstack/react-query';
import type { Questionnaire } from '../../../../../common/schemas/portal-assessment.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const questionnaireQueryKey = (lang: Lang) => ['portal', 'assessment', 'questionnaire', lang] as const;

export function useQuestionnaire() {
  const lang = useLang();
  return useQuery({
    queryKey: questionnaireQueryKey(lang),
    queryFn: () => api.get<Questionnaire>(portalApi('/assessments/questionnaire')),
    staleTime: 10 * 60_000,
  });
}
