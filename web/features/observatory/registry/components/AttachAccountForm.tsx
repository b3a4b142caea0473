// Attaching an unregistered account to an actor: find the actor by name, pick it, attach.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useDeferredValue, useState } from 'react';
import type { AccountRow } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { countryName } from '../../components/countries.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { actorName } from '../actorName.ts';
import { useUpdateAccount } from '../api/useAccountMutations.ts';
import { useActors } from '../api/useActors.ts';
import { registryMessages } from '../messages.ts';

export function AttachAccountForm({
  account,
  onDone,
  onCancel,
}: {
  account: AccountRow;
  onDone: (actorName: string) => void;
  onCancel: () => void;
}) {
  const t = useT(registryMessages);
  const labels = useT(observatoryComponentMessages);
  const lang = useLang();
  const update = useUpdateAccount();
  const [search, setSearch] = useState('');
  const [actorId, setActorId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const query = useDeferredValue(search.trim());
  const actors = useActors({ q: query, limit: 20, offset: 0 }, query.length >= 2);
  const matches = query.length >= 2 ? (actors.data?.items ?? []) : [];
  const chosen = matches.find((actor) => actor.id === actorId);
  const pickError = submitted ? (!chosen ? t.actorRequired : fieldError(update.error, 'actorId')) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!chosen) {
      document.getElementById('attach-actor')?.focus();
      return;
    }
    update.mutate(
      { id: account.id, changes: { actorId: chosen.id } },
      { onSuccess: () => onDone(actorName(chosen, lang)) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ApiErrorAlert error={update.error} />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={t.actorSearch}
            hintText={t.actorSearchHint}
            nativeInputProps={{
              id: 'attach-search',
              type: 'search',
              autoComplete: 'off',
              value: search,
              onChange: (e) => {
                setSearch(e.target.value);
                setActorId('');
              },
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label={t.actorPick}
            {...fieldState(pickError)}
            nativeSelectProps={{
              id: 'attach-actor',
              required: true,
              value: actorId,
              onChange: (e) => setActorId(e.target.value),
            }}
          >
            <option value="">
              {query.length >= 2 && actors.data && matches.length === 0 ? t.actorPickEmpty : t.actorPickPrompt}
            </option>
            {matches.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actorName(actor, lang)} · {labels.actorTypes[actor.type] ?? actor.type} ·{' '}
                {countryName(actor.country, lang)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w', 'fr-mb-0')}>
        <li>
          <Button type="submit" disabled={update.isPending}>
            {t.attachButton}
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
