// Past imports and connector polls, newest first, each with its counts; "see details" follows one of them.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { useImportRuns } from '../api/useImportRuns.ts';
import { importMessages, kindName, type RunStatus, runStatus } from '../messages.ts';

const severity = { running: 'info', done: 'success', failed: 'error' } as const satisfies Record<
  RunStatus,
  'info' | 'success' | 'error'
>;

export function ImportRunHistory({
  selectedId,
  onSelect,
}: {
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useT(importMessages);
  const format = useFormatters();
  const runs = useImportRuns();
  const items = runs.data?.items ?? [];
  return (
    <section aria-labelledby="imports-history">
      <h2 id="imports-history">{t.historyTitle}</h2>
      {runs.isPending && <Loading />}
      <ApiErrorAlert error={runs.error} />
      {runs.data && items.length === 0 && <p>{t.historyEmpty}</p>}
      {items.length > 0 && (
        <Table
          className={fr.cx('fr-table--sm')}
          caption={t.historyCaption}
          headers={[
            t.startedAt,
            t.kind,
            t.source,
            t.state,
            t.read,
            t.added,
            t.updated,
            t.skipped,
            t.errors,
            <span key="show" className={fr.cx('fr-sr-only')}>
              {t.show}
            </span>,
          ]}
          data={items.map((run) => [
            format.dateTime(run.startedAt),
            kindName(run.kind, t),
            <span key="source" style={{ wordBreak: 'break-all' }}>
              {run.source}
            </span>,
            <Badge key="status" severity={severity[runStatus(run.status)]} small noIcon>
              {t.status[runStatus(run.status)]}
            </Badge>,
            format.integer(run.read),
            format.integer(run.added),
            format.integer(run.updated),
            format.integer(run.skipped),
            format.integer(run.errors.length),
            run.id === selectedId ? (
              ''
            ) : (
              <Button
                key="show"
                size="small"
                priority="tertiary"
                onClick={() => onSelect(run.id)}
                nativeButtonProps={{ 'aria-label': t.showLabel(run.source) }}
              >
                {t.show}
              </Button>
            ),
          ])}
        />
      )}
    </section>
  );
}
