// Query keys of posts and comments: under one root with the feed's, so a write refetches every list it may move.
export const postsKey = ['network', 'posts'] as const;
export const feedKey = ['network', 'feed'] as const;
export const spacePostsKey = (spaceId: string) => [...postsKey, 'space', spaceId] as const;
export const postKey = (id: string) => [...postsKey, 'post', id] as const;
export const commentsKey = (postId: string) => [...postsKey, 'comments', postId] as const;

export const postsApi = {
  spacePosts: (spaceId: string) => `/api/network/spaces/${encodeURIComponent(spaceId)}/posts`,
  post: (id: string, suffix = '') => `/api/network/posts/${encodeURIComponent(id)}${suffix}`,
  comment: (id: string, suffix = '') => `/api/network/comments/${encodeURIComponent(id)}${suffix}`,
};

/** `?before=<cursor>&limit=n` (or `after` for comments), without empty parameters. */
export function cursorQuery(name: 'before' | 'after', cursor: string | null, limit: number): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set(name, cursor);
  return `?${params.toString()}`;
}
