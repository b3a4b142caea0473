// After a request is sent: its reference, where the acknowledgement went, and what happens next.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { HotlineRequestCreated } from '../../../../../common/schemas/portal-hotline.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { hotlineMessages } from '../messages.ts';

export function HotlineSent({ created, onAnother }: { created: HotlineRequestCreated; onAnother: () => void }) {
  const t = useT(hotlineMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section aria-labelledby="hotline-sent-title">
      <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-mb-4w')}>
        <h2 id="hotline-sent-title" ref={heading} tabIndex={-1} className={fr.cx('fr-alert__title')}>
          {t.sentTitle}
        </h2>
        <p>{t.sentLead}</p>
      </div>
      <p className={fr.cx('fr-mb-1v')}>{t.reference}</p>
      <p className={fr.cx('fr-h3')} data-testid="hotline-reference">
        {created.reference}
      </p>
      <p>{t.sentMail(created.email)}</p>
      <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>{t.nextTitle}</h2>
      <ol>
        {t.next.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>{t.meanwhileTitle}</h2>
      <ul>
        <li>
          <Link to={paths.portalCatalogue}>{t.meanwhileCatalogue}</Link>
        </li>
        <li>
          <Link to={paths.portalAssessment}>{t.meanwhileAssessment}</Link>
        </li>
      </ul>
      <Button className={fr.cx('fr-mt-3w')} priority="secondary" onClick={onAnother}>
        {t.another}
      </Button>
    </section>
  );
}
