// /observatoire/reseau-interactions: the network of interactions between accounts as a sigma.js view, with
// filters and display options kept in the URL, a legend, the details of the account pointed at, a note when
// the network is cut, the table that stands in for the canvas, and the downloads (GEXF, JSON, CSV).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ACTOR_TYPES } from '../../../../../common/observatory-terms.ts';
import type { ActorType } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { apiUrl } from '../../components/apiUrl.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { useFormatters } from '../../components/format.ts';
import { useWindowParam } from '../../components/urlState.ts';
import { WindowSelector } from '../../components/WindowSelector.tsx';
import { type GraphFilters as Filters, graphQuery, useInteractionGraph } from '../api/useInteractionGraph.ts';
import { graphMessages } from '../messages.ts';
import { buildGraphView } from '../view.ts';
import {
  type ColourBy,
  DisplayOptions,
  GraphFilters,
  parseMinWeight,
  type ServerFilters,
  type SizeBy,
} from './GraphFilters.tsx';
import { GraphLegend } from './GraphLegend.tsx';
import { NodeDetails } from './NodeDetails.tsx';
import { SigmaCanvas } from './SigmaCanvas.tsx';
import { TopNodesTable } from './TopNodesTable.tsx';
import { useGroupName } from './useGroupName.ts';

const isActorType = (value: string): value is ActorType => (ACTOR_TYPES as readonly string[]).includes(value);

export function InteractionGraphPage() {
  const t = useT(graphMessages);
  const format = useFormatters();
  usePageTitle(t.title);
  const [window, setWindow] = useWindowParam();
  const [params, setParams] = useSearchParams();
  const applied: ServerFilters = {
    country: params.get('pays') ?? '',
    type: params.get('type') ?? '',
    minWeight: params.get('poids') ?? '',
  };
  const sizeBy: SizeBy = params.get('taille') === 'pagerank' ? 'pagerank' : 'index';
  const colourBy: ColourBy = params.get('couleur') === 'type' ? 'type' : 'country';
  const minWeight = parseMinWeight(applied.minWeight);
  const filters: Filters = {
    window,
    country: /^[A-Z]{2}$/.test(applied.country) ? applied.country : undefined,
    type: isActorType(applied.type) ? applied.type : undefined,
    minWeight: typeof minWeight === 'number' ? minWeight : undefined,
  };
  const graph = useInteractionGraph(filters);
  const view = useMemo(
    () => (graph.data ? buildGraphView(graph.data, sizeBy, colourBy) : null),
    [graph.data, sizeBy, colourBy],
  );
  const nameOf = useGroupName(colourBy);
  const [hovered, setHovered] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);

  const setParam = (entries: Record<string, string>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(entries)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { preventScrollReset: true },
    );
  const query = graphQuery(filters);

  return (
    <>
      <Breadcrumb
        className={fr.cx('fr-mb-3w')}
        currentPageLabel={t.title}
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t.breadcrumbObservatory, linkProps: { to: paths.observatory } }]}
      />
      <h1>{t.title}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{t.lead}</p>
      <WindowSelector className={fr.cx('fr-mb-3w')} value={window} onChange={setWindow} />
      <GraphFilters
        applied={applied}
        onApply={(next) => {
          setSelected(null);
          setParam({ pays: next.country, type: next.type, poids: next.minWeight });
        }}
      />
      <DisplayOptions
        sizeBy={sizeBy}
        colourBy={colourBy}
        onSizeBy={(value) => setParam({ taille: value === 'index' ? '' : value })}
        onColourBy={(value) => setParam({ couleur: value === 'country' ? '' : value })}
      />
      {graph.isPending && <Loading />}
      <ApiErrorAlert error={graph.error} />
      {graph.data && view && (
        <div aria-busy={graph.isPlaceholderData}>
          <p className={fr.cx('fr-text--bold')} role="status" data-testid="graph-summary">
            {t.summary(format.integer(graph.data.nodes.length), format.integer(view.edges.length))}
          </p>
          {graph.data.truncated && (
            <Alert
              className={fr.cx('fr-mb-3w')}
              severity="info"
              small
              description={t.truncated(format.integer(graph.data.nodes.length), format.integer(graph.data.totalNodes))}
            />
          )}
          {graph.data.nodes.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <>
              <GraphLegend palette={view.palette} nameOf={nameOf} />
              <NodeDetails
                view={view}
                nodeId={hovered ?? selected}
                selected={hovered === null && selected !== null}
                onClear={() => setSelected(null)}
              />
              <SigmaCanvas
                nodes={view.nodes}
                edges={view.edges}
                selectedId={selected}
                onHover={setHovered}
                onSelect={setSelected}
              />
              <TopNodesTable graph={graph.data} view={view} />
            </>
          )}
        </div>
      )}
      <ExportLinks
        headingId="graph-downloads"
        title={t.downloadsTitle}
        links={[
          { label: t.downloadGexf, format: 'GEXF', href: apiUrl('/api/observatory/graph.gexf', query) },
          { label: t.downloadJson, format: 'JSON', href: apiUrl('/api/observatory/exports/graph.json', query) },
          { label: t.downloadCsv, format: 'CSV', href: apiUrl('/api/observatory/exports/graph.csv', query) },
        ]}
      />
    </>
  );
}
