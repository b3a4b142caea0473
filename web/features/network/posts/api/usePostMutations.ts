// Writes on posts: POST /spaces/{id}/posts, PATCH|DELETE /posts/{id}, POST /posts/{id}/label and
// PUT|DELETE /posts/{id}/reactions/{kind}. Each refetches the lists and the feed it may have changed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Reaction } from '../../../../../common/network-terms.ts';
import type {
  PostCreateBody,
  PostPatchBody,
  PostView,
  ReactionSummary,
  RelabelBody,
} from '../../../../../common/schemas/network-posts.ts';
import { api, apiRequest } from '../../../../app/api/client.ts';
import { feedKey, postKey, postsApi, postsKey } from './keys.ts';

function useRefresh() {
  const queryClient = useQueryClient();
  return async (post?: PostView) => {
    if (post) queryClient.setQueryData(postKey(post.id), post);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: postsKey }),
      queryClient.invalidateQueries({ queryKey: feedKey }),
    ]);
  };
}

export function useCreatePost(spaceId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PostCreateBody) => api.post<PostView>(postsApi.spacePosts(spaceId), body),
    onSuccess: (post) => refresh(post),
  });
}

export function useUpdatePost(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PostPatchBody) => api.patch<PostView>(postsApi.post(id), body),
    onSuccess: (post) => refresh(post),
  });
}

export function useRelabelPost(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RelabelBody) => api.post<PostView>(postsApi.post(id, '/label'), body),
    onSuccess: (post) => refresh(post),
  });
}

export function useDeletePost(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.delete(postsApi.post(id)),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: postKey(id) });
      await refresh();
    },
  });
}

export function useReaction(postId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ kind, on }: { kind: Reaction; on: boolean }) =>
      apiRequest<ReactionSummary>(on ? 'PUT' : 'DELETE', postsApi.post(postId, `/reactions/${kind}`)),
    onSuccess: () => refresh(),
  });
}
