// The unregistered-accounts tab: accounts met in imported data that no actor owns yet, most followed first,
// each of which an editor can attach to an actor.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AccountRow } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { useUnregisteredAccounts } from '../api/useUnregisteredAccounts.ts';
import { registryMessages } from '../messages.ts';
import { accountPath } from './ActorAccounts.tsx';
import { AttachAccountForm } from './AttachAccountForm.tsx';
import { panelStyle } from './panelStyle.ts';

const pageSize = 25;

export function UnregisteredPanel() {
  const t = useT(registryMessages);
  const labels = useT(observatoryComponentMessages);
  const format = useFormatters();
  // `?compte=` opens the tab on one account (the add-account form links here when the account already exists).
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('compte') ?? '');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<AccountRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useDeferredValue(search.trim());
  const accounts = useUnregisteredAccounts({ q, limit: pageSize, offset: page * pageSize });
  const attachRef = useRef<HTMLElement>(null);
  const total = accounts.data?.total ?? 0;

  useEffect(() => {
    if (selected) attachRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [selected]);
  const handleOf = (account: AccountRow) => account.handle ?? account.displayName ?? t.noHandle;

  return (
    <>
      <p>{t.unregisteredLead}</p>
      <Input
        label={t.unregisteredSearch}
        className={fr.cx('fr-col-md-6', 'fr-px-0')}
        nativeInputProps={{
          id: 'unregistered-q',
          type: 'search',
          value: search,
          onChange: (e) => {
            setSearch(e.target.value);
            setPage(0);
          },
        }}
      />
      <div role="status">
        {notice && <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={notice} />}
      </div>
      {accounts.isPending && <Loading />}
      <ApiErrorAlert error={accounts.error} />
      {accounts.data && (
        <>
          <p className={fr.cx('fr-text--bold')} aria-live="polite">
            {t.unregisteredCount(total)}
          </p>
          {accounts.data.items.length === 0 ? (
            <p>{t.unregisteredEmpty}</p>
          ) : (
            <div className={fr.cx('fr-table', 'fr-table--sm')}>
              <div className={fr.cx('fr-table__wrapper')}>
                <div className={fr.cx('fr-table__container')}>
                  <div className={fr.cx('fr-table__content')}>
                    <table>
                      <caption>{t.unregisteredCaption}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t.handle}</th>
                          <th scope="col">{t.network}</th>
                          <th scope="col">{t.displayName}</th>
                          <th scope="col">{t.followers}</th>
                          <th scope="col">{t.actions}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {accounts.data.items.map((account) => (
                          <tr key={account.id}>
                            <th scope="row">
                              <Link to={accountPath(account.id)}>{handleOf(account)}</Link>
                            </th>
                            <td>{labels.networks[account.network] ?? account.network}</td>
                            <td>{account.displayName ?? '—'}</td>
                            <td>{format.integer(account.followers)}</td>
                            <td>
                              <Button
                                size="small"
                                priority="secondary"
                                nativeButtonProps={{ 'aria-label': t.attachLabel(handleOf(account)) }}
                                onClick={() => {
                                  setNotice(null);
                                  setSelected(account);
                                }}
                              >
                                {t.attach}
                              </Button>
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
          <Pager page={page} pages={Math.ceil(total / pageSize)} onPage={setPage} />
        </>
      )}
      {selected && (
        <section
          ref={attachRef}
          aria-labelledby="attach-title"
          className={fr.cx('fr-p-3w', 'fr-mt-3w')}
          style={panelStyle}
        >
          <h3 id="attach-title" className={fr.cx('fr-h5')}>
            {t.attachTitle(handleOf(selected))}
          </h3>
          <AttachAccountForm
            key={selected.id}
            account={selected}
            onCancel={() => setSelected(null)}
            onDone={(name) => {
              setNotice(t.attached(handleOf(selected), name));
              setSelected(null);
            }}
          />
        </section>
      )}
    </>
  );
}

/** Previous and next pages, as buttons: this list's paging is not worth a URL. */
function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const t = useT(registryMessages);
  if (pages <= 1) return null;
  return (
    <div className={fr.cx('fr-mt-2w')} style={{ display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-arrow-left-s-line"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {t.previousPage}
      </Button>
      <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>{t.pageOf(page + 1, pages)}</span>
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-arrow-right-s-line"
        iconPosition="right"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t.nextPage}
      </Button>
    </div>
  );
}
