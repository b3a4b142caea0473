// The console's accounts: filters, the sortable table, paging (all server-side) and the result count.
import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import type { ScoringWindow } from '../../components/urlState.ts';
import { accountTableMessages } from '../accountMessages.ts';
import { useAccountList } from '../api/useAccountList.ts';
import { AccountFilters } from './AccountFilters.tsx';
import { AccountsTable } from './AccountsTable.tsx';
import { accountsPageSize, useAccountTableState } from './useAccountTableState.ts';

interface AccountsSectionProps {
  country: string;
  countryName: string;
  window: ScoringWindow;
  windowName: string;
  title: string;
  headingId: string;
}

export function AccountsSection({ country, countryName, window, windowName, title, headingId }: AccountsSectionProps) {
  const t = useT(accountTableMessages);
  const format = useFormatters();
  const [state, update, pageSearch] = useAccountTableState();
  const accounts = useAccountList({
    country,
    window,
    sort: state.sort,
    order: state.order,
    q: state.q,
    network: state.network,
    type: state.type,
    limit: accountsPageSize,
    offset: (state.page - 1) * accountsPageSize,
  });
  const total = accounts.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / accountsPageSize));
  const items = accounts.data?.items ?? [];
  const from = (state.page - 1) * accountsPageSize + 1;

  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-6w')}>
      <h2 id={headingId}>{title}</h2>
      <AccountFilters state={state} onChange={update} />
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} aria-live="polite">
        {accounts.data
          ? items.length > 0
            ? t.pageInfo(format.integer(from), format.integer(from + items.length - 1), format.integer(total))
            : t.results(format.integer(total))
          : ''}
      </p>
      {accounts.isPending && <Loading />}
      <ApiErrorAlert error={accounts.error} />
      {accounts.isSuccess && items.length === 0 && <p>{t.empty}</p>}
      {items.length > 0 && (
        <AccountsTable
          caption={t.caption(countryName, windowName)}
          items={items}
          state={{ ...state, window }}
          onSort={(sort, order) => update({ sort, order })}
        />
      )}
      {pageCount > 1 && (
        <Pagination
          count={pageCount}
          defaultPage={Math.min(state.page, pageCount)}
          showFirstLast
          getPageLinkProps={(page) => ({ to: { search: pageSearch(page) }, preventScrollReset: true })}
        />
      )}
    </section>
  );
}
