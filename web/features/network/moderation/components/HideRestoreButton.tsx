// "Hide" or "Restore" on a post or comment, for its moderators (show it when the item's `abilities.hide` is true):
// a dialog asks for the reason, kept with the item and in the audit log.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSetHidden } from '../api/useSetHidden.ts';
import { moderationMessages } from '../messages.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

export function HideRestoreButton({
  targetType,
  targetId,
  hidden,
  onDone,
}: {
  targetType: 'post' | 'comment';
  targetId: string;
  /** The item is hidden now: the button restores it. */
  hidden: boolean;
  onDone?: () => void;
}) {
  const t = useT(moderationMessages);
  const setHidden = useSetHidden();
  const [open, setOpen] = useState(false);
  const type = t.targetTypes[targetType].toLowerCase();
  return (
    <>
      <Button
        type="button"
        size="small"
        priority="tertiary no outline"
        iconId={hidden ? 'fr-icon-eye-line' : 'fr-icon-eye-off-line'}
        onClick={() => {
          setHidden.reset();
          setOpen(true);
        }}
      >
        {hidden ? t.restore : t.hide}
      </Button>
      <ReasonDialog
        open={open}
        title={hidden ? t.restoreTitle(type) : t.hideTitle(type)}
        lead={hidden ? t.restoreLead : t.hideLead}
        label={t.reasonLabel}
        confirmLabel={hidden ? t.restore : t.hide}
        pending={setHidden.isPending}
        error={setHidden.error}
        onClose={() => setOpen(false)}
        onConfirm={(reason) =>
          setHidden.mutate(
            { targetType, targetId, hide: !hidden, reason },
            {
              onSuccess: () => {
                setOpen(false);
                onDone?.();
              },
            },
          )
        }
      />
    </>
  );
}
