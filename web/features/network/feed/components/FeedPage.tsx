// The home feed: the newest posts of the member's communities and deal rooms, page after page; an empty feed
// points to the spaces to join.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { PostCard } from '../../posts/components/PostCard.tsx';
import { useFeed } from '../api/useFeed.ts';
import { feedMessages } from '../messages.ts';

function Feed() {
  const t = useT(feedMessages);
  const feed = useFeed();
  const posts = feed.data?.pages.flatMap((page) => page.items) ?? [];
  if (feed.isPending) return <Loading />;
  if (feed.error) return <ApiErrorAlert error={feed.error} />;
  if (posts.length === 0) {
    return (
      <div className={fr.cx('fr-callout')}>
        <h2 className={fr.cx('fr-callout__title')}>{t.emptyTitle}</h2>
        <p className={fr.cx('fr-callout__text')}>{t.empty}</p>
        <Link to={paths.networkSpaces} className={fr.cx('fr-btn', 'fr-mt-2w')}>
          {t.browseSpaces}
        </Link>
      </div>
    );
  }
  return (
    <>
      <ul className={fr.cx('fr-raw-list')} aria-label={t.listLabel}>
        {posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} showSpace headingAs="h2" />
          </li>
        ))}
      </ul>
      {feed.hasNextPage ? (
        <Button priority="secondary" disabled={feed.isFetchingNextPage} onClick={() => feed.fetchNextPage()}>
          {feed.isFetchingNextPage ? t.loadingMore : t.loadMore}
        </Button>
      ) : null}
    </>
  );
}

export function FeedPage() {
  const t = useT(feedMessages);
  return (
    <NetworkFrame title={t.title} lead={t.lead}>
      <Feed />
    </NetworkFrame>
  );
}
