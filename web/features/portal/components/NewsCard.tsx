// A news item in a list (landing page, news, country page): date, title linking to it, summary.
import { Card } from '@codegouvfr/react-dsfr/Card';
import type { NewsSummary } from '../../../../common/schemas/portal.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { portalMessages } from '../messages.ts';
import { useDateFormats } from './format.ts';
import { newsUrl } from './portalUrls.ts';

export function NewsCard({ news, titleAs = 'h3' }: { news: NewsSummary; titleAs?: 'h2' | 'h3' | 'h4' }) {
  const t = useT(portalMessages);
  const dates = useDateFormats();
  return (
    <Card
      title={news.title}
      titleAs={titleAs}
      linkProps={{ to: newsUrl(news.id) }}
      enlargeLink
      size="small"
      style={{ height: '100%' }}
      desc={news.summary}
      detail={t.publishedOn(dates.day(news.dated))}
    />
  );
}
