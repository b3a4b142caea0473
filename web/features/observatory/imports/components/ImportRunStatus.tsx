// One run followed live: a progress bar while it runs (read / total when the total is known, a counter
// otherwise), then its summary and the rows left out with their line numbers.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import type { ImportRun } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { useImportRun } from '../api/useImportRun.ts';
import { importMessages, kindName } from '../messages.ts';
import { ImportErrors } from './ImportErrors.tsx';

export function ImportRunStatus({ id }: { id: string }) {
  const t = useT(importMessages);
  const run = useImportRun(id);
  const heading = useRef<HTMLHeadingElement>(null);
  // A newly started or newly chosen run: bring keyboard and screen-reader users to it.
  useEffect(() => {
    if (id) heading.current?.focus();
  }, [id]);
  return (
    <section aria-labelledby="import-run-title" className={fr.cx('fr-mb-5w', 'fr-col-md-10')} data-testid="import-run">
      <h2 id="import-run-title" ref={heading} tabIndex={-1}>
        {run.data?.status === 'running' ? t.runTitle : t.runDoneTitle}
      </h2>
      {run.isPending && <Loading />}
      <ApiErrorAlert error={run.error} />
      {run.data && <RunDetails run={run.data} />}
    </section>
  );
}

function RunDetails({ run }: { run: ImportRun }) {
  const t = useT(importMessages);
  const format = useFormatters();
  const summary = [
    t.summaryRead(format.integer(run.read)),
    t.summaryAdded(format.integer(run.added)),
    t.summaryUpdated(format.integer(run.updated)),
    t.summarySkipped(format.integer(run.skipped)),
  ].join(', ');
  return (
    <>
      <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>
        {t.runSource(kindName(run.kind, t), run.source)} · {t.startedAt} {format.dateTime(run.startedAt)}
      </p>
      {run.status === 'running' && <RunProgress run={run} />}
      {/* Announced once, when the run ends: the progress itself would be too chatty for a live region. */}
      <div role="status">
        {run.status === 'done' && (
          <Alert severity="success" small className={fr.cx('fr-mb-3w')} title={t.doneTitle} description={summary} />
        )}
        {run.status === 'failed' && (
          <Alert
            severity="error"
            className={fr.cx('fr-mb-3w')}
            as="h3"
            title={t.failedTitle}
            description={run.message ? `${run.message} (${summary})` : summary}
          />
        )}
      </div>
      {run.status !== 'running' && (
        <>
          <h3 className={fr.cx('fr-h6')}>{t.summaryTitle}</h3>
          <dl className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}>
            {(
              [
                [t.read, run.read],
                [t.added, run.added],
                [t.updated, run.updated],
                [t.skipped, run.skipped],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className={fr.cx('fr-col-6', 'fr-col-md-3')}>
                <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>{label}</dt>
                <dd className={fr.cx('fr-h4', 'fr-ml-0', 'fr-mb-0')}>{format.integer(value)}</dd>
              </div>
            ))}
          </dl>
          {run.finishedAt && (
            <p className={fr.cx('fr-text--sm')}>
              {t.finishedAt} {format.dateTime(run.finishedAt)}
            </p>
          )}
        </>
      )}
      <ImportErrors errors={run.errors} />
    </>
  );
}

function RunProgress({ run }: { run: ImportRun }) {
  const t = useT(importMessages);
  const format = useFormatters();
  const known = run.total !== null && run.total > 0;
  const text = known
    ? t.progressOf(format.integer(run.read), format.integer(run.total))
    : t.progressCount(format.integer(run.read));
  return (
    <div className={fr.cx('fr-mb-3w')}>
      <label htmlFor="import-progress" className={fr.cx('fr-label', 'fr-mb-1w')}>
        {t.progressLabel}
      </label>
      {/* Without a total the bar is indeterminate and the counter carries the information. */}
      <progress
        id="import-progress"
        style={{ width: '100%', height: '0.75rem', accentColor: 'var(--background-action-high-blue-france)' }}
        {...(known ? { value: Math.min(run.read, run.total ?? 0), max: run.total ?? 0 } : {})}
        aria-valuetext={text}
      />
      <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>{text}</p>
    </div>
  );
}
