// Choosing a label among the allowed ones, with the banner the item will carry shown underneath.
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useT } from '../../../../app/i18n/lang.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { postsMessages } from '../messages.ts';
import { choiceKey, choiceText, type LabelChoice, parseChoice, previewLabel } from './labels.ts';

export function LabelSelect({
  label,
  hint,
  value,
  choices,
  onChange,
  disabled = false,
}: {
  label: string;
  hint?: string;
  value: LabelChoice;
  choices: readonly LabelChoice[];
  onChange: (next: LabelChoice) => void;
  disabled?: boolean;
}) {
  const t = useT(postsMessages);
  return (
    <div>
      <Select
        label={label}
        hint={hint}
        disabled={disabled}
        nativeSelectProps={{ value: choiceKey(value), onChange: (event) => onChange(parseChoice(event.target.value)) }}
      >
        {choices.map((choice) => (
          <option key={choiceKey(choice)} value={choiceKey(choice)}>
            {choiceText(choice, t)}
          </option>
        ))}
      </Select>
      <p className="fr-text--xs fr-mb-1v">{t.bannerPreview} :</p>
      <LabelBanner label={previewLabel(value, t)} />
    </div>
  );
}
