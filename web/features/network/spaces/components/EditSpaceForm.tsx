// Changing a community (its moderators): name, description, membership policy, its level and the default level of
// posts. Lowering the level is explicit (a confirmation and a reason, audited); raising it is said to raise the
// posts below and to remove members who could no longer read the space.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import {
  SPACE_MEMBERSHIPS,
  type SpaceMembershipPolicy,
  spaceMembershipLabels,
} from '../../../../../common/network-terms.ts';
import { SPACE_LIMITS, type SpacePatchBody, type SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { useUpdateSpace } from '../api/useUpdateSpace.ts';
import { spacesMessages } from '../messages.ts';

type CommunityLevel = 0 | 1 | 2;
const state = (error: string | undefined) => (error ? { state: 'error' as const, stateRelatedMessage: error } : {});

export function EditSpaceForm({ space, onDone }: { space: SpaceView; onDone: () => void }) {
  const t = useT(spacesMessages);
  const lang = useLang();
  const update = useUpdateSpace(space.id);
  const current = Math.min(2, space.label.level) as CommunityLevel;
  const [name, setName] = useState(space.name);
  const [description, setDescription] = useState(space.description);
  const [membership, setMembership] = useState<SpaceMembershipPolicy>(space.membership);
  const [level, setLevel] = useState<CommunityLevel>(current);
  const [defaultLevel, setDefaultLevel] = useState<CommunityLevel>(
    Math.min(2, space.defaultLabel.level) as CommunityLevel,
  );
  const [confirmLower, setConfirmLower] = useState(false);
  const [reason, setReason] = useState('');
  const lowering = level < current;
  const error = (field: string) => fieldError(update.error, field) ?? fieldError(update.error, `body.${field}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: SpacePatchBody = {
      name: name.trim(),
      description: description.trim(),
      membership,
      level,
      defaultLevel: Math.max(level, defaultLevel) as CommunityLevel,
      ...(lowering ? { lowerLevel: confirmLower, reason: reason.trim() } : {}),
    };
    update.mutate(body, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} aria-labelledby="space-edit">
      <h2 id="space-edit" className={fr.cx('fr-h4')}>
        {t.edit}
      </h2>
      <ApiErrorAlert error={update.error} />
      <Input
        label={t.name}
        {...state(error('name'))}
        nativeInputProps={{
          required: true,
          maxLength: SPACE_LIMITS.name,
          value: name,
          onChange: (e) => setName(e.target.value),
        }}
      />
      <Input
        label={t.description}
        hintText={t.descriptionHint}
        textArea
        {...state(error('description'))}
        nativeTextAreaProps={{
          maxLength: SPACE_LIMITS.description,
          rows: 3,
          value: description,
          onChange: (e) => setDescription(e.target.value),
        }}
      />
      <RadioButtons
        legend={t.membership}
        name="space-edit-membership"
        options={SPACE_MEMBERSHIPS.map((policy) => ({
          label: spaceMembershipLabels[policy][lang],
          nativeInputProps: {
            value: policy,
            checked: membership === policy,
            onChange: () => setMembership(policy),
          },
        }))}
      />
      <Select
        label={t.level}
        hint={t.levelHint}
        nativeSelectProps={{
          value: String(level),
          onChange: (e) => {
            const next = Number(e.target.value) as CommunityLevel;
            setLevel(next);
            if (defaultLevel < next) setDefaultLevel(next);
          },
        }}
      >
        {t.levels.map((label, value) => (
          <option key={label} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {level > current ? <p className={fr.cx('fr-text--sm')}>{t.raiseNotice}</p> : null}
      {lowering ? (
        <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')} aria-labelledby="space-lower-legend">
          <legend id="space-lower-legend" className={fr.cx('fr-fieldset__legend')}>
            {t.lowerTitle}
          </legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <Alert severity="warning" small description={t.lowerText} className={fr.cx('fr-mb-2w')} />
            <Checkbox
              options={[
                {
                  label: t.lowerConfirm,
                  nativeInputProps: { checked: confirmLower, onChange: (e) => setConfirmLower(e.target.checked) },
                },
              ]}
            />
            <Input
              label={t.reason}
              hintText={t.reasonHint}
              {...state(error('reason'))}
              nativeInputProps={{
                required: true,
                maxLength: SPACE_LIMITS.reason,
                value: reason,
                onChange: (e) => setReason(e.target.value),
              }}
            />
          </div>
        </fieldset>
      ) : null}
      <Select
        label={t.defaultLevel}
        hint={t.defaultLevelHint}
        {...state(error('defaultLevel'))}
        nativeSelectProps={{
          value: String(Math.max(level, defaultLevel)),
          onChange: (e) => setDefaultLevel(Number(e.target.value) as CommunityLevel),
        }}
      >
        {t.levels.map((label, value) =>
          value < level ? null : (
            <option key={label} value={value}>
              {label}
            </option>
          ),
        )}
      </Select>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button
            type="submit"
            disabled={update.isPending || !name.trim() || (lowering && (!confirmLower || !reason.trim()))}
          >
            {t.save}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onDone}>
            {t.cancel}
          </Button>
        </li>
      </ul>
    </form>
  );
}
