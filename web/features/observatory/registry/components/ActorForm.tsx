// Creating or editing an actor: country, type, names in French and English, host country, city, coordinates.
// Client checks catch the obvious; the server's field errors (problem+json) show next to their fields.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { ACTOR_TYPES } from '../../../../../common/observatory-terms.ts';
import type { Actor, ActorType } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState, focusFirstError } from '../../../auth/components/fieldState.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { type ActorInput, useCreateActor, useUpdateActor } from '../api/useActorMutations.ts';
import { registryMessages } from '../messages.ts';
import { CountrySelect } from './CountrySelect.tsx';

interface ActorFormProps {
  /** The actor to edit; absent to create one. */
  actor?: Actor;
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  onDone: (actor: Actor) => void;
  onCancel: () => void;
}

const fields = ['country', 'type', 'nameFr', 'nameEn', 'hostCountry', 'city', 'latitude', 'longitude'] as const;
type Field = (typeof fields)[number];

function coordinate(text: string, limit: number): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : 'invalid';
}

export function ActorForm({ actor, idPrefix, onDone, onCancel }: ActorFormProps) {
  const t = useT(registryMessages);
  const tc = useT(commonMessages);
  const labels = useT(observatoryComponentMessages);
  const create = useCreateActor();
  const update = useUpdateActor(actor?.id ?? '');
  const mutation = actor ? update : create;
  const [values, setValues] = useState<Record<Field, string>>({
    country: actor?.country ?? '',
    type: actor?.type ?? '',
    nameFr: actor?.nameFr ?? '',
    nameEn: actor?.nameEn ?? '',
    hostCountry: actor?.hostCountry ?? '',
    city: actor?.city ?? '',
    latitude: actor?.latitude?.toString() ?? '',
    longitude: actor?.longitude?.toString() ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const id = (field: Field) => `${idPrefix}-${field}`;
  const latitude = coordinate(values.latitude, 90);
  const longitude = coordinate(values.longitude, 180);

  const clientErrors: Record<Field, string | undefined> = {
    country: values.country ? undefined : tc.required,
    type: values.type ? undefined : tc.required,
    nameFr: values.nameFr.trim() ? undefined : tc.required,
    nameEn: values.nameEn.trim() ? undefined : tc.required,
    hostCountry: undefined,
    city: undefined,
    latitude: latitude === 'invalid' ? t.latitudeInvalid : undefined,
    longitude: longitude === 'invalid' ? t.longitudeInvalid : undefined,
  };
  const error = (field: Field) => (submitted ? (clientErrors[field] ?? fieldError(mutation.error, field)) : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (fields.some((field) => clientErrors[field])) {
      focusFirstError(fields.map(id), Object.fromEntries(fields.map((field) => [id(field), clientErrors[field]])));
      return;
    }
    const body: ActorInput = {
      country: values.country,
      type: values.type as ActorType,
      nameFr: values.nameFr.trim(),
      nameEn: values.nameEn.trim(),
      hostCountry: values.hostCountry || null,
      city: values.city.trim() || null,
      latitude: latitude === 'invalid' ? null : latitude,
      longitude: longitude === 'invalid' ? null : longitude,
    };
    mutation.mutate(body, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate className={fr.cx('fr-mb-3w')}>
      <ApiErrorAlert error={mutation.error} />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <CountrySelect
            id={id('country')}
            label={t.country}
            value={values.country}
            onChange={set('country')}
            emptyLabel={t.chooseCountry}
            error={error('country')}
            required
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label={t.type}
            {...fieldState(error('type'))}
            nativeSelectProps={{
              id: id('type'),
              value: values.type,
              required: true,
              onChange: (e) => set('type')(e.target.value),
            }}
          >
            <option value="">{t.chooseType}</option>
            {ACTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {labels.actorTypes[type] ?? type}
              </option>
            ))}
          </Select>
        </div>
        {(['nameFr', 'nameEn'] as const).map((field) => (
          <div key={field} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Input
              label={t[field]}
              {...fieldState(error(field))}
              nativeInputProps={{
                id: id(field),
                required: true,
                maxLength: 300,
                lang: field === 'nameFr' ? 'fr' : 'en',
                value: values[field],
                onChange: (e) => set(field)(e.target.value),
              }}
            />
          </div>
        ))}
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <CountrySelect
            id={id('hostCountry')}
            label={`${t.hostCountry} (${tc.optional})`}
            hint={t.hostCountryHint}
            value={values.hostCountry}
            onChange={set('hostCountry')}
            emptyLabel={t.noHostCountry}
            error={error('hostCountry')}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={`${t.city} (${tc.optional})`}
            {...fieldState(error('city'))}
            nativeInputProps={{
              id: id('city'),
              maxLength: 200,
              value: values.city,
              onChange: (e) => set('city')(e.target.value),
            }}
          />
        </div>
        {(['latitude', 'longitude'] as const).map((field) => (
          <div key={field} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Input
              label={`${t[field]} (${tc.optional})`}
              hintText={field === 'latitude' ? t.latitudeHint : t.longitudeHint}
              {...fieldState(error(field))}
              nativeInputProps={{
                id: id(field),
                inputMode: 'decimal',
                value: values[field],
                onChange: (e) => set(field)(e.target.value),
              }}
            />
          </div>
        ))}
      </div>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w')}>
        <li>
          <Button type="submit" disabled={mutation.isPending}>
            {actor ? t.save : t.create}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </li>
      </ul>
    </form>
  );
}
