// /portail-export: the landing page of the export portal. The six steps of the journey (with their offer counts),
// a catalogue search, quick links, the next events and the latest news. Kept light on purpose (its JavaScript
// weight is measured): plain DSFR markup, no component library beyond the breadcrumb and cards.
import { fr } from '@codegouvfr/react-dsfr';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../app/components/Loading.tsx';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { useEvents } from '../agenda/api/useEvents.ts';
import { useSteps } from '../journey/api/useSteps.ts';
import { portalMessages } from '../messages.ts';
import { useNewsList } from '../news/api/useNewsList.ts';
import { EventCard } from './EventCard.tsx';
import { NewsCard } from './NewsCard.tsx';
import { PortalPageHeader } from './PortalPageHeader.tsx';
import { catalogueUrl, queryString, stepUrl, todayIso } from './portalUrls.ts';

const quickLinks = [
  { key: 'catalogue', to: paths.portalCatalogue, icon: 'fr-icon-search-line' },
  { key: 'partners', to: paths.portalPartners, icon: 'fr-icon-team-line' },
  { key: 'regions', to: paths.portalRegions, icon: 'fr-icon-map-pin-2-line' },
  { key: 'countries', to: paths.portalCountries, icon: 'fr-icon-global-line' },
  { key: 'agenda', to: paths.portalAgenda, icon: 'fr-icon-calendar-line' },
  { key: 'news', to: paths.portalNews, icon: 'fr-icon-article-line' },
  { key: 'assessment', to: paths.portalAssessment, icon: 'fr-icon-survey-line' },
  { key: 'hotline', to: paths.portalHotline, icon: 'fr-icon-questionnaire-line' },
] as const;

export function PortalPage() {
  const t = useT(portalMessages);
  return (
    <>
      <PortalPageHeader title={t.title} lead={t.lead} />
      <CatalogueSearch />
      <Journey />
      <section aria-labelledby="portal-quick-links" className={fr.cx('fr-mb-6w')}>
        <h2 id="portal-quick-links">{t.quickLinksTitle}</h2>
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {quickLinks.map((link) => (
            <li key={link.key} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-3')}>
              <div
                className={fr.cx('fr-tile', 'fr-tile--sm', 'fr-tile--horizontal', 'fr-enlarge-link')}
                style={{ height: '100%' }}
              >
                <div className={fr.cx('fr-tile__body')}>
                  <div className={fr.cx('fr-tile__content')}>
                    <h3 className={fr.cx('fr-tile__title')}>
                      <span className={fr.cx(link.icon, 'fr-mr-1w')} aria-hidden="true" />
                      <Link to={link.to}>{t.nav[link.key]}</Link>
                    </h3>
                    <p className={fr.cx('fr-tile__desc')}>{t.quickLinks[link.key]}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <NextEvents />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <LatestNews />
        </div>
      </div>
    </>
  );
}

function CatalogueSearch() {
  const t = useT(portalMessages);
  const navigate = useNavigate();
  const [words, setWords] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(catalogueUrl({ q: words.trim() }));
  };
  return (
    <section aria-labelledby="portal-search-title" className={fr.cx('fr-mb-6w', 'fr-col-md-10')}>
      <h2 id="portal-search-title" className={fr.cx('fr-h4')}>
        {t.searchTitle}
      </h2>
      <search aria-labelledby="portal-search-title">
        <form action={paths.portalCatalogue} onSubmit={submit}>
          <div className={fr.cx('fr-search-bar', 'fr-search-bar--lg')}>
            <label className={fr.cx('fr-label')} htmlFor="portal-search">
              {t.searchTitle}
            </label>
            <input
              className={fr.cx('fr-input')}
              type="search"
              id="portal-search"
              name="q"
              maxLength={200}
              placeholder={t.searchLabel}
              aria-describedby="portal-search-hint"
              value={words}
              onChange={(event) => setWords(event.target.value)}
            />
            <button type="submit" className={fr.cx('fr-btn', 'fr-btn--lg')}>
              {t.searchSubmit}
            </button>
          </div>
          <p id="portal-search-hint" className={fr.cx('fr-hint-text', 'fr-mt-1w')}>
            {t.searchHint}
          </p>
        </form>
      </search>
    </section>
  );
}

function Journey() {
  const t = useT(portalMessages);
  const steps = useSteps();
  return (
    <section aria-labelledby="portal-journey" className={fr.cx('fr-mb-6w')}>
      <h2 id="portal-journey">{t.journeyTitle}</h2>
      <p>{t.journeyIntro}</p>
      {steps.isPending && <Loading />}
      <ApiErrorAlert error={steps.error} />
      {steps.data && (
        <ol className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {steps.data.items.map((step) => (
            <li key={step.id} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
              <div className={fr.cx('fr-tile', 'fr-enlarge-link')} style={{ height: '100%' }}>
                <div className={fr.cx('fr-tile__body')}>
                  <div className={fr.cx('fr-tile__content')}>
                    <h3 className={fr.cx('fr-tile__title')}>
                      <Link to={stepUrl(step.slug)}>
                        <span className={fr.cx('fr-sr-only')}>
                          {t.stepNumber(step.id)}
                          {t.colon}
                        </span>
                        <span aria-hidden="true">{step.id}. </span>
                        {step.name}
                      </Link>
                    </h3>
                    <p className={fr.cx('fr-tile__desc')}>{step.summary}</p>
                    <p className={fr.cx('fr-tile__detail')}>{t.offerCount(step.offerCount)}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NextEvents() {
  const t = useT(portalMessages);
  const events = useEvents(queryString({ from: todayIso(), pageSize: 3 }));
  const items = events.data?.items ?? [];
  return (
    <section aria-labelledby="portal-next-events" className={fr.cx('fr-mb-6w')}>
      <h2 id="portal-next-events">{t.nextEventsTitle}</h2>
      {events.isPending && <Loading />}
      <ApiErrorAlert error={events.error} />
      {events.isSuccess && items.length === 0 && <p>{t.noUpcomingEvents}</p>}
      {items.length > 0 && (
        <ul className={fr.cx('fr-raw-list')}>
          {items.map((event) => (
            <li key={event.id} className={fr.cx('fr-mb-2w')}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')} to={paths.portalAgenda}>
          {t.allEvents}
        </Link>
      </p>
    </section>
  );
}

function LatestNews() {
  const t = useT(portalMessages);
  const news = useNewsList(queryString({ pageSize: 3 }));
  const items = news.data?.items ?? [];
  return (
    <section aria-labelledby="portal-latest-news" className={fr.cx('fr-mb-6w')}>
      <h2 id="portal-latest-news">{t.latestNewsTitle}</h2>
      {news.isPending && <Loading />}
      <ApiErrorAlert error={news.error} />
      {news.isSuccess && items.length === 0 && <p>{t.noNews}</p>}
      {items.length > 0 && (
        <ul className={fr.cx('fr-raw-list')}>
          {items.map((item) => (
            <li key={item.id} className={fr.cx('fr-mb-2w')}>
              <NewsCard news={item} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')} to={paths.portalNews}>
          {t.allNews}
        </Link>
      </p>
    </section>
  );
}
