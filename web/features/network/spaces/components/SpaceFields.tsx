// The fields a community is created and changed with: name and description, membership policy, and its level with
// the default level of its posts (never below the space's: raising the level raises the default with it).
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';
import {
  SPACE_MEMBERSHIPS,
  type SpaceMembershipPolicy,
  spaceMembershipLabels,
} from '../../../../../common/network-terms.ts';
import { SPACE_LIMITS } from '../../../../../common/schemas/network-spaces.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { spacesMessages } from '../messages.ts';

export type CommunityLevel = 0 | 1 | 2;

type FieldError = (field: string) => string | undefined;

export function SpaceTextFields({
  name,
  description,
  onName,
  onDescription,
  descriptionLabel,
  error,
}: {
  name: string;
  description: string;
  onName: (name: string) => void;
  onDescription: (description: string) => void;
  descriptionLabel: string;
  error: FieldError;
}) {
  const t = useT(spacesMessages);
  return (
    <>
      <Input
        label={t.name}
        {...fieldState(error('name'))}
        nativeInputProps={{
          required: true,
          maxLength: SPACE_LIMITS.name,
          value: name,
          onChange: (e) => onName(e.target.value),
        }}
      />
      <Input
        label={descriptionLabel}
        hintText={t.descriptionHint}
        textArea
        {...fieldState(error('description'))}
        nativeTextAreaProps={{
          maxLength: SPACE_LIMITS.description,
          rows: 3,
          value: description,
          onChange: (e) => onDescription(e.target.value),
        }}
      />
    </>
  );
}

export function MembershipRadios({
  name,
  value,
  onChange,
}: {
  /** The radio group's name, distinct per form. */
  name: string;
  value: SpaceMembershipPolicy;
  onChange: (policy: SpaceMembershipPolicy) => void;
}) {
  const t = useT(spacesMessages);
  const lang = useLang();
  return (
    <RadioButtons
      legend={t.membership}
      name={name}
      options={SPACE_MEMBERSHIPS.map((policy) => ({
        label: spaceMembershipLabels[policy][lang],
        nativeInputProps: {
          value: policy,
          checked: value === policy,
          onChange: () => onChange(policy),
        },
      }))}
    />
  );
}

/** The space's level then its posts' default level; `between` stands between the two (notices about the change). */
export function LevelSelects({
  level,
  defaultLevel,
  onLevel,
  onDefaultLevel,
  levelError,
  defaultLevelError,
  between,
}: {
  level: CommunityLevel;
  defaultLevel: CommunityLevel;
  onLevel: (level: CommunityLevel) => void;
  onDefaultLevel: (level: CommunityLevel) => void;
  levelError?: string | undefined;
  defaultLevelError: string | undefined;
  between?: ReactNode;
}) {
  const t = useT(spacesMessages);
  return (
    <>
      <Select
        label={t.level}
        hint={t.levelHint}
        {...fieldState(levelError)}
        nativeSelectProps={{
          value: String(level),
          onChange: (e) => {
            const next = Number(e.target.value) as CommunityLevel;
            onLevel(next);
            if (defaultLevel < next) onDefaultLevel(next);
          },
        }}
      >
        {t.levels.map((label, value) => (
          <option key={label} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {between}
      <Select
        label={t.defaultLevel}
        hint={t.defaultLevelHint}
        {...fieldState(defaultLevelError)}
        nativeSelectProps={{
          value: String(Math.max(level, defaultLevel)),
          onChange: (e) => onDefaultLevel(Number(e.target.value) as CommunityLevel),
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
    </>
  );
}
