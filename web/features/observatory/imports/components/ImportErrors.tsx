// The rows an import left out, with their line numbers and reasons: what to fix in the file.
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import type { ImportRun } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { importMessages } from '../messages.ts';

// Enough to see what is wrong with a file; the full list is in the CLI's --json summary.
const shown = 200;

export function ImportErrors({ errors }: { errors: ImportRun['errors'] }) {
  const t = useT(importMessages);
  const format = useFormatters();
  if (errors.length === 0) return <p className={fr.cx('fr-text--sm')}>{t.errorsNone}</p>;
  return (
    <>
      <h3 className={fr.cx('fr-h6')}>{t.errorsTitle(errors.length)}</h3>
      <Table
        className={fr.cx('fr-table--sm', 'fr-table--multiline')}
        caption={t.errorsCaption}
        headers={[t.line, t.reason]}
        data={errors
          .slice(0, shown)
          .map((error) => [error.line === null ? t.noLine : format.integer(error.line), error.reason])}
      />
      {errors.length > shown && (
        <p className={fr.cx('fr-text--sm')}>{t.errorsMore(format.integer(errors.length - shown))}</p>
      )}
    </>
  );
}
