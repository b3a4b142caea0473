// GET /api/network/spaces/{id}/posts?before=&limit=: the space's posts, newest first, page after page.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { PostStream } from '../../../../../common/schemas/network-posts.ts';
import { api } from '../../../../app/api/client.ts';
import { cursorQuery, postsApi, spacePostsKey } from './keys.ts';

export function useSpacePosts(spaceId: string, limit = 20) {
  return useInfiniteQuery({
    queryKey: spacePostsKey(spaceId),
    queryFn: ({ pageParam }) =>
      api.get<PostStream>(`${postsApi.spacePosts(spaceId)}${cursorQuery('before', pageParam, limit)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
