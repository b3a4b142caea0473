// The two buttons that end an edit form shown in place of an item: save, or cancel back to the item.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';

export function SaveCancelButtons({
  saveLabel,
  cancelLabel,
  saveDisabled,
  onCancel,
}: {
  saveLabel: string;
  cancelLabel: string;
  saveDisabled: boolean;
  onCancel: () => void;
}) {
  return (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
      <li>
        <Button type="submit" disabled={saveDisabled}>
          {saveLabel}
        </Button>
      </li>
      <li>
        <Button type="button" priority="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </li>
    </ul>
  );
}
