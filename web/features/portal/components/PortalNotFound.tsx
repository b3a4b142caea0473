// What a portal page shows for an unknown step, offer, country, event or news item: a 404 in the page frame,
// with the way back to the list it belongs to; and the one-item pages' states (not found, loading, error, shown).
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { isApiError } from '../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../app/components/Loading.tsx';
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

/**
 * A page about one item (offer, event, news, country): its 404, its loading or error state under a header that
 * names the kind of item, then the item itself.
 */
export function PortalItemPage<T>({
  query,
  missing = false,
  notFound,
  kicker,
  loadingLabel,
  segments,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  /** Known not to exist before asking (a malformed identifier in the URL). */
  missing?: boolean;
  notFound: { title: string; text: string; back: BreadcrumbSegment };
  kicker: string;
  loadingLabel: string;
  segments: readonly BreadcrumbSegment[];
  children: (item: T) => ReactNode;
}) {
  if (missing || isNotFound(query.error)) return <PortalNotFound {...notFound} segments={segments} />;
  if (query.data === undefined) {
    return (
      <>
        <PortalPageHeader title={kicker} segments={segments} />
        {query.isPending ? <Loading label={loadingLabel} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  return <>{children(query.data)}</>;
}
