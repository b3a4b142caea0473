// The top of every portal page: the document title, breadcrumb, portal sub-navigation, heading and lead.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../app/components/usePageTitle.ts';
import { type BreadcrumbSegment, PortalBreadcrumb } from './PortalBreadcrumb.tsx';
import { PortalNav } from './PortalNav.tsx';

export function PortalPageHeader({
  title,
  documentTitle,
  breadcrumbLabel,
  segments,
  lead,
  kicker,
}: {
  title: string;
  /** The browser tab's title when it differs from the heading (a search, a page number). */
  documentTitle?: string;
  /** The breadcrumb's last item when the heading is long. */
  breadcrumbLabel?: string;
  segments?: readonly BreadcrumbSegment[];
  lead?: ReactNode;
  /** A short line above the heading ("Étape 4", the kind of page). */
  kicker?: ReactNode;
}) {
  usePageTitle(documentTitle ?? title);
  return (
    <>
      <PortalBreadcrumb current={breadcrumbLabel ?? title} segments={segments} />
      <PortalNav />
      {kicker && <p className={fr.cx('fr-text--sm', 'fr-text--bold', 'fr-mb-1v')}>{kicker}</p>}
      <h1>{title}</h1>
      {lead && <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{lead}</p>}
    </>
  );
}
