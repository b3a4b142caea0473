// The console's comparison with up to four peers (kept in the URL as ?pairs=DE,GB): a picker and a table of the
// country's totals beside theirs.
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import type { CountryTotals } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { CountryPicker } from '../../components/CountryPicker.tsx';
import { useCountryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { Movement } from '../../components/Movement.tsx';
import { TableFrame } from '../../components/TableFrame.tsx';
import { countryConsoleUrl, type ScoringWindow } from '../../components/urlState.ts';
import { countryMessages } from '../messages.ts';

interface PeersSectionProps {
  totals: CountryTotals;
  peers: readonly CountryTotals[];
  selected: readonly string[];
  options: readonly string[];
  onChange: (codes: string[]) => void;
  window: ScoringWindow;
  windowName: string;
  headingId: string;
}

export function PeersSection({
  totals,
  peers,
  selected,
  options,
  onChange,
  window,
  windowName,
  headingId,
}: PeersSectionProps) {
  const t = useT(countryMessages);
  const name = useCountryName();
  const format = useFormatters();
  const rows = [totals, ...peers.filter((peer) => selected.includes(peer.country))];
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-6w')}>
      <h2 id={headingId}>{t.peersTitle}</h2>
      <p>{t.peersLead}</p>
      <CountryPicker
        label={t.peersPicker}
        options={options.filter((code) => code !== totals.country)}
        selected={selected}
        onChange={onChange}
      />
      {selected.length === 0 && <p className={fr.cx('fr-text--sm')}>{t.peersEmpty}</p>}
      <TableFrame small multiline testId="country-peers">
        <table>
          <caption>{t.peersCaption(windowName)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.country}</th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.rankLabel}
              </th>
              <th scope="col">{t.movementLabel}</th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.indexLabel}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.totalAccounts}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.totalFollowers}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.totalPosts}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.totalEngagement}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t.totalReplies}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.country}>
                <th scope="row">
                  {row.country === totals.country ? (
                    name(row.country)
                  ) : (
                    <Link to={countryConsoleUrl(row.country, window)}>{name(row.country)}</Link>
                  )}
                </th>
                <td style={{ textAlign: 'right' }}>{format.integer(row.rank)}</td>
                <td>{row.rank === null ? '—' : <Movement value={row.movement} />}</td>
                <td style={{ textAlign: 'right' }}>{format.decimal(row.index)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(row.accounts)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(row.followers)}</td>
                <td style={{ textAlign: 'right' }}>{format.integer(row.posts)}</td>
                <td style={{ textAlign: 'right' }}>{format.decimal(row.engagementPerPost)}</td>
                <td style={{ textAlign: 'right' }}>{format.percent(row.repliesShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
