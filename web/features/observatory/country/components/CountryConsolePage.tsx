// /observatoire/pays/:country: a country's console for a scoring window (kept in the URL): headline figures,
// totals, charts, its accounts (sortable, filterable, paged), best posts, comparison with peers, exports.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useParams } from 'react-router';
import type { CountryRankingItem } from '../../../../../common/schemas/observatory.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import { knownCountryName } from '../../components/countries.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { NoScoresNotice } from '../../components/NoScoresNotice.tsx';
import { useCountryListParam, useWindowParam } from '../../components/urlState.ts';
import { WindowSelector } from '../../components/WindowSelector.tsx';
import { useCountryRanking } from '../../rankings/api/useCountryRanking.ts';
import { useCountryConsole } from '../api/useCountryConsole.ts';
import { countryMessages } from '../messages.ts';
import { AccountsSection } from './AccountsSection.tsx';
import { BestPosts } from './BestPosts.tsx';
import { ConsoleCharts } from './ConsoleCharts.tsx';
import { ConsoleHeadline, ConsoleTotals } from './ConsoleSummary.tsx';
import { CountryNotFound, CountryWithoutAccounts } from './CountryNotFound.tsx';
import { PeersSection } from './PeersSection.tsx';

/** Default peers: the countries ranked just above and just below. */
function neighbours(items: readonly CountryRankingItem[], country: string): string[] {
  const at = items.findIndex((item) => item.country === country);
  if (at < 0) return [];
  return [items[at - 1]?.country, items[at + 1]?.country].filter((code): code is string => code !== undefined);
}

export function CountryConsolePage() {
  const lang = useLang();
  const code = (useParams().country ?? '').toUpperCase();
  const name = knownCountryName(code, lang);
  if (!name) return <CountryNotFound code={code} />;
  return <CountryConsole country={code} name={name} />;
}

function CountryConsole({ country, name }: { country: string; name: string }) {
  const t = useT(countryMessages);
  const tc = useT(observatoryComponentMessages);
  const format = useFormatters();
  usePageTitle(t.pageTitle(name));
  const [window, setWindow] = useWindowParam();
  const [chosenPeers, setPeers] = useCountryListParam('pairs', 4);
  const ranking = useCountryRanking(window);
  const rankingItems = ranking.data?.items ?? [];
  const peers = chosenPeers ?? (ranking.data ? neighbours(rankingItems, country) : ranking.isError ? [] : null);
  const countryConsole = useCountryConsole(country, window, peers);
  const windowName = tc.windows[window].toLowerCase();

  const data = countryConsole.data;
  const heading = (
    <>
      <Breadcrumb
        currentPageLabel={name}
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t.breadcrumbObservatory, linkProps: { to: paths.observatory } }]}
      />
      <p className={fr.cx('fr-text--sm', 'fr-text--bold', 'fr-mb-1v')}>{t.kicker}</p>
      <h1>{name}</h1>
    </>
  );
  // The server answers 404 for a real country the registry has no account of.
  if (isApiError(countryConsole.error) && countryConsole.error.status === 404) {
    return (
      <>
        {heading}
        <CountryWithoutAccounts name={name} />
      </>
    );
  }

  return (
    <>
      {heading}
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{t.lead}</p>
      <WindowSelector value={window} onChange={setWindow} className={fr.cx('fr-mb-2w')} />
      {data?.periodEnd && (
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')} aria-live="polite">
          {tc.periodEnd(format.date(data.periodEnd))}
        </p>
      )}

      {(countryConsole.isPending || peers === null) && <Loading />}
      <ApiErrorAlert error={countryConsole.error} />
      {data && (
        <>
          {data.totals.accounts === 0 && <NoScoresNotice text={t.noAccountsText} />}
          <ConsoleHeadline totals={data.totals} ranked={ranking.data ? rankingItems.length : null} />
          <ConsoleTotals totals={data.totals} headingId="console-totals" />
          <ConsoleCharts data={data} countryName={name} headingId="console-charts" />
        </>
      )}
      <AccountsSection
        country={country}
        countryName={name}
        window={window}
        windowName={windowName}
        title={t.accountsTitle}
        headingId="console-accounts"
      />
      {data && (
        <>
          <BestPosts posts={data.bestPosts} window={window} headingId="console-best-posts" />
          <PeersSection
            totals={data.totals}
            peers={data.peers}
            selected={peers ?? []}
            options={rankingItems.map((item) => item.country)}
            onChange={setPeers}
            window={window}
            windowName={windowName}
            headingId="console-peers"
          />
        </>
      )}
      <ExportLinks
        headingId="console-exports"
        links={[
          {
            label: t.exportsAccountsCsv(name),
            href: apiUrl('/api/observatory/exports/accounts.csv', { country, window }),
            format: 'CSV',
          },
          {
            label: t.exportsAccountsJson(name),
            href: apiUrl('/api/observatory/exports/accounts.json', { country, window }),
            format: 'JSON',
          },
        ]}
      />
    </>
  );
}
