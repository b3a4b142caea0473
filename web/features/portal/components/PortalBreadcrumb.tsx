// The breadcrumb of a portal page: Accueil › Portail de l'export › (section) › current page.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { portalMessages } from '../messages.ts';

export interface BreadcrumbSegment {
  label: string;
  to: string;
}

export function PortalBreadcrumb({
  current,
  segments = [],
}: {
  current: string;
  segments?: readonly BreadcrumbSegment[];
}) {
  const t = useT(portalMessages);
  const isPortalHome = segments.length === 0 && current === t.title;
  return (
    <Breadcrumb
      className={fr.cx('fr-mb-2w')}
      currentPageLabel={current}
      homeLinkProps={{ to: paths.home }}
      segments={[
        ...(isPortalHome ? [] : [{ label: t.title, linkProps: { to: paths.portal } }]),
        ...segments.map((segment) => ({ label: segment.label, linkProps: { to: segment.to } })),
      ]}
    />
  );
}
