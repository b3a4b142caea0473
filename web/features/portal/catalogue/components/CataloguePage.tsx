// /portail-export/offres: the catalogue of support offers. French search, facets with counts, sort and pages,
// all kept in the URL (see searchState.ts) so that a search can be shared and the back button undoes a change.
import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { COMPANY_SIZES, OFFER_SORTS, OFFERS_PAGE_SIZE, type OfferSort } from '../../../../../common/portal-terms.ts';
import type { OfferList } from '../../../../../common/schemas/portal.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { OfferCard } from '../../components/OfferCard.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { useTerms } from '../../components/terms.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { portalMessages } from '../../messages.ts';
import { useOffers } from '../api/useOffers.ts';
import { catalogueMessages } from '../messages.ts';
import {
  activeFilterCount,
  type CatalogueSearch,
  catalogueQueryString,
  FACET_KEYS,
  type FilterKey,
  parseCatalogueSearch,
  toggleFilter,
  withoutFilters,
} from '../searchState.ts';
import { FacetGroup } from './FacetGroup.tsx';

export function CataloguePage() {
  const t = useT(catalogueMessages);
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseCatalogueSearch(params), [params]);
  const queryString = catalogueQueryString(search);
  const offers = useOffers(queryString);
  const data = offers.data;

  // Every change is a new history entry (the back button undoes it); the page keeps its scroll position.
  const go = (next: CatalogueSearch) =>
    setParams(new URLSearchParams(catalogueQueryString(next)), { preventScrollReset: true });

  const documentTitle =
    (search.q ? t.searchTitle(search.q) : t.title) + (search.page > 1 ? t.pageSuffix(search.page) : '');

  return (
    <>
      <PortalPageHeader title={t.title} documentTitle={documentTitle} lead={t.lead} />
      <SearchForm search={search} onSubmit={go} />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mt-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-col-lg-3')}>
          <Filters search={search} data={data} onChange={go} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-9')}>
          <section aria-labelledby="catalogue-results">
            <h2 id="catalogue-results" className={fr.cx('fr-h4')}>
              {t.resultsTitle}
            </h2>
            <ResultsSummary search={search} data={data} fetching={offers.isFetching} onChange={go} />
            {offers.isPending && <Loading />}
            <ApiErrorAlert error={offers.error} />
            {data && <Results search={search} data={data} busy={offers.isPlaceholderData} onChange={go} />}
          </section>
        </div>
      </div>
    </>
  );
}

function SearchForm({ search, onSubmit }: { search: CatalogueSearch; onSubmit: (next: CatalogueSearch) => void }) {
  const t = useT(catalogueMessages);
  const [words, setWords] = useState(search.q);
  // The URL can change the words from elsewhere (back button, "did you mean", the landing page's search).
  useEffect(() => setWords(search.q), [search.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...search, q: words.trim(), page: 1 });
  };
  return (
    <search aria-label={t.searchLegend}>
      <form onSubmit={submit} className={fr.cx('fr-col-md-10')}>
        <label className={fr.cx('fr-label', 'fr-mb-1w')} htmlFor="catalogue-q">
          {t.searchLegend}
          <span className={fr.cx('fr-hint-text')} id="catalogue-q-hint">
            {t.searchHint}
          </span>
        </label>
        <div className={fr.cx('fr-search-bar', 'fr-search-bar--lg')}>
          <input
            className={fr.cx('fr-input')}
            type="search"
            id="catalogue-q"
            name="q"
            maxLength={200}
            placeholder={t.searchLabel}
            value={words}
            onChange={(event) => setWords(event.target.value)}
          />
          <button type="submit" className={fr.cx('fr-btn', 'fr-btn--lg')}>
            {t.searchSubmit}
          </button>
        </div>
      </form>
    </search>
  );
}

function Filters({
  search,
  data,
  onChange,
}: {
  search: CatalogueSearch;
  data: OfferList | undefined;
  onChange: (next: CatalogueSearch) => void;
}) {
  const t = useT(catalogueMessages);
  const terms = useTerms();
  // On small screens the filters fold away behind a button, so that the results are not pushed out of sight.
  const [open, setOpen] = useState(false);
  const toggle = (key: FilterKey) => (value: string) => onChange(toggleFilter(search, key, value));
  const sizes = COMPANY_SIZES.map((size) => ({ value: size, label: terms.companySize(size) }));
  const active = activeFilterCount(search);
  return (
    <>
      <button
        type="button"
        className={fr.cx(
          'fr-btn',
          'fr-btn--secondary',
          'fr-btn--icon-left',
          'fr-icon-filter-line',
          'fr-hidden-md',
          'fr-mb-2w',
        )}
        aria-expanded={open}
        aria-controls="catalogue-filters-panel"
        onClick={() => setOpen(!open)}
      >
        {t.filtersToggle(active)}
      </button>
      <section
        id="catalogue-filters-panel"
        aria-labelledby="catalogue-filters"
        className={open ? undefined : fr.cx('fr-hidden', 'fr-unhidden-md')}
      >
        <h2 id="catalogue-filters" className={fr.cx('fr-h4')}>
          {t.filtersTitle}
        </h2>
        {activeFilterCount(search) > 0 && (
          <button
            type="button"
            className={fr.cx(
              'fr-btn',
              'fr-btn--secondary',
              'fr-btn--sm',
              'fr-btn--icon-left',
              'fr-icon-close-circle-line',
              'fr-mb-3w',
            )}
            onClick={() => onChange(withoutFilters(search))}
          >
            {t.clearFilters}
          </button>
        )}
        {data &&
          FACET_KEYS.map((key) => (
            <FacetGroup
              key={key}
              name={key}
              legend={t.facets[key]}
              values={data.facets[key]}
              selected={search.filters[key]}
              onToggle={toggle(key)}
            />
          ))}
        <FacetGroup
          name="size"
          legend={t.facets.size}
          values={sizes}
          selected={search.filters.size}
          onToggle={toggle('size')}
        />
      </section>
    </>
  );
}

/** The label of a selected filter value, from the facets when the API sent it. */
function useFilterLabel(data: OfferList | undefined) {
  const terms = useTerms();
  return (key: FilterKey, value: string) => {
    if (key === 'size') return terms.companySize(value as (typeof COMPANY_SIZES)[number]);
    return (
      data?.facets[key].find((item) => item.value === value)?.label ??
      (key === 'country' ? terms.country(value) : value)
    );
  };
}

function ResultsSummary({
  search,
  data,
  fetching,
  onChange,
}: {
  search: CatalogueSearch;
  data: OfferList | undefined;
  fetching: boolean;
  onChange: (next: CatalogueSearch) => void;
}) {
  const t = useT(catalogueMessages);
  const tp = useT(portalMessages);
  const filterLabel = useFilterLabel(data);
  const active = (Object.keys(search.filters) as FilterKey[]).flatMap((key) =>
    search.filters[key].map((value) => ({ key, value, label: tp.labelled(t.facets[key], filterLabel(key, value)) })),
  );
  // Relevance needs words: without them the API sorts by title, and so does the select.
  const sortValue: OfferSort = search.q
    ? (search.sort ?? 'relevance')
    : search.sort && search.sort !== 'relevance'
      ? search.sort
      : 'title';
  const sorts = OFFER_SORTS.filter((sort) => sort !== 'relevance' || search.q);

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom', 'fr-mb-1w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-sm-7')}>
          {/* Announced on every change: the number of offers the search now finds. */}
          <p role="status" className={fr.cx('fr-text--lg', 'fr-text--bold', 'fr-mb-2w')}>
            {fetching ? t.searching : data ? t.resultCount(data.total, search.q) : ''}
          </p>
          {data?.didYouMean && data.didYouMean !== search.q && (
            <p className={fr.cx('fr-mb-2w')}>
              {t.didYouMean}{' '}
              <Link
                to={{
                  pathname: paths.portalCatalogue,
                  search: catalogueQueryString({ ...search, q: data.didYouMean, page: 1 }),
                }}
              >
                {t.quoted(data.didYouMean)}
              </Link>
              {t.questionMark}
            </p>
          )}
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-sm-5')}>
          <Select
            label={t.sortLabel}
            nativeSelectProps={{
              name: 'sort',
              value: sortValue,
              onChange: (event) => onChange({ ...search, sort: event.target.value as OfferSort, page: 1 }),
            }}
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {t.sorts[sort]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {active.length > 0 && (
        <ul className={fr.cx('fr-tags-group', 'fr-mb-2w')} aria-label={t.activeFiltersLabel}>
          {active.map((filter) => (
            <li key={`${filter.key}-${filter.value}`}>
              <button
                type="button"
                className={fr.cx('fr-tag', 'fr-tag--sm', 'fr-tag--dismiss')}
                aria-label={t.removeFilter(filter.label)}
                onClick={() => onChange(toggleFilter(search, filter.key, filter.value))}
              >
                {filter.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Results({
  search,
  data,
  busy,
  onChange,
}: {
  search: CatalogueSearch;
  data: OfferList;
  busy: boolean;
  onChange: (next: CatalogueSearch) => void;
}) {
  const t = useT(catalogueMessages);
  const stepsById = useStepsById();
  const pageSize = data.pageSize || OFFERS_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(data.total / pageSize));

  if (data.items.length === 0 && data.total > 0) {
    // A page past the end (an old link after offers were unpublished).
    return (
      <p className={fr.cx('fr-mt-2w')}>
        {t.pastLastPage(pageCount)}{' '}
        <Link to={{ pathname: paths.portalCatalogue, search: catalogueQueryString({ ...search, page: 1 }) }}>
          {t.firstPage}
        </Link>
      </p>
    );
  }
  if (data.items.length === 0) {
    return (
      <div className={fr.cx('fr-mt-2w')}>
        <h3 className={fr.cx('fr-h5')}>{t.emptyTitle}</h3>
        <p className={fr.cx('fr-mb-1w')}>{t.emptyHelp}</p>
        <ul>
          <li>{t.emptySpelling}</li>
          <li>{t.emptyWords}</li>
          {activeFilterCount(search) > 0 && (
            <li>
              {t.emptyFilters}{' '}
              <button
                type="button"
                className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-btn--sm')}
                onClick={() => onChange(withoutFilters(search))}
              >
                {t.clearFilters}
              </button>
            </li>
          )}
          <li>
            {t.emptyJourney} <Link to={paths.portal}>{t.journeyLink}</Link>
          </li>
          <li>
            {t.emptyHotline} <Link to={paths.portalHotline}>{t.hotlineLink}</Link>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <div aria-busy={busy}>
      <ul className={fr.cx('fr-raw-list')} style={busy ? { opacity: 0.6 } : undefined}>
        {data.items.map((offer) => (
          <li key={offer.id} className={fr.cx('fr-mb-3w')}>
            <OfferCard offer={offer} stepsById={stepsById} />
          </li>
        ))}
      </ul>
      {pageCount > 1 && (
        <Pagination
          className={fr.cx('fr-mt-4w')}
          count={pageCount}
          defaultPage={Math.min(search.page, pageCount)}
          getPageLinkProps={(page) => ({
            to: { pathname: paths.portalCatalogue, search: catalogueQueryString({ ...search, page }) },
          })}
        />
      )}
    </div>
  );
}
