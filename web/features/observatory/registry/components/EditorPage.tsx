// The frame of the editors' pages (registry, imports, the portal's back office): breadcrumb, title, lead, then
// the content behind the editor gate.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { registryMessages } from '../messages.ts';
import { type EditorGate, RequireEditor } from './RequireEditor.tsx';

export function EditorPage({
  title,
  lead,
  children,
  segments,
  gate,
}: {
  title: string;
  lead: string;
  children: ReactNode;
  /** The breadcrumb between home and this page (the observatory's by default). */
  segments?: readonly { label: string; to: string }[];
  gate?: EditorGate;
}) {
  const t = useT(registryMessages);
  usePageTitle(title);
  return (
    <>
      <Breadcrumb
        className={fr.cx('fr-mb-3w')}
        currentPageLabel={title}
        homeLinkProps={{ to: paths.home }}
        segments={(segments ?? [{ label: t.breadcrumbObservatory, to: paths.observatory }]).map((segment) => ({
          label: segment.label,
          linkProps: { to: segment.to },
        }))}
      />
      <h1>{title}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{lead}</p>
      <RequireEditor gate={gate}>{children}</RequireEditor>
    </>
  );
}
