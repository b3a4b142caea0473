// Adding an account to an actor: network and handle, verified and tracked. The server normalises the handle
// (a profile address is accepted) and refuses an account it already knows (409), naming it.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { NETWORKS } from '../../../../../common/observatory-terms.ts';
import type { Actor, Network } from '../../../../../common/schemas/observatory.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState, focusFirstError } from '../../../auth/components/fieldState.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { useCreateAccount } from '../api/useAccountMutations.ts';
import { registryMessages } from '../messages.ts';

export function AddAccountForm({
  actor,
  onDone,
  onCancel,
}: {
  actor: Actor;
  onDone: (handle: string) => void;
  onCancel: () => void;
}) {
  const t = useT(registryMessages);
  const tc = useT(commonMessages);
  const labels = useT(observatoryComponentMessages);
  const create = useCreateAccount();
  const [network, setNetwork] = useState<Network | ''>('');
  const [handle, setHandle] = useState('');
  const [verified, setVerified] = useState(true);
  const [tracked, setTracked] = useState(true);
  const [submitted, setSubmitted] = useState(false);
  const prefix = `actor-${actor.id}-account`;
  const ids = { network: `${prefix}-network`, handle: `${prefix}-handle` };
  const clientErrors = {
    [ids.network]: network ? undefined : tc.required,
    [ids.handle]: handle.trim().replace(/^@/, '') ? undefined : tc.required,
  };
  const error = (field: 'network' | 'handle') =>
    submitted ? (clientErrors[ids[field]] ?? fieldError(create.error, field)) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!network || Object.values(clientErrors).some(Boolean)) {
      focusFirstError([ids.network, ids.handle], clientErrors);
      return;
    }
    const cleanHandle = handle.trim().replace(/^@/, '');
    create.mutate(
      { network, handle: cleanHandle, actorId: actor.id, verified, tracked },
      { onSuccess: () => onDone(cleanHandle) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className={fr.cx('fr-mb-3w')}>
      <ApiErrorAlert error={create.error} />
      {isApiError(create.error) && create.error.code === 'ERR_ACCOUNT_EXISTS' && (
        <p className={fr.cx('fr-mb-3w')}>
          <Link
            className={fr.cx('fr-link')}
            to={`?${new URLSearchParams({ onglet: 'non-rattaches', compte: handle.trim().replace(/^@/, '') })}`}
          >
            {t.findExisting}
          </Link>
        </p>
      )}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select
            label={t.network}
            {...fieldState(error('network'))}
            nativeSelectProps={{
              id: ids.network,
              required: true,
              value: network,
              onChange: (e) => setNetwork(e.target.value as Network | ''),
            }}
          >
            <option value="">{t.chooseNetwork}</option>
            {NETWORKS.map((value) => (
              <option key={value} value={value}>
                {labels.networks[value] ?? value}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <Input
            label={t.handle}
            hintText={t.handleHint}
            {...fieldState(error('handle'))}
            nativeInputProps={{
              id: ids.handle,
              required: true,
              maxLength: 200,
              autoComplete: 'off',
              spellCheck: false,
              value: handle,
              onChange: (e) => setHandle(e.target.value),
            }}
          />
        </div>
      </div>
      <Checkbox
        small
        legend={t.accountMarks}
        options={[
          {
            label: t.verified,
            hintText: t.verifiedHint,
            nativeInputProps: { checked: verified, onChange: (e) => setVerified(e.target.checked) },
          },
          {
            label: t.tracked,
            hintText: t.trackedHint,
            nativeInputProps: { checked: tracked, onChange: (e) => setTracked(e.target.checked) },
          },
        ]}
      />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button type="submit" disabled={create.isPending}>
            {t.addAccount}
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
