// A modal dialog asking for a reason (native <dialog>: focus kept inside, Escape closes), shared by the report,
// hide, restore, resolve and dismiss actions.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { moderationMessages } from '../messages.ts';

export function ReasonDialog({
  open,
  title,
  lead,
  label,
  confirmLabel,
  required = true,
  maxLength = 1000,
  pending,
  error,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  lead?: string;
  label: string;
  confirmLabel: string;
  required?: boolean;
  maxLength?: number;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  /** Fields shown above the reason (the report's motive). */
  children?: ReactNode;
}) {
  const t = useT(moderationMessages);
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason('');
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(reason.trim());
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className={fr.cx('fr-p-4w')}
      style={{ maxWidth: '40rem', width: '90vw', border: '1px solid var(--border-default-grey)' }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className={fr.cx('fr-h4')}>
          {title}
        </h2>
        {lead ? <p>{lead}</p> : null}
        <ApiErrorAlert error={error} />
        {children}
        <Input
          label={label}
          textArea
          nativeTextAreaProps={{
            id: `${id}-reason`,
            value: reason,
            required,
            maxLength,
            rows: 3,
            onChange: (e) => setReason(e.target.value),
          }}
        />
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--right')}>
          <li>
            <Button type="button" priority="secondary" onClick={onClose}>
              {t.cancel}
            </Button>
          </li>
          <li>
            <Button type="submit" disabled={pending}>
              {pending ? t.sending : confirmLabel}
            </Button>
          </li>
        </ul>
      </form>
    </dialog>
  );
}
