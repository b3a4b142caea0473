// GET /api/observatory/graph?window=&country=&type=&minWeight=: the interaction network, at most the 10,000
// most central accounts, for the sigma.js view.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActorType, InteractionGraph, WindowKind } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';
import { apiUrl } from '../../components/apiUrl.ts';

export interface GraphFilters {
  window: WindowKind;
  country?: string | undefined;
  type?: ActorType | undefined;
  minWeight?: number | undefined;
}

/** The query string shared by the view and its downloads (GEXF, JSON, CSV). */
export function graphQuery(filters: GraphFilters): Record<string, string | number | undefined> {
  return { window: filters.window, country: filters.country, type: filters.type, minWeight: filters.minWeight };
}

export function useInteractionGraph(filters: GraphFilters) {
  return useQuery({
    queryKey: ['observatory', 'graph', filters],
    queryFn: () => api.get<InteractionGraph>(apiUrl('/api/observatory/graph', graphQuery(filters))),
    // A filter change keeps the current network on screen until the new one arrives.
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
