// /portail-export/actualites/:id: one news item, with the countries, sectors and steps it is about.
import { fr } from '@codegouvfr/react-dsfr';
import { Link, useParams } from 'react-router';
import type { News } from '../../../../../common/schemas/portal.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useDateFormats } from '../../components/format.ts';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { PortalItemPage } from '../../components/PortalNotFound.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { countryUrl, stepUrl } from '../../components/portalUrls.ts';
import { useTerms } from '../../components/terms.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { portalMessages } from '../../messages.ts';
import { useNewsItem } from '../api/useNewsItem.ts';
import { newsMessages } from '../messages.ts';

export function NewsPage() {
  const t = useT(newsMessages);
  const id = useParams().id ?? '';
  const news = useNewsItem(id);
  const segments = [{ label: t.title, to: paths.portalNews }];

  return (
    <PortalItemPage
      query={news}
      notFound={{
        title: t.newsNotFoundTitle,
        text: t.newsNotFoundText,
        back: { label: t.backToNews, to: paths.portalNews },
      }}
      kicker={t.newsKicker}
      loadingLabel={t.loadingNews}
      segments={segments}
    >
      {(item) => <NewsView news={item} />}
    </PortalItemPage>
  );
}

function NewsView({ news }: { news: News }) {
  const t = useT(newsMessages);
  const tp = useT(portalMessages);
  const terms = useTerms();
  const dates = useDateFormats();
  const stepsById = useStepsById();
  const hasTopics = news.countries.length + news.sectors.length + news.steps.length > 0;
  return (
    <>
      <PortalPageHeader
        title={news.title}
        segments={[{ label: t.title, to: paths.portalNews }]}
        kicker={<time dateTime={news.dated}>{t.dated(dates.day(news.dated))}</time>}
        lead={news.summary}
      />
      <div className={fr.cx('fr-col-md-10', 'fr-mb-5w')}>
        <Paragraphs text={news.body} />
      </div>
      {hasTopics && (
        <section aria-labelledby="news-topics" className={fr.cx('fr-mb-5w')}>
          <h2 id="news-topics" className={fr.cx('fr-h5')}>
            {t.relatedTitle}
          </h2>
          <ul className={fr.cx('fr-tags-group')}>
            {news.countries.map((iso2) => (
              <li key={`country-${iso2}`}>
                <Link className={fr.cx('fr-tag')} to={countryUrl(iso2)}>
                  {tp.labelled(t.countries, terms.country(iso2))}
                </Link>
              </li>
            ))}
            {news.steps.map((id) => {
              const step = stepsById.get(id);
              return (
                <li key={`step-${id}`}>
                  {step ? (
                    <Link className={fr.cx('fr-tag')} to={stepUrl(step.slug)}>
                      {tp.labelled(t.steps, `${id}. ${step.name}`)}
                    </Link>
                  ) : (
                    <p className={fr.cx('fr-tag')}>{tp.labelled(t.steps, String(id))}</p>
                  )}
                </li>
              );
            })}
            {news.sectors.map((sector) => (
              <li key={`sector-${sector}`}>
                <Link className={fr.cx('fr-tag')} to={`${paths.portalNews}?sector=${sector}`}>
                  {tp.labelled(t.sectors, terms.sector(sector))}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
