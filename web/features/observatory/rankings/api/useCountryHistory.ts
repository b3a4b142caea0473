// GET /api/observatory/rankings/countries/history: the index of up to four countries over past periods.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CountryHistory } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import type { ScoringWindow } from '../../components/urlState.ts';

export const countryHistoryQueryKey = (countries: readonly string[], window: ScoringWindow) =>
  ['observatory', 'rankings', 'history', countries.join(','), window] as const;

export function useCountryHistory(countries: readonly string[], window: ScoringWindow) {
  return useQuery({
    queryKey: countryHistoryQueryKey(countries, window),
    queryFn: () =>
      api.get<CountryHistory>(
        apiUrl('/api/observatory/rankings/countries/history', { countries: countries.join(','), window }),
      ),
    enabled: countries.length > 0,
    placeholderData: keepPreviousData,
  });
}
