// /observatoire/imports (editors): upload a file of a chosen kind, follow the run's progress, read its summary
// and the rows left out, and look back at past runs.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useState } from 'react';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { RequireEditor } from '../../registry/components/RequireEditor.tsx';
import { registryMessages } from '../../registry/messages.ts';
import { importMessages } from '../messages.ts';
import { ImportRunHistory } from './ImportRunHistory.tsx';
import { ImportRunStatus } from './ImportRunStatus.tsx';
import { UploadForm } from './UploadForm.tsx';

export function ImportsPage() {
  const t = useT(importMessages);
  const tr = useT(registryMessages);
  usePageTitle(t.title);
  return (
    <>
      <Breadcrumb
        className={fr.cx('fr-mb-3w')}
        currentPageLabel={t.title}
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: tr.breadcrumbObservatory, linkProps: { to: paths.observatory } }]}
      />
      <h1>{t.title}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{t.lead}</p>
      <RequireEditor>
        <ImportsConsole />
      </RequireEditor>
    </>
  );
}

function ImportsConsole() {
  const t = useT(importMessages);
  const [runId, setRunId] = useState<string | null>(null);
  return (
    <>
      <section aria-labelledby="imports-upload" className={fr.cx('fr-mb-5w', 'fr-col-md-10')}>
        <h2 id="imports-upload">{t.uploadTitle}</h2>
        <UploadForm onStarted={setRunId} />
      </section>
      {runId !== null && <ImportRunStatus id={runId} />}
      <ImportRunHistory selectedId={runId} onSelect={setRunId} />
    </>
  );
}
