// GET /api/observatory/countries/{country}: a country's totals, series, best posts and its peers' totals.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CountryConsole } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import type { ScoringWindow } from '../../components/urlState.ts';

export const countryConsoleQueryKey = (country: string, window: ScoringWindow, peers: readonly string[]) =>
  ['observatory', 'countries', country, window, peers.join(',')] as const;

/** `peers` null: not known yet (the default peers come from the ranking), the query waits. */
export function useCountryConsole(country: string, window: ScoringWindow, peers: readonly string[] | null) {
  return useQuery({
    queryKey: countryConsoleQueryKey(country, window, peers ?? []),
    enabled: peers !== null,
    queryFn: () =>
      api.get<CountryConsole>(
        apiUrl(`/api/observatory/countries/${encodeURIComponent(country)}`, {
          window,
          peers: peers?.length ? peers.join(',') : undefined,
        }),
      ),
    // Adding a peer or changing the window keeps the console on screen while the new figures load.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === country ? keepPreviousData(previous) : undefined,
  });
}
