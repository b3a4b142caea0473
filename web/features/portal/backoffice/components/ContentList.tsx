// One kind's items: search (title, accents aside) and status filter kept in the URL, a table with the status
// and the last change, pages, and the "new" button where the kind can be created.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import {
  BACKOFFICE_PAGE_SIZE,
  BACKOFFICE_STATUS_FILTERS,
  type BackofficeStatusFilter,
} from '../../../../../common/schemas/portal-backoffice.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { useContentList } from '../api/useContentList.ts';
import { isCreatable, itemUrl, newItemUrl } from '../kinds.ts';
import { backofficeMessages } from '../messages.ts';
import { StatusBadge } from './StatusBadge.tsx';

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

const statusOf = (value: string | null): BackofficeStatusFilter | '' =>
  (BACKOFFICE_STATUS_FILTERS as readonly string[]).includes(value ?? '') ? (value as BackofficeStatusFilter) : '';

export function ContentList({ kind }: { kind: ContentKind }) {
  const t = useT(backofficeMessages);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const status = statusOf(params.get('statut'));
  const page = pageOf(params.get('page'));
  const list = useContentList(kind, { q, status, page });
  const [query, setQuery] = useState(q);
  const [statusChoice, setStatusChoice] = useState<string>(status);
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / BACKOFFICE_PAGE_SIZE));

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    const contenu = params.get('contenu');
    if (contenu) next.set('contenu', contenu);
    if (query.trim()) next.set('q', query.trim());
    if (statusChoice) next.set('statut', statusChoice);
    setParams(next);
  };
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return { to: `?${next}` };
  };

  return (
    <>
      <form onSubmit={onSearch} aria-labelledby={`bo-search-${kind}`} className={fr.cx('fr-mb-3w')}>
        <h3 id={`bo-search-${kind}`} className={fr.cx('fr-sr-only')}>
          {t.searchTitle}
        </h3>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
            <Input
              label={t.search}
              hintText={t.searchHint}
              nativeInputProps={{
                type: 'search',
                value: query,
                maxLength: 200,
                onChange: (e) => setQuery(e.target.value),
              }}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Select
              label={t.status}
              nativeSelectProps={{ value: statusChoice, onChange: (e) => setStatusChoice(e.target.value) }}
            >
              <option value="">{t.anyStatus}</option>
              {BACKOFFICE_STATUS_FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t.statusFilters[value]}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-3', 'fr-mb-3w')}>
            <Button type="submit" iconId="fr-icon-search-line">
              {t.apply}
            </Button>
          </div>
        </div>
      </form>

      {isCreatable(kind) && (
        <Button className={fr.cx('fr-mb-3w')} iconId="fr-icon-add-line" linkProps={{ to: newItemUrl(kind) }}>
          {t.newItem[kind]}
        </Button>
      )}

      {list.error ? (
        <ApiErrorAlert error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p role="status" className={fr.cx('fr-text--bold')}>
            {t.results(total)}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <div className={fr.cx('fr-table', 'fr-table--no-caption')}>
              <div className={fr.cx('fr-table__wrapper')}>
                <div className={fr.cx('fr-table__container')}>
                  <div className={fr.cx('fr-table__content')}>
                    <table>
                      <caption>{t.tableCaption(t.kinds[kind])}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t.columnTitle}</th>
                          <th scope="col">{t.columnStatus}</th>
                          <th scope="col">{t.columnLastChange}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.data.items.map((item) => (
                          <tr key={item.id}>
                            <th scope="row">
                              <Link to={itemUrl(kind, item.id)}>{lang === 'en' ? item.titleEn : item.titleFr}</Link>
                              <span className={fr.cx('fr-hint-text')}>{item.id}</span>
                            </th>
                            <td>
                              <StatusBadge status={item.status} pendingChanges={item.pendingChanges} />
                            </td>
                            <td>
                              {formatDateTime(item.lastChangeAt, lang)}
                              {item.lastChangeBy && (
                                <span className={fr.cx('fr-hint-text')}>{t.by(item.lastChangeBy)}</span>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
          )}
          {pages > 1 && (
            <Pagination
              className={fr.cx('fr-mt-3w')}
              count={pages}
              defaultPage={Math.min(page, pages)}
              getPageLinkProps={pageLink}
              showFirstLast
            />
          )}
        </>
      )}
    </>
  );
}
