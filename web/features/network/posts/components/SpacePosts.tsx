// The posts of a space or deal room: the composer for those who may post, then the stream, newest first, with
// "load more". Used by the space page and the deal room page.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSpacePosts } from '../api/useSpacePosts.ts';
import { postsMessages } from '../messages.ts';
import { Composer } from './Composer.tsx';
import { PostCard } from './PostCard.tsx';

export function SpacePosts({
  spaceId,
  canPost,
  defaultLevel,
  minLevel,
  roomMode = false,
}: {
  spaceId: string;
  canPost: boolean;
  defaultLevel: number;
  minLevel: number;
  roomMode?: boolean;
}) {
  const t = useT(postsMessages);
  const stream = useSpacePosts(spaceId);
  const posts = stream.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby={`posts-${spaceId}`} className={fr.cx('fr-mt-4w')}>
      <h2 id={`posts-${spaceId}`}>{t.streamHeading}</h2>
      {canPost ? (
        <Composer spaceId={spaceId} defaultLevel={defaultLevel} minLevel={minLevel} roomMode={roomMode} />
      ) : roomMode ? null : (
        <p className={fr.cx('fr-text--sm')}>{t.joinToPost}</p>
      )}
      {stream.isPending ? <Loading /> : null}
      <ApiErrorAlert error={stream.error} />
      {stream.isSuccess && posts.length === 0 ? <p>{canPost ? t.streamEmpty : t.streamEmptyReader}</p> : null}
      {posts.map((post) => (
        <PostCard key={post.id} post={post} />
      ))}
      {stream.hasNextPage ? (
        <Button priority="secondary" disabled={stream.isFetchingNextPage} onClick={() => stream.fetchNextPage()}>
          {stream.isFetchingNextPage ? t.loadingMore : t.loadMore}
        </Button>
      ) : null}
    </section>
  );
}
