// "Report" under a post or comment: a dialog with the reason and optional details, sent to the moderators of the
// space who can read the item. Show it when the item's `abilities.report` is true.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { REPORT_REASONS, type ReportReasonCode, reportReasonLabels } from '../../../../../common/network-terms.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { useCreateReport } from '../api/useCreateReport.ts';
import { moderationMessages } from '../messages.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

export function ReportButton({ targetType, targetId }: { targetType: 'post' | 'comment'; targetId: string }) {
  const t = useT(moderationMessages);
  const lang = useLang();
  const create = useCreateReport();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReasonCode>('spam');
  const close = () => {
    setOpen(false);
    if (!create.isSuccess) create.reset();
  };
  return (
    <>
      <Button
        type="button"
        size="small"
        priority="tertiary no outline"
        iconId="fr-icon-flag-line"
        onClick={() => {
          create.reset();
          setOpen(true);
        }}
      >
        {t.report}
      </Button>
      {create.isSuccess ? (
        <Alert
          small
          severity="success"
          description={t.reported}
          closable
          onClose={() => create.reset()}
          className={fr.cx('fr-mt-1w')}
        />
      ) : null}
      <ReasonDialog
        open={open}
        title={t.reportTitle(t.targetTypes[targetType].toLowerCase())}
        lead={t.reportLead}
        label={t.detailsLabel}
        confirmLabel={t.send}
        required={false}
        maxLength={2000}
        pending={create.isPending}
        error={create.error}
        onClose={close}
        onConfirm={(details) =>
          create.mutate(
            { targetType, targetId, reason, ...(details ? { details } : {}) },
            { onSuccess: () => setOpen(false) },
          )
        }
      >
        <Select
          label={t.reason}
          nativeSelectProps={{ value: reason, onChange: (e) => setReason(e.target.value as ReportReasonCode) }}
        >
          {REPORT_REASONS.map((code) => (
            <option key={code} value={code}>
              {reportReasonLabels[code][lang]}
            </option>
          ))}
        </Select>
      </ReasonDialog>
    </>
  );
}
