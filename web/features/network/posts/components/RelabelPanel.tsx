// Changing an item's label: the allowed choices with the banner preview; lowering asks for a reason (the server
// audits it and refuses it without one), raising says the comments below follow.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useId, useState } from 'react';
import type { LabelView } from '../../../../../common/schemas/network.ts';
import type { RelabelBody } from '../../../../../common/schemas/network-posts.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { postsMessages } from '../messages.ts';
import { LabelSelect } from './LabelSelect.tsx';
import { compareChoices, type LabelChoice } from './labels.ts';

export function RelabelPanel({
  current,
  choices,
  raisesComments = false,
  onApply,
  onDone,
  pending,
  error,
  headingAs: Heading = 'h3',
}: {
  current: LabelView;
  choices: readonly LabelChoice[];
  raisesComments?: boolean;
  onApply: (body: RelabelBody, options: { onSuccess: () => void }) => void;
  onDone: () => void;
  pending: boolean;
  error: unknown;
  headingAs?: 'h2' | 'h3';
}) {
  const t = useT(postsMessages);
  const id = useId();
  const [choice, setChoice] = useState<LabelChoice>({ level: current.level, tlp: current.tlp });
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const order = compareChoices(choice, current);
  const lowering = order < 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (order === 0 || pending) return;
    if (lowering && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    onApply(
      { level: choice.level, tlp: choice.tlp, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      { onSuccess: onDone },
    );
  };

  const reasonError = missingReason && reason.trim() === '' ? t.reasonRequired : fieldError(error, 'reason');
  return (
    <form
      onSubmit={onSubmit}
      aria-labelledby={`${id}-title`}
      className={fr.cx('fr-p-2w', 'fr-mb-2w')}
      style={{ background: 'var(--background-alt-grey)' }}
    >
      <Heading id={`${id}-title`} className={fr.cx('fr-h6')}>
        {t.relabelHeading}
      </Heading>
      <ApiErrorAlert error={error} />
      <LabelSelect label={t.levelField} value={choice} choices={choices} onChange={setChoice} />
      {lowering ? (
        <>
          <Alert severity="warning" small description={t.relabelLower} className={fr.cx('fr-mb-2w')} />
          <Input
            label={t.reason}
            textArea
            state={reasonError ? 'error' : 'default'}
            stateRelatedMessage={reasonError}
            nativeTextAreaProps={{
              value: reason,
              maxLength: 1000,
              required: true,
              onChange: (e) => setReason(e.target.value),
            }}
          />
        </>
      ) : order > 0 && raisesComments ? (
        <p className={fr.cx('fr-text--sm')}>{t.relabelRaise}</p>
      ) : null}
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <Button type="submit" disabled={order === 0 || pending}>
          {pending ? t.saving : t.apply}
        </Button>
        <Button type="button" priority="secondary" onClick={onDone}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
