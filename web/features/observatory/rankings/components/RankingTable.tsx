// The world ranking as a table: rank, movement, country (link to its console), index, accounts, cumulative
// followers. Long rankings show 50 rows at a time.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CountryRankingItem } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useCountryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { Movement } from '../../components/Movement.tsx';
import { TableFrame } from '../../components/TableFrame.tsx';
import { countryConsoleUrl, type ScoringWindow } from '../../components/urlState.ts';
import { rankingMessages } from '../messages.ts';

const pageSize = 50;

export function RankingTable({
  items,
  caption,
  window,
}: {
  items: readonly CountryRankingItem[];
  caption: string;
  window: ScoringWindow;
}) {
  const t = useT(rankingMessages);
  const format = useFormatters();
  const name = useCountryName();
  const [shown, setShown] = useState(pageSize);
  const visible = items.slice(0, shown);
  const remaining = items.length - visible.length;

  return (
    <>
      <TableFrame testId="country-ranking" hideCaption>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.rank}</th>
              <th scope="col">{t.movement}</th>
              <th scope="col">{t.country}</th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.index}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.accounts}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.followers} <span className={fr.cx('fr-text--regular')}>{t.followersNote}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((item) => (
              <tr key={item.country}>
                <td>{format.integer(item.rank)}</td>
                <td>
                  <Movement value={item.movement} />
                </td>
                <th scope="row">
                  <Link to={countryConsoleUrl(item.country, window)}>{name(item.country)}</Link>
                </th>
                <td style={{ textAlign: 'right' }}>{format.decimal(item.index)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(item.accounts)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(item.followers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} aria-live="polite">
        {t.showingCount(visible.length, items.length)}
      </p>
      <p className={fr.cx('fr-text--xs', 'fr-mb-2w')}>{t.followersHelp}</p>
      {remaining > 0 && (
        <Button priority="secondary" iconId="fr-icon-arrow-down-s-line" onClick={() => setShown(shown + pageSize)}>
          {t.showMore(Math.min(pageSize, remaining))}
        </Button>
      )}
    </>
  );
}
