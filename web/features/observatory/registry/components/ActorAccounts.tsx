// An actor's accounts: network, handle (to the account's page), and the verified and tracked marks, which an
// editor switches in place when the actor's abilities allow it.
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import type { Actor } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { useUpdateAccount } from '../api/useAccountMutations.ts';
import { registryMessages } from '../messages.ts';

type ActorAccount = Actor['accounts'][number];

export function accountPath(id: number): string {
  return paths.observatoryAccount.replace(':id', String(id));
}

export function ActorAccounts({ actor, name }: { actor: Actor; name: string }) {
  const t = useT(registryMessages);
  const labels = useT(observatoryComponentMessages);
  const update = useUpdateAccount();
  if (actor.accounts.length === 0) return <p className={fr.cx('fr-text--sm')}>{t.noAccounts}</p>;
  const editable = actor.abilities.edit;
  return (
    <>
      <ApiErrorAlert error={update.error} />
      <div className={fr.cx('fr-table', 'fr-table--sm', 'fr-mb-2w')}>
        <div className={fr.cx('fr-table__wrapper')}>
          <div className={fr.cx('fr-table__container')}>
            <div className={fr.cx('fr-table__content')}>
              <table>
                <caption className={fr.cx('fr-sr-only')}>{t.accountsCaption(name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.network}</th>
                    <th scope="col">{t.handle}</th>
                    <th scope="col">{t.verified}</th>
                    <th scope="col">{t.tracked}</th>
                  </tr>
                </thead>
                <tbody>
                  {actor.accounts.map((account) => {
                    const handle = account.handle ?? t.noHandle;
                    // The change shows at once; the mutation stays pending until the refetched actor agrees.
                    const pending = update.isPending && update.variables?.id === account.id;
                    return (
                      <tr key={account.id}>
                        <td>{labels.networks[account.network] ?? account.network}</td>
                        <th scope="row">
                          <Link to={accountPath(account.id)} title={t.accountPage(handle)}>
                            {handle}
                          </Link>
                        </th>
                        {(['verified', 'tracked'] as const).map((mark) => (
                          <td key={mark}>
                            {editable ? (
                              <MarkCheckbox
                                id={`account-${account.id}-${mark}`}
                                label={mark === 'verified' ? t.verifiedLabel(handle) : t.trackedLabel(handle)}
                                checked={pending ? (update.variables?.changes[mark] ?? account[mark]) : account[mark]}
                                disabled={pending}
                                onChange={(checked) => update.mutate({ id: account.id, changes: { [mark]: checked } })}
                              />
                            ) : account[mark] ? (
                              t.yes
                            ) : (
                              t.no
                            )}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}

/** A DSFR checkbox whose label names the account for screen readers; the column header says the rest. */
function MarkCheckbox({
  id,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  checked: ActorAccount['verified'];
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {/* Its text is for screen readers only: the label keeps the height of the box the DSFR draws on it. */}
      <label className={fr.cx('fr-label')} htmlFor={id} style={{ minHeight: '1.5rem' }}>
        <span className={fr.cx('fr-sr-only')}>{label}</span>
      </label>
    </div>
  );
}
