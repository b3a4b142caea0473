// Unsaved changes are not lost by accident: leaving the page inside the app asks first (an in-page dialog),
// closing or reloading the tab triggers the browser's own warning.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../../../../app/i18n/lang.ts';
import { backofficeMessages } from '../messages.ts';

/** `dirty()` is read at the moment of leaving, so a save that just succeeded lets the page go. */
export function UnsavedChangesPrompt({ dirty }: { dirty: () => boolean }) {
  const t = useT(backofficeMessages);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty() && currentLocation.pathname !== nextLocation.pathname,
  );
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (blocker.state === 'blocked') dialogRef.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div
      ref={dialogRef}
      tabIndex={-1}
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="bo-leave-title"
      aria-describedby="bo-leave-text"
      className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-3w')}
      style={{ position: 'sticky', top: '1rem', zIndex: 10, background: 'var(--background-default-grey)' }}
    >
      <h2 id="bo-leave-title" className={fr.cx('fr-alert__title')}>
        {t.leaveTitle}
      </h2>
      <p id="bo-leave-text">{t.leaveText}</p>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w')}>
        <li>
          <Button type="button" onClick={() => blocker.reset?.()}>
            {t.stay}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => blocker.proceed?.()}>
            {t.leave}
          </Button>
        </li>
      </ul>
    </div>
  );
}
