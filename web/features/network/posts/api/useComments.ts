// GET /api/network/posts/{id}/comments?after=&limit=: the comments the viewer may read, oldest first.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { CommentStream } from '../../../../../common/schemas/network-posts.ts';
import { api } from '../../../../app/api/client.ts';
import { commentsKey, cursorQuery, postsApi } from './keys.ts';

export function useComments(postId: string, limit = 50) {
  return useInfiniteQuery({
    queryKey: commentsKey(postId),
    queryFn: ({ pageParam }) =>
      api.get<CommentStream>(`${postsApi.post(postId, '/comments')}${cursorQuery('after', pageParam, limit)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
