// /observatoire: the world ranking of countries for a scoring window (kept in the URL), as a map and a table,
// the comparison of up to four countries over time, the exports, and what the observatory is.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { NoScoresNotice } from '../../components/NoScoresNotice.tsx';
import { useWindowParam } from '../../components/urlState.ts';
import { WindowSelector } from '../../components/WindowSelector.tsx';
import { observatoryMessages } from '../../messages.ts';
import { useCountryRanking } from '../api/useCountryRanking.ts';
import { rankingMessages } from '../messages.ts';
import { AboutObservatory } from './AboutObservatory.tsx';
import { CountryComparison } from './CountryComparison.tsx';
import { RankingTable } from './RankingTable.tsx';
import { WorldMap } from './WorldMap.tsx';

export function RankingPage() {
  const t = useT(rankingMessages);
  const tc = useT(observatoryComponentMessages);
  const about = useT(observatoryMessages);
  const format = useFormatters();
  // The area's landing page: named after the observatory, as the main menu names it.
  usePageTitle(about.pageTitle);
  const [window, setWindow] = useWindowParam();
  const ranking = useCountryRanking(window);
  const items = ranking.data?.items ?? [];
  const windowName = tc.windows[window].toLowerCase();

  return (
    <>
      <Breadcrumb currentPageLabel={t.breadcrumb} homeLinkProps={{ to: paths.home }} segments={[]} />
      <h1>{t.title}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{t.lead}</p>
      <ButtonsGroup
        className={fr.cx('fr-mb-3w')}
        inlineLayoutWhen="md and up"
        buttonsSize="small"
        buttons={[
          {
            children: t.methodologyLink,
            priority: 'secondary',
            iconId: 'fr-icon-book-2-line',
            linkProps: { to: paths.observatoryMethodology },
          },
          {
            children: t.graphLink,
            priority: 'secondary',
            iconId: 'fr-icon-git-branch-line',
            linkProps: { to: paths.observatoryGraph },
          },
        ]}
      />

      <WindowSelector value={window} onChange={setWindow} className={fr.cx('fr-mb-2w')} />
      {ranking.data && (
        <p className={fr.cx('fr-text--sm', 'fr-mb-4w')} aria-live="polite">
          {ranking.data.periodEnd ? `${tc.periodEnd(format.date(ranking.data.periodEnd))} ` : ''}
          {items.length > 0 ? t.rankedCount(items.length) : ''}
        </p>
      )}

      {ranking.isPending && <Loading />}
      <ApiErrorAlert error={ranking.error} />
      {ranking.isSuccess && items.length === 0 && <NoScoresNotice />}

      {items.length > 0 && (
        <>
          <section aria-labelledby="ranking-map" className={fr.cx('fr-mb-6w')}>
            <h2 id="ranking-map">{t.mapTitle}</h2>
            <WorldMap items={items} tableId="ranking-table" window={window} />
          </section>
          <section aria-labelledby="ranking-table" className={fr.cx('fr-mb-6w')}>
            <h2 id="ranking-table">{t.tableTitle}</h2>
            <RankingTable items={items} caption={t.tableCaption(windowName)} window={window} />
          </section>
          <CountryComparison items={items} window={window} headingId="ranking-compare" />
        </>
      )}

      <ExportLinks
        headingId="ranking-exports"
        links={[
          {
            label: t.exportRankingsCsv,
            href: apiUrl('/api/observatory/exports/rankings.csv', { window }),
            format: 'CSV',
          },
          {
            label: t.exportRankingsJson,
            href: apiUrl('/api/observatory/exports/rankings.json', { window }),
            format: 'JSON',
          },
          { label: t.exportGraph, href: apiUrl('/api/observatory/graph.gexf', { window }), format: 'GEXF' },
        ]}
      />
      <AboutObservatory headingId="ranking-about" />
    </>
  );
}
