// Changing a community (its moderators): name, description, membership policy, its level and the default level of
// posts. Lowering the level is explicit (a confirmation and a reason, audited); raising it is said to raise the
// posts below and to remove members who could no longer read the space.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import type { SpaceMembershipPolicy } from '../../../../../common/network-terms.ts';
import { SPACE_LIMITS, type SpacePatchBody, type SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { SaveCancelButtons } from '../../components/SaveCancelButtons.tsx';
import { useUpdateSpace } from '../api/useUpdateSpace.ts';
import { spacesMessages } from '../messages.ts';
import { type CommunityLevel, LevelSelects, MembershipRadios, SpaceTextFields } from './SpaceFields.tsx';

export function EditSpaceForm({ space, onDone }: { space: SpaceView; onDone: () => void }) {
  const t = useT(spacesMessages);
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
      <SpaceTextFields
        name={name}
        description={description}
        onName={setName}
        onDescription={setDescription}
        descriptionLabel={t.description}
        error={error}
      />
      <MembershipRadios name="space-edit-membership" value={membership} onChange={setMembership} />
      <LevelSelects
        level={level}
        defaultLevel={defaultLevel}
        onLevel={setLevel}
        onDefaultLevel={setDefaultLevel}
        defaultLevelError={error('defaultLevel')}
        between={
          <>
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
                    {...fieldState(error('reason'))}
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
          </>
        }
      />
      <SaveCancelButtons
        saveLabel={t.save}
        cancelLabel={t.cancel}
        saveDisabled={update.isPending || !name.trim() || (lowering && (!confirmLower || !reason.trim()))}
        onCancel={onDone}
      />
    </form>
  );
}
