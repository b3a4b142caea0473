// The form agents create a community with: name, description, kind (with its country or sector), the space's level,
// the default level of its posts (never below) and the membership policy. The server checks everything again.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type CommunityKind,
  SECTORS,
  type Sector,
  SPACE_KINDS,
  SPACE_MEMBERSHIPS,
  type SpaceMembershipPolicy,
  sectorLabels,
  spaceKindLabels,
  spaceMembershipLabels,
} from '../../../../../common/network-terms.ts';
import { SPACE_LIMITS } from '../../../../../common/schemas/network-spaces.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useCountryOptions } from '../../../portal/hotline/countryOptions.ts';
import { useCreateSpace } from '../api/useCreateSpace.ts';
import { spacesMessages } from '../messages.ts';

const state = (error: string | undefined) => (error ? { state: 'error' as const, stateRelatedMessage: error } : {});
type CommunityLevel = 0 | 1 | 2;

export function CreateSpaceForm() {
  const t = useT(spacesMessages);
  const lang = useLang();
  const countries = useCountryOptions();
  const navigate = useNavigate();
  const create = useCreateSpace();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<CommunityKind>('theme');
  const [country, setCountry] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [level, setLevel] = useState<CommunityLevel>(1);
  const [defaultLevel, setDefaultLevel] = useState<CommunityLevel>(1);
  const [membership, setMembership] = useState<SpaceMembershipPolicy>('open');
  const error = (field: string) => fieldError(create.error, field) ?? fieldError(create.error, `body.${field}`);
  const missing = !name.trim() || (kind === 'country' && !country) || (kind === 'sector' && !sector);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing) return;
    create.mutate(
      {
        name: name.trim(),
        description: description.trim(),
        kind,
        ...(kind === 'country' ? { country } : {}),
        ...(kind === 'sector' && sector ? { sector } : {}),
        level,
        defaultLevel: Math.max(level, defaultLevel) as CommunityLevel,
        membership,
      },
      { onSuccess: (space) => navigate(paths.networkSpace.replace(':id', space.id)) },
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby="space-create">
      <h2 id="space-create">{t.createTitle}</h2>
      <p className={fr.cx('fr-text--sm')}>{t.createLead}</p>
      <ApiErrorAlert error={create.error} />
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
        label={`${t.description} (${t.optional})`}
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
      <Select
        label={t.kind}
        nativeSelectProps={{ value: kind, onChange: (e) => setKind(e.target.value as CommunityKind) }}
      >
        {SPACE_KINDS.map((k) => (
          <option key={k} value={k}>
            {spaceKindLabels[k][lang]}
          </option>
        ))}
      </Select>
      {kind === 'country' ? (
        <Select
          label={t.country}
          {...state(error('country'))}
          nativeSelectProps={{ required: true, value: country, onChange: (e) => setCountry(e.target.value) }}
        >
          <option value="">{t.chooseOption}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === 'sector' ? (
        <Select
          label={t.sector}
          {...state(error('sector'))}
          nativeSelectProps={{ required: true, value: sector, onChange: (e) => setSector(e.target.value as Sector) }}
        >
          <option value="">{t.chooseOption}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {sectorLabels[s][lang]}
            </option>
          ))}
        </Select>
      ) : null}
      <Select
        label={t.level}
        hint={t.levelHint}
        {...state(error('level'))}
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
      <RadioButtons
        legend={t.membership}
        name="space-membership"
        options={SPACE_MEMBERSHIPS.map((policy) => ({
          label: spaceMembershipLabels[policy][lang],
          nativeInputProps: {
            value: policy,
            checked: membership === policy,
            onChange: () => setMembership(policy),
          },
        }))}
      />
      <Button type="submit" disabled={create.isPending || missing}>
        {create.isPending ? t.creating : t.create}
      </Button>
    </form>
  );
}
