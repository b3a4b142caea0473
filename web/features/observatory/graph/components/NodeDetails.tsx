// The account under the pointer, or the one clicked: who it is, its index and PageRank, how many accounts it
// is linked to in the view, and a link to its page.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { generatePath, Link } from 'react-router';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { countryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { graphMessages } from '../messages.ts';
import { usePagerankFormat } from '../usePagerankFormat.ts';
import type { GraphView } from '../view.ts';

export function NodeDetails({
  view,
  nodeId,
  selected,
  onClear,
}: {
  view: GraphView;
  nodeId: number | null;
  selected: boolean;
  onClear: () => void;
}) {
  const t = useT(graphMessages);
  const tc = useT(observatoryComponentMessages);
  const format = useFormatters();
  const lang = useLang();
  const formatPagerank = usePagerankFormat();
  const node = nodeId === null ? undefined : view.byId.get(nodeId);
  return (
    <div className={fr.cx('fr-p-2w', 'fr-mb-2w')} style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{t.nodeTitle}</h3>
      {!node ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{t.nodeNone}</p>
      ) : (
        <>
          <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>{node.label}</p>
          <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
            {[
              tc.networks[node.network] ?? node.network,
              node.country ? countryName(node.country, lang) : null,
              node.type ? (tc.actorTypes[node.type] ?? node.type) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
            {t.nodeFigures(
              format.decimal(node.index),
              formatPagerank(node.pagerank),
              format.integer((view.outgoing.get(node.id) ?? 0) + (view.incoming.get(node.id) ?? 0)),
            )}
          </p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--sm', 'fr-mb-0')}>
            <li>
              <Link
                className={fr.cx('fr-btn', 'fr-btn--sm')}
                to={generatePath(paths.observatoryAccount, { id: String(node.id) })}
              >
                {t.openAccount(node.label)}
              </Link>
            </li>
            {selected && (
              <li>
                <Button size="small" priority="secondary" onClick={onClear}>
                  {t.clearSelection}
                </Button>
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
