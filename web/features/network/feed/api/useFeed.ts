// GET /api/network/feed?before=&limit=: the home feed, newest first, page after page.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { PostStream } from '../../../../../common/schemas/network-posts.ts';
import { api } from '../../../../app/api/client.ts';
import { cursorQuery, feedKey } from '../../posts/api/keys.ts';

export function useFeed(limit = 20) {
  return useInfiniteQuery({
    queryKey: feedKey,
    queryFn: ({ pageParam }) => api.get<PostStream>(`/api/network/feed${cursorQuery('before', pageParam, limit)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
