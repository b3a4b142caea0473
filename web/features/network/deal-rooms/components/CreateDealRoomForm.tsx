// The form agents open a deal room with: name and project, the company (search), sector and target country,
// consortium, named members (the company's people, agents, partners) and agent teams.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Sector } from '../../../../../common/network-terms.ts';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import type { OrganisationSummary } from '../../../auth/types.ts';
import { CountrySelect } from '../../components/CountrySelect.tsx';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { SectorSelect } from '../../components/SectorSelect.tsx';
import { useCreateDealRoom } from '../api/useCreateDealRoom.ts';
import { dealRoomsMessages } from '../messages.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { PersonPicker } from './PersonPicker.tsx';

const state = (error: string | undefined) => (error ? { state: 'error' as const, stateRelatedMessage: error } : {});

export function CreateDealRoomForm() {
  const t = useT(dealRoomsMessages);
  const navigate = useNavigate();
  const create = useCreateDealRoom();
  const [name, setName] = useState('');
  const [project, setProject] = useState('');
  const [description, setDescription] = useState('');
  const [company, setCompany] = useState<OrganisationSummary | null>(null);
  const [sector, setSector] = useState<Sector | ''>('');
  const [country, setCountry] = useState('');
  const [consortium, setConsortium] = useState(false);
  const [members, setMembers] = useState<MemberRef[]>([]);
  const [teams, setTeams] = useState<OrganisationSummary[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!company || !sector || !country) return;
    create.mutate(
      {
        name,
        project,
        description,
        companyId: company.id,
        sector,
        country,
        consortium,
        memberIds: members.map((m) => m.id),
        teamOrganisationIds: teams.map((o) => o.id),
      },
      { onSuccess: ({ id }) => navigate(paths.networkDealRoom.replace(':id', id)) },
    );
  };
  const error = (field: string) => fieldError(create.error, field);

  return (
    <form onSubmit={submit} noValidate={false} aria-labelledby="deal-room-create-title">
      <h2 id="deal-room-create-title">{t.createTitle}</h2>
      <p>{t.createLead}</p>
      <ApiErrorAlert error={create.error} />
      <Input
        label={t.name}
        {...state(error('name'))}
        nativeInputProps={{ required: true, maxLength: 120, value: name, onChange: (e) => setName(e.target.value) }}
      />
      <Input
        label={`${t.project} (${t.optional})`}
        hintText={t.projectHint}
        textArea
        {...state(error('project'))}
        nativeTextAreaProps={{ maxLength: 2000, rows: 3, value: project, onChange: (e) => setProject(e.target.value) }}
      />
      <Input
        label={`${t.description} (${t.optional})`}
        textArea
        {...state(error('description'))}
        nativeTextAreaProps={{
          maxLength: 2000,
          rows: 2,
          value: description,
          onChange: (e) => setDescription(e.target.value),
        }}
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>{t.companySearch}</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          {company ? (
            <p>
              <strong>{company.name}</strong>{' '}
              <Button
                type="button"
                size="small"
                priority="tertiary no outline"
                onClick={() => {
                  setCompany(null);
                  setMembers((list) => list.filter((m) => m.audience !== 'company'));
                }}
              >
                {t.removeNamed(company.name)}
              </Button>
            </p>
          ) : (
            <OrganisationPicker label={t.companySearch} hint={t.companySearchHint} companies onPick={setCompany} />
          )}
          {error('companyId') ? <p className={fr.cx('fr-error-text')}>{error('companyId')}</p> : null}
        </div>
      </fieldset>
      <SectorSelect
        label={t.sector}
        placeholder={t.chooseOption}
        value={sector}
        onChange={setSector}
        error={error('sector')}
      />
      <CountrySelect
        label={t.country}
        placeholder={t.chooseOption}
        value={country}
        onChange={setCountry}
        error={error('country')}
      />
      <Checkbox
        options={[
          {
            label: t.consortiumLabel,
            hintText: t.consortiumHint,
            nativeInputProps: { checked: consortium, onChange: (e) => setConsortium(e.target.checked) },
          },
        ]}
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>
          {t.membersLegend}
          <span className={fr.cx('fr-hint-text')}>{t.membersHint}</span>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <SelectedList
            items={members.map((m) => ({ id: m.id, name: `${m.name} — ${m.organisation}` }))}
            onRemove={(id) => setMembers((list) => list.filter((m) => m.id !== id))}
          />
          <PersonPicker
            label={t.personSearch}
            scope={company ? { companyId: company.id } : {}}
            exclude={members.map((m) => m.id)}
            onPick={(person) => setMembers((list) => [...list, person])}
          />
          {error('memberIds') ? <p className={fr.cx('fr-error-text')}>{error('memberIds')}</p> : null}
        </div>
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>
          {t.teamsLegend} ({t.optional})<span className={fr.cx('fr-hint-text')}>{t.teamsHint}</span>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <SelectedList items={teams} onRemove={(id) => setTeams((list) => list.filter((o) => o.id !== id))} />
          <OrganisationPicker
            label={t.teamSearch}
            companies={false}
            exclude={teams.map((o) => o.id)}
            onPick={(organisation) => setTeams((list) => [...list, organisation])}
          />
          {error('teamOrganisationIds') ? (
            <p className={fr.cx('fr-error-text')}>{error('teamOrganisationIds')}</p>
          ) : null}
        </div>
      </fieldset>
      <Button type="submit" disabled={create.isPending || !company || !sector || !country || !name.trim()}>
        {create.isPending ? t.creating : t.create}
      </Button>
    </form>
  );
}

export function SelectedList({
  items,
  onRemove,
}: {
  items: readonly { id: string; name: string }[];
  onRemove: (id: string) => void;
}) {
  const t = useT(dealRoomsMessages);
  if (items.length === 0) return null;
  return (
    <ul className={fr.cx('fr-mb-2w')} aria-label={t.selected}>
      {items.map((item) => (
        <li key={item.id}>
          {item.name}{' '}
          <RemoveButton label={t.remove} accessibleLabel={t.removeNamed(item.name)} onClick={() => onRemove(item.id)} />
        </li>
      ))}
    </ul>
  );
}
