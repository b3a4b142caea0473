// The small "remove" button beside a named person, organisation or team in a list; its accessible name says whom.
import { Button } from '@codegouvfr/react-dsfr/Button';

export function RemoveButton({
  label,
  accessibleLabel,
  disabled,
  onClick,
}: {
  label: string;
  accessibleLabel: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Button
      type="button"
      size="small"
      priority="tertiary no outline"
      iconId="fr-icon-close-line"
      disabled={disabled}
      nativeButtonProps={{ 'aria-label': accessibleLabel }}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
