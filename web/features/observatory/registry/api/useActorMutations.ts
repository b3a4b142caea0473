// POST /api/observatory/actors, PATCH and DELETE /api/observatory/actors/{id}: editors manage the actors.

import type { Static } from '@sinclair/typebox';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Actor, ActorBody, ActorPatch } from '../../../../../common/schemas/observatory.ts';
import { api } from '../../../../app/api/client.ts';

export type ActorInput = Static<typeof ActorBody>;
export type ActorChanges = Static<typeof ActorPatch>;

/** Any registry change can move actors between pages and accounts between lists: refetch them all. */
function useRegistryChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['observatory'] });
}

export function useCreateActor() {
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: (body: ActorInput) => api.post<Actor>('/api/observatory/actors', body),
    onSuccess: changed,
  });
}

export function useUpdateActor(id: string) {
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: (changes: ActorChanges) =>
      api.patch<Actor>(`/api/observatory/actors/${encodeURIComponent(id)}`, changes),
    onSuccess: changed,
  });
}

export function useDeleteActor(id: string) {
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: () => api.delete(`/api/observatory/actors/${encodeURIComponent(id)}`),
    onSuccess: changed,
  });
}
