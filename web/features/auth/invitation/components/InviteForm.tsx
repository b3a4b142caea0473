// The account page's invitation form (shown when `me.abilities.invite`): agent or partner, an existing or a
// new organisation, and roles when `me.abilities.inviteRoles`.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useDeferredValue, useState } from 'react';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages, emailPattern } from '../../../../app/components/messages.ts';
import { formatDate, useLang, useT } from '../../../../app/i18n/lang.ts';
import { EmailInput } from '../../components/EmailInput.tsx';
import { fieldState, focusFirstError } from '../../components/fieldState.ts';
import { authMessages } from '../../components/messages.ts';
import type { InvitationBody } from '../../types.ts';
import { useCreateInvitation } from '../api/useCreateInvitation.ts';
import { useOrganisations } from '../api/useOrganisations.ts';
import { invitationMessages } from '../messages.ts';

type Role = NonNullable<InvitationBody['roles']>[number];
type OrganisationKind = NonNullable<InvitationBody['organisation']>['kind'];
const allRoles: Role[] = ['editor', 'moderator', 'admin'];
const organisationKinds: OrganisationKind[] = [
  'ministry',
  'diplomatic_post',
  'public_body',
  'company',
  'association',
  'foreign_body',
];
const fieldIds = ['invite-email', 'invite-expires', 'invite-org-search', 'invite-org-name', 'invite-org-kind'];

function tomorrow(): string {
  const date = new Date(Date.now() + 86_400_000);
  return date.toISOString().slice(0, 10);
}

export function InviteForm({ canGrantRoles }: { canGrantRoles: boolean }) {
  const t = useT(invitationMessages);
  const ta = useT(authMessages);
  const tc = useT(commonMessages);
  const lang = useLang();
  const create = useCreateInvitation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [audience, setAudience] = useState<'agent' | 'partner'>('agent');
  const [expiresAt, setExpiresAt] = useState('');
  const [orgMode, setOrgMode] = useState<'existing' | 'new'>('existing');
  const [search, setSearch] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [orgName, setOrgName] = useState('');
  const [orgKind, setOrgKind] = useState<OrganisationKind | ''>('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const query = useDeferredValue(search.trim());
  const organisations = useOrganisations(query, orgMode === 'existing' && query.length >= 2);

  const errors: Record<string, string | undefined> = {
    'invite-email': !email.trim()
      ? tc.required
      : !emailPattern.test(email.trim())
        ? tc.invalidEmail
        : fieldError(create.error, 'email'),
    'invite-expires':
      audience !== 'partner'
        ? undefined
        : !expiresAt
          ? tc.required
          : expiresAt < tomorrow()
            ? t.expiresAtInvalid
            : fieldError(create.error, 'partnerExpiresAt'),
    'invite-org-search': orgMode === 'existing' && !organisationId ? t.organisationPick : undefined,
    'invite-org-name': orgMode === 'new' && !orgName.trim() ? tc.required : undefined,
    'invite-org-kind': orgMode === 'new' && !orgKind ? tc.required : undefined,
  };
  const shown = (id: string) => (submitted ? errors[id] : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (fieldIds.some((id) => errors[id])) {
      focusFirstError(fieldIds, errors);
      return;
    }
    const body: InvitationBody = {
      email: email.trim(),
      audience,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(orgMode === 'existing'
        ? { organisationId }
        : { organisation: { name: orgName.trim(), kind: orgKind as OrganisationKind } }),
      ...(canGrantRoles && roles.length > 0 ? { roles } : {}),
      ...(audience === 'partner' ? { partnerExpiresAt: expiresAt } : {}),
    };
    create.mutate(body, {
      onSuccess: () => {
        setEmail('');
        setName('');
        setRoles([]);
        setSubmitted(false);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite-title">
      <p>{t.inviteLead}</p>
      {create.isSuccess && (
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="success"
          small
          role="status"
          description={t.sent(create.data.email, formatDate(create.data.expiresAt, lang))}
        />
      )}
      <ApiErrorAlert error={create.error} />
      <EmailInput
        id="invite-email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={shown('invite-email')}
      />
      <Input
        label={`${t.inviteName} (${tc.optional})`}
        nativeInputProps={{
          id: 'invite-name',
          autoComplete: 'off',
          value: name,
          onChange: (e) => setName(e.target.value),
        }}
      />
      <RadioButtons
        legend={t.audienceLegend}
        name="invite-audience"
        orientation="horizontal"
        options={[
          {
            label: t.audienceAgent,
            nativeInputProps: { value: 'agent', checked: audience === 'agent', onChange: () => setAudience('agent') },
          },
          {
            label: t.audiencePartner,
            nativeInputProps: {
              value: 'partner',
              checked: audience === 'partner',
              onChange: () => setAudience('partner'),
            },
          },
        ]}
      />
      {audience === 'partner' && (
        <Input
          label={t.expiresAt}
          hintText={t.expiresAtHint}
          {...fieldState(shown('invite-expires'))}
          nativeInputProps={{
            id: 'invite-expires',
            type: 'date',
            min: tomorrow(),
            required: true,
            value: expiresAt,
            onChange: (e) => setExpiresAt(e.target.value),
          }}
        />
      )}
      <RadioButtons
        legend={t.organisationLegend}
        name="invite-org-mode"
        orientation="horizontal"
        options={[
          {
            label: t.organisationExisting,
            nativeInputProps: {
              value: 'existing',
              checked: orgMode === 'existing',
              onChange: () => setOrgMode('existing'),
            },
          },
          {
            label: t.organisationNew,
            nativeInputProps: { value: 'new', checked: orgMode === 'new', onChange: () => setOrgMode('new') },
          },
        ]}
      />
      {orgMode === 'existing' ? (
        <>
          <Input
            label={t.organisationSearch}
            hintText={t.organisationSearchHint}
            {...fieldState(shown('invite-org-search'))}
            nativeInputProps={{
              id: 'invite-org-search',
              type: 'search',
              autoComplete: 'off',
              value: search,
              onChange: (e) => {
                setSearch(e.target.value);
                setOrganisationId('');
              },
            }}
          />
          <div aria-live="polite">
            {organisations.isFetching && query.length >= 2 && !organisations.data && (
              <p className={fr.cx('fr-text--sm')}>{tc.loading}</p>
            )}
            <ApiErrorAlert error={organisations.error} />
            {query.length >= 2 && organisations.data && organisations.data.items.length === 0 && (
              <p className={fr.cx('fr-text--sm')}>{t.organisationNone}</p>
            )}
            {query.length >= 2 && organisations.data && organisations.data.items.length > 0 && (
              <RadioButtons
                legend={t.organisationResults}
                name="invite-org"
                small
                options={organisations.data.items.map((organisation) => ({
                  label: organisation.name,
                  hintText: ta.organisationKinds[organisation.kind],
                  nativeInputProps: {
                    value: organisation.id,
                    checked: organisationId === organisation.id,
                    onChange: () => setOrganisationId(organisation.id),
                  },
                }))}
              />
            )}
          </div>
        </>
      ) : (
        <>
          <Input
            label={t.organisationName}
            {...fieldState(shown('invite-org-name'))}
            nativeInputProps={{
              id: 'invite-org-name',
              autoComplete: 'off',
              value: orgName,
              onChange: (e) => setOrgName(e.target.value),
            }}
          />
          <Select
            label={t.organisationKind}
            {...fieldState(shown('invite-org-kind'))}
            nativeSelectProps={{
              id: 'invite-org-kind',
              value: orgKind,
              onChange: (e) => setOrgKind(e.target.value as OrganisationKind | ''),
            }}
          >
            <option value="" disabled>
              {t.organisationKindPlaceholder}
            </option>
            {organisationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {ta.organisationKinds[kind]}
              </option>
            ))}
          </Select>
        </>
      )}
      {canGrantRoles && (
        <Checkbox
          legend={t.rolesLegend}
          hintText={t.rolesHint}
          orientation="horizontal"
          options={allRoles.map((role) => ({
            label: ta.roles[role],
            nativeInputProps: {
              value: role,
              checked: roles.includes(role),
              onChange: (e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role)),
            },
          }))}
        />
      )}
      <Button type="submit" disabled={create.isPending} iconId="fr-icon-mail-line">
        {t.send}
      </Button>
    </form>
  );
}
