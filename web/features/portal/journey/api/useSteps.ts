// GET /api/portal/steps: the six steps of the export journey with their published offer counts.
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Step, StepList } from '../../../../../common/schemas/portal.ts';
import { api } from '../../../../app/api/client.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { portalApi } from '../../components/portalUrls.ts';

export const stepsQueryKey = (lang: Lang) => ['portal', 'steps', lang] as const;

export function useSteps() {
  const lang = useLang();
  return useQuery({
    queryKey: stepsQueryKey(lang),
    queryFn: () => api.get<Static<typeof StepList>>(portalApi('/steps')),
    staleTime: 5 * 60_000,
  });
}

/** The steps by number, for the pages that show an offer's or a contact's steps as links. */
export function useStepsById(): ReadonlyMap<number, Step> {
  const steps = useSteps();
  return useMemo(() => new Map((steps.data?.items ?? []).map((step) => [step.id, step])), [steps.data]);
}
