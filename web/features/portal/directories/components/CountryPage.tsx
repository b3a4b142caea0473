// /portail-export/pays/:iso2: a country guide. Facts, overview, promising sectors, sources, the French State's
// networks in the country (with a clear notice for each network the directory does not know yet), the offers,
// upcoming events (with the country's iCal feed) and news about the country.
import { fr } from '@codegouvfr/react-dsfr';
import { type ReactNode, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { Country } from '../../../../../common/schemas/portal.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { CalendarSubscription } from '../../agenda/components/CalendarSubscription.tsx';
import { agendaMessages } from '../../agenda/messages.ts';
import { ContactGrid } from '../../components/ContactCard.tsx';
import { EventCard } from '../../components/EventCard.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { NewsCard } from '../../components/NewsCard.tsx';
import { OfferCard } from '../../components/OfferCard.tsx';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { PortalItemPage } from '../../components/PortalNotFound.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { catalogueUrl, countryUrl, queryString } from '../../components/portalUrls.ts';
import { locales, useTerms } from '../../components/terms.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { useCountry } from '../api/useCountry.ts';
import { directoriesMessages } from '../messages.ts';

export function CountryPage() {
  const t = useT(directoriesMessages);
  const code = (useParams().iso2 ?? '').toUpperCase();
  const valid = /^[A-Z]{2}$/.test(code);
  const country = useCountry(code, { enabled: valid });
  const segments = [{ label: t.countriesTitle, to: paths.portalCountries }];

  return (
    <PortalItemPage
      query={country}
      missing={!valid}
      notFound={{
        title: t.countryNotFoundTitle,
        text: t.countryNotFoundText(code),
        back: { label: t.backToCountries, to: paths.portalCountries },
      }}
      kicker={t.countryKicker}
      loadingLabel={t.loadingCountry}
      segments={segments}
    >
      {(item) => <CountryView country={item} />}
    </PortalItemPage>
  );
}

const sections = ['facts', 'intro', 'sectors', 'sources', 'networks', 'offers', 'events', 'news'] as const;

function CountryView({ country }: { country: Country }) {
  const t = useT(directoriesMessages);
  const titles: Record<(typeof sections)[number], string> = {
    facts: t.factsTitle,
    intro: t.introTitle,
    sectors: t.sectorsTitle,
    sources: t.sourcesTitle,
    networks: t.networksTitle,
    offers: t.offersTitle,
    events: t.eventsTitle,
    news: t.newsTitle,
  };
  return (
    <>
      <PortalPageHeader
        title={country.name}
        segments={[{ label: t.countriesTitle, to: paths.portalCountries }]}
        kicker={t.countryKicker}
        lead={country.officialName && country.officialName !== country.name ? country.officialName : undefined}
      />
      <nav className={fr.cx('fr-summary', 'fr-mb-5w')} aria-labelledby="country-summary" style={{ maxWidth: '40rem' }}>
        <p className={fr.cx('fr-summary__title')} id="country-summary">
          {t.summaryTitle}
        </p>
        <ol>
          {sections.map((section) => (
            <li key={section}>
              <a className={fr.cx('fr-summary__link')} href={`#country-${section}`}>
                {titles[section]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <Facts country={country} title={titles.facts} />
      <CountrySection id="intro" title={titles.intro}>
        {country.intro ? <Paragraphs text={country.intro} /> : <p>{t.introMissing}</p>}
      </CountrySection>
      <Sectors country={country} title={titles.sectors} />
      <Sources country={country} title={titles.sources} />
      <Networks country={country} title={titles.networks} />
      <Offers country={country} title={titles.offers} />
      <Events country={country} title={titles.events} />
      <CountrySection id="news" title={titles.news}>
        {country.news.length === 0 ? (
          <p>{t.newsEmpty}</p>
        ) : (
          <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
            {country.news.map((news) => (
              <li key={news.id} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
                <NewsCard news={news} />
              </li>
            ))}
          </ul>
        )}
      </CountrySection>
    </>
  );
}

function CountrySection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      id={`country-${id}`}
      aria-labelledby={`country-${id}-title`}
      className={fr.cx('fr-mb-6w')}
      style={{ scrollMarginTop: '1rem' }}
    >
      <h2 id={`country-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function Facts({ country, title }: { country: Country; title: string }) {
  const t = useT(directoriesMessages);
  const lang = useLang();
  const terms = useTerms();
  const number = useMemo(() => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 }), [lang]);
  const orUnknown = (value: ReactNode, present: boolean) => (present ? value : t.unknown);
  const facts: { term: string; value: ReactNode }[] = [
    {
      term: t.continent,
      value: orUnknown([country.continent, country.subregion].filter(Boolean).join(' – '), Boolean(country.continent)),
    },
    { term: t.capital, value: orUnknown(country.capital.join(', '), country.capital.length > 0) },
    { term: t.languages, value: orUnknown(country.languages.join(', '), country.languages.length > 0) },
    {
      term: t.currencies,
      value: orUnknown(
        country.currencies
          .map((currency) => `${currency.name} (${[currency.code, currency.symbol].filter(Boolean).join(', ')})`)
          .join(' ; '),
        country.currencies.length > 0,
      ),
    },
    { term: t.area, value: country.area === null ? t.unknown : t.areaValue(number.format(country.area)) },
    { term: t.callingCodes, value: orUnknown(country.callingCodes.join(', '), country.callingCodes.length > 0) },
    {
      term: t.neighbours,
      value:
        country.borders.length === 0 ? (
          t.noNeighbours
        ) : (
          <ul className={fr.cx('fr-raw-list')} style={{ display: 'flex', flexWrap: 'wrap', columnGap: '1rem' }}>
            {country.borders.map((iso2) => (
              <li key={iso2}>
                <Link to={countryUrl(iso2)}>{terms.country(iso2)}</Link>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <CountrySection id="facts" title={title}>
      <dl className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {facts.map((fact) => (
          <div key={fact.term} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-4')}>
            <dt className={fr.cx('fr-text--bold', 'fr-mb-1v')}>{fact.term}</dt>
            <dd className={fr.cx('fr-ml-0', 'fr-mb-0')}>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </CountrySection>
  );
}

function Sectors({ country, title }: { country: Country; title: string }) {
  const t = useT(directoriesMessages);
  const terms = useTerms();
  return (
    <CountrySection id="sectors" title={title}>
      {country.sectors.length === 0 ? (
        <p>{t.sectorsMissing}</p>
      ) : (
        <ul className={fr.cx('fr-tags-group')}>
          {country.sectors.map((sector) => (
            <li key={sector}>
              <Link className={fr.cx('fr-tag')} to={catalogueUrl({ country: country.iso2, sector })}>
                {terms.sector(sector)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </CountrySection>
  );
}

function Sources({ country, title }: { country: Country; title: string }) {
  const t = useT(directoriesMessages);
  const lang = useLang();
  return (
    <CountrySection id="sources" title={title}>
      {country.sources.length === 0 ? (
        <p>{t.sourcesMissing}</p>
      ) : (
        <ul>
          {country.sources.map((source) => (
            <li key={source.url} className={fr.cx('fr-mb-1w')}>
              <ExternalLink href={source.url} hrefLang={source.lang} label={source.title}>
                <span lang={source.lang}>{source.title}</span>
              </ExternalLink>
              {source.publisher && <span className={fr.cx('fr-text--sm')}> – {source.publisher}</span>}
              {source.lang !== lang && <span className={fr.cx('fr-text--sm')}> {t.sourceLang[source.lang]}</span>}
            </li>
          ))}
        </ul>
      )}
    </CountrySection>
  );
}

function Networks({ country, title }: { country: Country; title: string }) {
  const t = useT(directoriesMessages);
  const terms = useTerms();
  return (
    <CountrySection id="networks" title={title}>
      <p>{t.networksLead}</p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {country.networks.map((network) => (
          <div key={network.kind} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-mb-2w')}>
            <h3 className={fr.cx('fr-h5')}>{terms.contactKind(network.kind)}</h3>
            {network.known && network.contacts.length > 0 ? (
              <ContactGrid contacts={network.contacts} titleAs="h4" showKind={false} stacked />
            ) : (
              <div className={fr.cx('fr-notice', 'fr-notice--info')}>
                <div className={fr.cx('fr-container')}>
                  <div className={fr.cx('fr-notice__body')}>
                    <p>
                      <span className={fr.cx('fr-notice__title')}>
                        {t.networkUnknown(terms.contactKind(network.kind))}
                      </span>{' '}
                      <Link className={fr.cx('fr-notice__link')} to={paths.portalHotline}>
                        {t.askHotline}
                      </Link>
                    </p>
                  </div>
                </div>
              </div>
            )}
          </div>
        ))}
      </div>
    </CountrySection>
  );
}

function Offers({ country, title }: { country: Country; title: string }) {
  const t = useT(directoriesMessages);
  const stepsById = useStepsById();
  return (
    <CountrySection id="offers" title={title}>
      {country.offers.length === 0 ? (
        <p>{t.offersEmpty}</p>
      ) : (
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-2w')}>
          {country.offers.map((offer) => (
            <li key={offer.id} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
              <OfferCard offer={offer} stepsById={stepsById} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link
          className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
          to={catalogueUrl({ country: country.iso2 })}
        >
          {t.offersInCatalogue(country.name)}
        </Link>
      </p>
    </CountrySection>
  );
}

function Events({ country, title }: { country: Country; title: string }) {
  const t = useT(directoriesMessages);
  const ta = useT(agendaMessages);
  return (
    <CountrySection id="events" title={title}>
      {country.events.length === 0 ? (
        <p>{t.eventsEmpty}</p>
      ) : (
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-2w')}>
          {country.events.map((event) => (
            <li key={event.id} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link
          className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
          to={`${paths.portalAgenda}${queryString({ country: country.iso2 })}`}
        >
          {t.eventsInAgenda(country.name)}
        </Link>
      </p>
      <CalendarSubscription
        filters={{ country: country.iso2 }}
        title={ta.subscribeCountry(country.name)}
        what={ta.countryEvents(country.name)}
        headingId="country-subscribe"
        titleAs="h3"
      />
    </CountrySection>
  );
}
