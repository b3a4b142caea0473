// The form agents create a community with: name, description, kind (with its country or sector), the space's level,
// the default level of its posts (never below) and the membership policy. The server checks everything again.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type CommunityKind,
  type Sector,
  SPACE_KINDS,
  type SpaceMembershipPolicy,
  spaceKindLabels,
} from '../../../../../common/network-terms.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { CountrySelect } from '../../components/CountrySelect.tsx';
import { SectorSelect } from '../../components/SectorSelect.tsx';
import { useCreateSpace } from '../api/useCreateSpace.ts';
import { spacesMessages } from '../messages.ts';
import { type CommunityLevel, LevelSelects, MembershipRadios, SpaceTextFields } from './SpaceFields.tsx';

export function CreateSpaceForm() {
  const t = useT(spacesMessages);
  const lang = useLang();
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
      <SpaceTextFields
        name={name}
        description={description}
        onName={setName}
        onDescription={setDescription}
        descriptionLabel={`${t.description} (${t.optional})`}
        error={error}
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
        <CountrySelect
          label={t.country}
          placeholder={t.chooseOption}
          value={country}
          onChange={setCountry}
          error={error('country')}
        />
      ) : null}
      {kind === 'sector' ? (
        <SectorSelect
          label={t.sector}
          placeholder={t.chooseOption}
          value={sector}
          onChange={setSector}
          error={error('sector')}
        />
      ) : null}
      <LevelSelects
        level={level}
        defaultLevel={defaultLevel}
        onLevel={setLevel}
        onDefaultLevel={setDefaultLevel}
        levelError={error('level')}
        defaultLevelError={error('defaultLevel')}
      />
      <MembershipRadios name="space-membership" value={membership} onChange={setMembership} />
      <Button type="submit" disabled={create.isPending || missing}>
        {create.isPending ? t.creating : t.create}
      </Button>
    </form>
  );
}
