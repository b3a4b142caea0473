// POST /api/network/requests/{id}/notes: adds an internal note (agents of the file only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoteBody, RequestEvent } from '../../../../../common/schemas/network-front-office.ts';
import { api } from '../../../../app/api/client.ts';
import { frontOfficeKeys } from './keys.ts';

export function useAddRequestNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteBody) =>
      api.post<RequestEvent>(`/api/network/requests/${encodeURIComponent(id)}/notes`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frontOfficeKeys.all }),
  });
}
