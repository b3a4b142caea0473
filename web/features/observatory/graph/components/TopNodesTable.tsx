// The text alternative of the canvas: the most central accounts of the network shown, with their links in the
// view, each linking to its account page.
import { fr } from '@codegouvfr/react-dsfr';
import { generatePath, Link } from 'react-router';
import type { InteractionGraph } from '../../../../../common/schemas/observatory.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { countryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { TableFrame } from '../../components/TableFrame.tsx';
import { graphMessages } from '../messages.ts';
import { usePagerankFormat } from '../usePagerankFormat.ts';
import type { GraphView } from '../view.ts';

const shown = 50;

export function TopNodesTable({ graph, view }: { graph: InteractionGraph; view: GraphView }) {
  const t = useT(graphMessages);
  const tc = useT(observatoryComponentMessages);
  const lang = useLang();
  const format = useFormatters();
  const formatPagerank = usePagerankFormat();
  const top = [...graph.nodes].sort((a, b) => b.pagerank - a.pagerank || a.id - b.id).slice(0, shown);
  return (
    <section aria-labelledby="graph-table-title" className={fr.cx('fr-mb-5w')}>
      <h2 id="graph-table-title">{t.tableTitle}</h2>
      <p>{t.tableLead(format.integer(top.length))}</p>
      <TableFrame small testId="graph-top-nodes">
        <table>
          <caption>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.rank}</th>
              <th scope="col">{t.account}</th>
              <th scope="col">{t.network}</th>
              <th scope="col">{t.country}</th>
              <th scope="col">{t.type}</th>
              <th scope="col">{t.index}</th>
              <th scope="col">{t.pagerank}</th>
              <th scope="col">{t.outgoing}</th>
              <th scope="col">{t.incoming}</th>
            </tr>
          </thead>
          <tbody>
            {top.map((node, i) => (
              <tr key={node.id}>
                <td>{format.integer(i + 1)}</td>
                <th scope="row">
                  <Link to={generatePath(paths.observatoryAccount, { id: String(node.id) })}>{node.label}</Link>
                </th>
                <td>{tc.networks[node.network] ?? node.network}</td>
                <td>{node.country ? countryName(node.country, lang) : t.unknown}</td>
                <td>{node.type ? (tc.actorTypes[node.type] ?? node.type) : t.unknown}</td>
                <td>{format.decimal(node.index)}</td>
                <td>{formatPagerank(node.pagerank)}</td>
                <td>{format.integer(view.outgoing.get(node.id) ?? 0)}</td>
                <td>{format.integer(view.incoming.get(node.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
