// The console's accounts table: one row per account (link to its score page), each column sortable by the
// server; the sorted column says so to screen readers (aria-sort).
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import type { AccountRow } from '../../../../../common/schemas/observatory.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { TableFrame } from '../../components/TableFrame.tsx';
import { accountScoreUrl, type ScoringWindow } from '../../components/urlState.ts';
import { accountTableMessages } from '../accountMessages.ts';
import type { AccountSort } from '../api/useAccountList.ts';
import type { AccountTableState } from './useAccountTableState.ts';

interface AccountsTableProps {
  caption: string;
  items: readonly AccountRow[];
  state: AccountTableState & { window: ScoringWindow };
  onSort: (sort: AccountSort, order: 'asc' | 'desc') => void;
}

export function accountName(account: AccountRow, lang: 'fr' | 'en'): string {
  return (
    account.displayName ??
    (account.actor ? (lang === 'fr' ? account.actor.nameFr : account.actor.nameEn) : null) ??
    (account.handle ? `@${account.handle}` : `#${account.id}`)
  );
}

export function AccountsTable({ caption, items, state, onSort }: AccountsTableProps) {
  const t = useT(accountTableMessages);
  const names = useT(observatoryComponentMessages);
  const lang = useLang();
  const format = useFormatters();

  const header = (sort: AccountSort, label: string, numeric = true) => {
    const active = state.sort === sort;
    const next: 'asc' | 'desc' = active ? (state.order === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc';
    const icon = !active
      ? 'fr-icon-arrow-up-down-line'
      : state.order === 'asc'
        ? 'fr-icon-arrow-up-line'
        : 'fr-icon-arrow-down-line';
    return (
      <th
        scope="col"
        aria-sort={active ? (state.order === 'asc' ? 'ascending' : 'descending') : undefined}
        style={numeric ? { textAlign: 'right' } : undefined}
      >
        <button
          type="button"
          className={fr.cx('fr-btn', 'fr-btn--tertiary-no-outline', 'fr-btn--sm', 'fr-btn--icon-right', icon)}
          title={t.sortBy(label, next)}
          onClick={() => onSort(sort, next)}
        >
          {label}
        </button>
      </th>
    );
  };

  return (
    <TableFrame testId="country-accounts" hideCaption multiline small>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', t.account, false)}
            {header('index', t.index)}
            <th scope="col" style={{ textAlign: 'right' }}>
              {t.worldRank}
            </th>
            {header('followers', t.followers)}
            {header('growth', t.growth)}
            {header('posts', t.posts)}
            {header('engagement', t.engagement)}
            {header('dialogue', t.dialogue)}
          </tr>
        </thead>
        <tbody>
          {items.map((account) => {
            const name = accountName(account, lang);
            const details = [
              account.handle && account.displayName ? `@${account.handle}` : null,
              names.networks[account.network] ?? account.network,
              account.actor ? (names.actorTypes[account.actor.type] ?? account.actor.type) : names.unregistered,
            ].filter(Boolean);
            return (
              <tr key={account.id}>
                <th scope="row" style={{ minWidth: '14rem' }}>
                  <Link to={accountScoreUrl(account.id, state.window)}>{name}</Link>
                  <br />
                  <span className={fr.cx('fr-text--xs')} style={{ color: 'var(--text-mention-grey)' }}>
                    {details.join(' · ')}
                  </span>
                </th>
                <td style={{ textAlign: 'right' }}>{format.decimal(account.index)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(account.rank)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(account.followers)}</td>
                <td style={{ textAlign: 'right' }}>{format.signed(account.followersGrowth)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(account.posts)}</td>
                <td style={{ textAlign: 'right' }}>{format.decimal(account.engagement)}</td>
                <td style={{ textAlign: 'right' }}>{format.decimal(account.dialogue)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
