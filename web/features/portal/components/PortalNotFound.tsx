// What a portal page shows for an unknown step, offer, country, event or news item: a 404 in the page frame,
// with the way back to the list it belongs to.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { isApiError } from '../../../app/api/client.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { portalMessages } from '../messages.ts';
import type { BreadcrumbSegment } from './PortalBreadcrumb.tsx';
import { PortalPageHeader } from './PortalPageHeader.tsx';

/** A 404, or a 400 for an identifier the API refuses outright (a malformed slug in a typed URL). */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 400);
}

export function PortalNotFound({
  title,
  text,
  back,
  segments,
}: {
  title: string;
  text: string;
  back: BreadcrumbSegment;
  segments?: readonly BreadcrumbSegment[];
}) {
  const t = useT(portalMessages);
  return (
    <>
      <PortalPageHeader title={title} segments={segments} />
      <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>{t.notFoundError}</p>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-8', 'fr-mb-4w')}>{text}</p>
      <Button linkProps={{ to: back.to }} iconId="fr-icon-arrow-left-line">
        {back.label}
      </Button>
    </>
  );
}
