// Shown in place of a page that failed to load or render (often a chunk from a previous deployment).
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../components/usePageTitle.ts';
import { useT } from '../i18n/lang.ts';
import { layoutMessages } from './messages.ts';

export function RouteError() {
  const t = useT(layoutMessages);
  const error = useRouteError();
  usePageTitle(t.routeErrorTitle);
  if (error) console.error(error);
  return (
    <div className={fr.cx('fr-my-7w')}>
      <h1>{t.routeErrorTitle}</h1>
      <p className={fr.cx('fr-text--lead')}>{t.routeErrorLead}</p>
      <Button iconId="fr-icon-refresh-line" onClick={() => window.location.reload()}>
        {t.reload}
      </Button>
    </div>
  );
}
