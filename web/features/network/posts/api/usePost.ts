// GET /api/network/posts/{id}: one post with its label, counts and the viewer's abilities.
import { useQuery } from '@tanstack/react-query';
import type { PostView } from '../../../../../common/schemas/network-posts.ts';
import { api } from '../../../../app/api/client.ts';
import { postKey, postsApi } from './keys.ts';

export function usePost(id: string) {
  return useQuery({ queryKey: postKey(id), queryFn: () => api.get<PostView>(postsApi.post(id)) });
}
