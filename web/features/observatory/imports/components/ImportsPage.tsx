// /observatoire/imports (editors): upload a file of a chosen kind, follow the run's progress, read its summary
// and the rows left out, and look back at past runs.
import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { EditorPage } from '../../registry/components/EditorPage.tsx';
import { importMessages } from '../messages.ts';
import { ImportRunHistory } from './ImportRunHistory.tsx';
import { ImportRunStatus } from './ImportRunStatus.tsx';
import { UploadForm } from './UploadForm.tsx';

export function ImportsPage() {
  const t = useT(importMessages);
  return (
    <EditorPage title={t.title} lead={t.lead}>
      <ImportsConsole />
    </EditorPage>
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
