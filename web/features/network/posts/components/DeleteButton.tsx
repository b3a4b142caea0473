// Deleting with a confirmation step (a second button), no modal.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { postsMessages } from '../messages.ts';

export function DeleteButton({ onConfirm, pending }: { onConfirm: () => void; pending: boolean }) {
  const t = useT(postsMessages);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button priority="tertiary" size="small" iconId="fr-icon-delete-line" onClick={() => setConfirming(true)}>
        {t.delete}
      </Button>
    );
  }
  return (
    <span style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
      <span className="fr-text--sm fr-mb-0">{t.confirmDelete}</span>
      <Button priority="primary" size="small" disabled={pending} onClick={onConfirm}>
        {t.confirmDeleteYes}
      </Button>
      <Button priority="secondary" size="small" onClick={() => setConfirming(false)}>
        {t.cancel}
      </Button>
    </span>
  );
}
