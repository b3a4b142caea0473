// GET /api/observatory/rankings/countries: every scored country's rank, movement and index for a window.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CountryRanking } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import type { ScoringWindow } from '../../components/urlState.ts';

export const countryRankingQueryKey = (window: ScoringWindow) =>
  ['observatory', 'rankings', 'countries', window] as const;

export function useCountryRanking(window: ScoringWindow) {
  return useQuery({
    queryKey: countryRankingQueryKey(window),
    queryFn: () => api.get<CountryRanking>(apiUrl('/api/observatory/rankings/countries', { window })),
    // Switching the window keeps the previous table on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}
