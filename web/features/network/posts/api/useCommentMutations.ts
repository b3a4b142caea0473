// Writes on comments: POST /posts/{id}/comments, PATCH|DELETE /comments/{id}, POST /comments/{id}/label.
// Each refetches the post's comments and the counts shown on the post, its space and the feed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentCreateBody, CommentView, RelabelBody } from '../../../../../common/schemas/network-posts.ts';
import { api } from '../../../../app/api/client.ts';
import { feedKey, postsApi, postsKey } from './keys.ts';

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: postsKey }),
      queryClient.invalidateQueries({ queryKey: feedKey }),
    ]);
}

export function useCreateComment(postId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CommentCreateBody) => api.post<CommentView>(postsApi.post(postId, '/comments'), body),
    onSuccess: refresh,
  });
}

export function useUpdateComment(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { body: string }) => api.patch<CommentView>(postsApi.comment(id), body),
    onSuccess: refresh,
  });
}

export function useRelabelComment(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RelabelBody) => api.post<CommentView>(postsApi.comment(id, '/label'), body),
    onSuccess: refresh,
  });
}

export function useDeleteComment(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => api.delete(postsApi.comment(id)), onSuccess: refresh });
}
