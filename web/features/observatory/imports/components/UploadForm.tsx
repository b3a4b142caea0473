// Choosing the kind of file and the file itself, then sending it: the server answers at once with the run,
// which goes on in the background.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { type FormEvent, useRef, useState } from 'react';
import { IMPORT_KINDS } from '../../../../../common/observatory-terms.ts';
import type { ImportKind } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { useUploadImport } from '../api/useUploadImport.ts';
import { importMessages } from '../messages.ts';

const fileInputId = 'import-file';

export function UploadForm({ onStarted }: { onStarted: (runId: string) => void }) {
  const t = useT(importMessages);
  const upload = useUploadImport();
  const [kind, setKind] = useState<ImportKind>('minet-csv');
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileError = !file ? t.fileRequired : file.size === 0 ? t.fileEmpty : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (fileError || !file) {
      document.getElementById(fileInputId)?.focus();
      return;
    }
    upload.mutate(
      { kind, file },
      {
        onSuccess: (run) => {
          onStarted(run.id);
          // Ready for the next file (the kind stays); the run's progress shows below.
          if (fileInput.current) fileInput.current.value = '';
          setFile(null);
          setSubmitted(false);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ApiErrorAlert error={upload.error} />
      <RadioButtons
        legend={t.kindLegend}
        name="import-kind"
        options={IMPORT_KINDS.map((value) => ({
          label: t.kinds[value].name,
          hintText: t.kinds[value].hint,
          nativeInputProps: { value, checked: kind === value, onChange: () => setKind(value) },
        }))}
      />
      <Upload
        label={t.fileLabel}
        hint={t.fileHint(t.kinds[kind].name)}
        {...fieldState(submitted ? fileError : undefined)}
        nativeInputProps={{
          id: fileInputId,
          ref: fileInput,
          accept: t.kinds[kind].accept,
          required: true,
          onChange: (e) => setFile(e.target.files?.[0] ?? null),
        }}
      />
      <Button className={fr.cx('fr-mt-3w')} type="submit" iconId="fr-icon-upload-line" disabled={upload.isPending}>
        {upload.isPending ? t.sending : t.submit}
      </Button>
    </form>
  );
}
