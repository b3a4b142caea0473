// The actors tab: filters kept in the URL (so a search can be shared and survives a reload), a new-actor form,
// the matching actors page by page.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ACTOR_TYPES } from '../../../../../common/observatory-terms.ts';
import type { ActorType } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useActors } from '../api/useActors.ts';
import { registryMessages } from '../messages.ts';
import { ActorCard } from './ActorCard.tsx';
import { ActorFilterForm } from './ActorFilterForm.tsx';
import { ActorForm } from './ActorForm.tsx';
import { panelStyle } from './panelStyle.ts';

const pageSize = 20;

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function ActorsPanel() {
  const t = useT(registryMessages);
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const country = params.get('pays') ?? '';
  const typeParam = params.get('type') ?? '';
  const type = (ACTOR_TYPES as readonly string[]).includes(typeParam) ? (typeParam as ActorType) : undefined;
  const page = pageOf(params.get('page'));
  const actors = useActors({
    ...(q ? { q } : {}),
    ...(/^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(type ? { type } : {}),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const total = actors.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  // A change made: tell it, where the focus can find it.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return { to: `?${next}` };
  };

  return (
    <>
      <ActorFilterForm q={q} country={country} type={type ?? ''} />
      <div ref={noticeRef} tabIndex={-1} role="status">
        {notice && (
          <Alert
            className={fr.cx('fr-mb-3w')}
            severity="success"
            small
            description={notice}
            closable
            onClose={() => setNotice(null)}
          />
        )}
      </div>
      {creating ? (
        <section aria-labelledby="actor-new-title" className={fr.cx('fr-p-3w', 'fr-mb-3w')} style={panelStyle}>
          <h3 id="actor-new-title" className={fr.cx('fr-h5')}>
            {t.newActorTitle}
          </h3>
          <ActorForm
            idPrefix="actor-new"
            onCancel={() => setCreating(false)}
            onDone={(actor) => {
              setCreating(false);
              setNotice(t.created(actor.nameFr === actor.nameEn ? actor.nameFr : `${actor.nameFr} / ${actor.nameEn}`));
            }}
          />
        </section>
      ) : (
        <Button className={fr.cx('fr-mb-3w')} iconId="fr-icon-add-line" onClick={() => setCreating(true)}>
          {t.newActor}
        </Button>
      )}
      {actors.isPending && <Loading />}
      <ApiErrorAlert error={actors.error} />
      {actors.data && (
        <>
          <h3 className={fr.cx('fr-h6')} aria-live="polite">
            {t.results(total)}
          </h3>
          {actors.data.items.length === 0 && <p>{t.noActors}</p>}
          <div aria-busy={actors.isPlaceholderData}>
            {actors.data.items.map((actor) => (
              <ActorCard key={actor.id} actor={actor} onNotice={setNotice} />
            ))}
          </div>
          {pages > 1 && (
            <Pagination
              className={fr.cx('fr-mt-3w')}
              count={pages}
              defaultPage={Math.min(page, pages)}
              getPageLinkProps={pageLink}
              showFirstLast
            />
          )}
        </>
      )}
    </>
  );
}
