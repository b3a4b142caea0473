// One actor of the registry: who and where, its accounts, and (when its abilities allow) edit, delete with a
// confirmation, and add an account. One panel open at a time.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { countryName } from '../../components/countries.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { actorName } from '../actorName.ts';
import { useDeleteActor } from '../api/useActorMutations.ts';
import { registryMessages } from '../messages.ts';
import { ActorAccounts } from './ActorAccounts.tsx';
import { ActorForm } from './ActorForm.tsx';
import { AddAccountForm } from './AddAccountForm.tsx';
import { panelStyle } from './panelStyle.ts';

type Panel = 'none' | 'edit' | 'delete' | 'account';

export function ActorCard({ actor, onNotice }: { actor: Actor; onNotice: (message: string) => void }) {
  const t = useT(registryMessages);
  const labels = useT(observatoryComponentMessages);
  const lang = useLang();
  const remove = useDeleteActor(actor.id);
  const [panel, setPanel] = useState<Panel>('none');
  const panelRef = useRef<HTMLDivElement>(null);
  const name = actorName(actor, lang);
  const headingId = `actor-${actor.id}-name`;
  const where = [
    actor.city,
    actor.hostCountry ? countryName(actor.hostCountry, lang) : null,
    actor.latitude !== null && actor.longitude !== null ? `${actor.latitude}, ${actor.longitude}` : null,
  ].filter(Boolean);

  // An opened panel takes the focus, so that keyboard users land in the form they asked for.
  useEffect(() => {
    if (panel !== 'none') panelRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [panel]);
  const close = () => setPanel('none');

  return (
    <article
      aria-labelledby={headingId}
      className={fr.cx('fr-py-3w')}
      style={{ borderTop: '1px solid var(--border-default-grey)' }}
    >
      <h3 id={headingId} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {name}
      </h3>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {labels.actorTypes[actor.type] ?? actor.type} · {countryName(actor.country, lang)}
        {where.length > 0 && ` · ${t.location} : ${where.join(', ')}`}
        {actor.wikidataId && (
          <>
            {' · '}
            <a
              href={`https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidataId)}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t.wikidata} {actor.wikidataId}
            </a>
          </>
        )}
      </p>
      {lang === 'fr' && actor.nameEn !== actor.nameFr && (
        <p className={fr.cx('fr-text--xs', 'fr-mb-1w')} lang="en">
          {actor.nameEn}
        </p>
      )}
      <ActorAccounts actor={actor} name={name} />
      {actor.abilities.edit && (
        <ul
          className={fr.cx(
            'fr-btns-group',
            'fr-btns-group--inline-sm',
            'fr-btns-group--sm',
            'fr-btns-group--icon-left',
          )}
        >
          <li>
            <Button
              size="small"
              priority="secondary"
              iconId="fr-icon-add-line"
              nativeButtonProps={{ 'aria-expanded': panel === 'account', 'aria-label': t.addAccountLabel(name) }}
              onClick={() => setPanel(panel === 'account' ? 'none' : 'account')}
            >
              {t.addAccount}
            </Button>
          </li>
          <li>
            <Button
              size="small"
              priority="secondary"
              iconId="fr-icon-edit-line"
              nativeButtonProps={{ 'aria-expanded': panel === 'edit', 'aria-label': t.editActorLabel(name) }}
              onClick={() => setPanel(panel === 'edit' ? 'none' : 'edit')}
            >
              {t.editActor}
            </Button>
          </li>
          <li>
            <Button
              size="small"
              priority="tertiary"
              iconId="fr-icon-delete-line"
              nativeButtonProps={{ 'aria-expanded': panel === 'delete', 'aria-label': t.deleteActorLabel(name) }}
              onClick={() => setPanel(panel === 'delete' ? 'none' : 'delete')}
            >
              {t.deleteActor}
            </Button>
          </li>
        </ul>
      )}
      <div ref={panelRef}>
        {panel === 'account' && (
          <section aria-label={t.addAccountTitle(name)} className={fr.cx('fr-p-3w')} style={panelStyle}>
            <AddAccountForm
              actor={actor}
              onCancel={close}
              onDone={(handle) => {
                close();
                onNotice(t.accountAdded(handle));
              }}
            />
          </section>
        )}
        {panel === 'edit' && (
          <section aria-label={t.editActorTitle(name)} className={fr.cx('fr-p-3w')} style={panelStyle}>
            <ActorForm
              actor={actor}
              idPrefix={`actor-${actor.id}-edit`}
              onCancel={close}
              onDone={() => {
                close();
                onNotice(t.saved);
              }}
            />
          </section>
        )}
        {panel === 'delete' && (
          <section aria-label={t.deleteActorLabel(name)} className={fr.cx('fr-p-3w')} style={panelStyle}>
            <ApiErrorAlert error={remove.error} />
            <p>{t.deleteConfirm(name)}</p>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mb-0')}>
              <li>
                <Button
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(undefined, { onSuccess: () => onNotice(t.deleted(name)) })}
                >
                  {t.deleteConfirmButton}
                </Button>
              </li>
              <li>
                <Button priority="secondary" onClick={close}>
                  {t.cancel}
                </Button>
              </li>
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}
