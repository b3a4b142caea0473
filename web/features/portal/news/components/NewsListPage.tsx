// /portail-export/actualites: published news, newest first, filtered by step and sector (in the URL), with pages.
import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { SECTORS } from '../../../../../common/portal-terms.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { NewsCard } from '../../components/NewsCard.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { queryString } from '../../components/portalUrls.ts';
import { compareLabels, useTerms } from '../../components/terms.ts';
import { useSteps } from '../../journey/api/useSteps.ts';
import { useNewsList } from '../api/useNewsList.ts';
import { newsMessages } from '../messages.ts';

interface NewsFilters {
  step: string;
  sector: string;
  country: string;
  page: number;
}

function parseNewsFilters(params: URLSearchParams): NewsFilters {
  const step = params.get('step') ?? '';
  const sector = params.get('sector') ?? '';
  const country = (params.get('country') ?? '').toUpperCase();
  const page = Number(params.get('page') ?? '1');
  return {
    step: /^[1-6]$/.test(step) ? step : '',
    sector: (SECTORS as readonly string[]).includes(sector) ? sector : '',
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

const newsSearch = (filters: NewsFilters) =>
  queryString({
    step: filters.step,
    sector: filters.sector,
    country: filters.country,
    page: filters.page > 1 ? filters.page : undefined,
  });

export function NewsListPage() {
  const t = useT(newsMessages);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseNewsFilters(params), [params]);
  const search = newsSearch(filters);
  const news = useNewsList(search);
  const data = news.data;
  const filtered = Boolean(filters.step || filters.sector || filters.country);
  const pageCount = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || 20))) : 1;
  const go = (next: NewsFilters) => setParams(new URLSearchParams(newsSearch(next)), { preventScrollReset: true });

  return (
    <>
      <PortalPageHeader title={t.title} lead={t.lead} />
      <NewsFiltersForm filters={filters} onApply={go} canClear={filtered} />
      <p role="status" className={fr.cx('fr-text--lg', 'fr-text--bold')}>
        {news.isFetching ? t.searching : data ? t.resultCount(data.total) : ''}
      </p>
      {news.isPending && <Loading />}
      <ApiErrorAlert error={news.error} />
      {data && data.items.length === 0 && <p>{filtered ? t.empty : t.emptyAll}</p>}
      {data && data.items.length > 0 && (
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-4w')}>
          {data.items.map((item) => (
            <li key={item.id} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
              <NewsCard news={item} titleAs="h2" />
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <Pagination
          count={pageCount}
          defaultPage={Math.min(filters.page, pageCount)}
          getPageLinkProps={(page) => ({
            to: { pathname: paths.portalNews, search: newsSearch({ ...filters, page }) },
          })}
        />
      )}
    </>
  );
}

function NewsFiltersForm({
  filters,
  onApply,
  canClear,
}: {
  filters: NewsFilters;
  onApply: (next: NewsFilters) => void;
  canClear: boolean;
}) {
  const t = useT(newsMessages);
  const lang = useLang();
  const terms = useTerms();
  const steps = useSteps();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };
  const sectors = useMemo(() => {
    const compare = compareLabels(lang);
    return SECTORS.map((sector) => ({ value: sector, label: terms.sector(sector) })).sort((a, b) =>
      compare(a.label, b.label),
    );
  }, [terms, lang]);
  return (
    <search aria-label={t.filtersTitle}>
      <form onSubmit={submit} className={fr.cx('fr-mb-3w')}>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Select
              label={t.step}
              nativeSelectProps={{
                name: 'step',
                value: draft.step,
                onChange: (event) => setDraft({ ...draft, step: event.target.value }),
              }}
            >
              <option value="">{t.anyStep}</option>
              {(steps.data?.items ?? []).map((step) => (
                <option key={step.id} value={String(step.id)}>
                  {step.id}. {step.name}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Select
              label={t.sector}
              nativeSelectProps={{
                name: 'sector',
                value: draft.sector,
                onChange: (event) => setDraft({ ...draft, sector: event.target.value }),
              }}
            >
              <option value="">{t.anySector}</option>
              {sectors.map((sector) => (
                <option key={sector.value} value={sector.value}>
                  {sector.label}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--icon-left', 'fr-mb-3w')}>
              <li>
                <button type="submit" className={fr.cx('fr-btn', 'fr-btn--icon-left', 'fr-icon-filter-line')}>
                  {t.apply}
                </button>
              </li>
              {canClear && (
                <li>
                  <button
                    type="button"
                    className={fr.cx('fr-btn', 'fr-btn--secondary')}
                    onClick={() => onApply({ step: '', sector: '', country: '', page: 1 })}
                  >
                    {t.clear}
                  </button>
                </li>
              )}
            </ul>
          </div>
        </div>
      </form>
    </search>
  );
}
