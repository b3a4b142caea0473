// Reporting a post or comment to the moderators (reason and optional details), through the moderation API.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useId, useState } from 'react';
import { REPORT_REASONS, type ReportReasonCode, reportReasonLabels } from '../../../../../common/network-terms.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { useReport } from '../api/useReport.ts';
import { postsMessages } from '../messages.ts';

export function ReportPanel({
  targetType,
  targetId,
  onDone,
  headingAs: Heading = 'h3',
}: {
  targetType: 'post' | 'comment';
  targetId: string;
  onDone: () => void;
  headingAs?: 'h2' | 'h3';
}) {
  const t = useT(postsMessages);
  const lang = useLang();
  const id = useId();
  const report = useReport();
  const [reason, setReason] = useState<ReportReasonCode>('spam');
  const [details, setDetails] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    report.mutate({ targetType, targetId, reason, ...(details.trim() ? { details: details.trim() } : {}) });
  };

  if (report.isSuccess) {
    return (
      <p role="status" className={fr.cx('fr-text--sm')}>
        {t.reported}
      </p>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      aria-labelledby={`${id}-title`}
      className={fr.cx('fr-p-2w', 'fr-mb-2w')}
      style={{ background: 'var(--background-alt-grey)' }}
    >
      <Heading id={`${id}-title`} className={fr.cx('fr-h6')}>
        {t.reportHeading}
      </Heading>
      <ApiErrorAlert error={report.error} />
      <Select
        label={t.reportReason}
        nativeSelectProps={{ value: reason, onChange: (e) => setReason(e.target.value as ReportReasonCode) }}
      >
        {REPORT_REASONS.map((code) => (
          <option key={code} value={code}>
            {reportReasonLabels[code][lang]}
          </option>
        ))}
      </Select>
      <Input
        label={t.reportDetails}
        textArea
        nativeTextAreaProps={{ value: details, maxLength: 2000, onChange: (e) => setDetails(e.target.value) }}
      />
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <Button type="submit" disabled={report.isPending}>
          {report.isPending ? t.sending : t.reportSend}
        </Button>
        <Button type="button" priority="secondary" onClick={onDone}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
