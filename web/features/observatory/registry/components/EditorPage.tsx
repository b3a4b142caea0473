// The frame of the editors' pages (registry, imports): breadcrumb, title, lead, then the content behind the
// editor gate.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { registryMessages } from '../messages.ts';
import { RequireEditor } from './RequireEditor.tsx';

export function EditorPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const t = useT(registryMessages);
  usePageTitle(title);
  return (
    <>
      <Breadcrumb
        className={fr.cx('fr-mb-3w')}
        currentPageLabel={title}
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t.breadcrumbObservatory, linkProps: { to: paths.observatory } }]}
      />
      <h1>{title}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{lead}</p>
      <RequireEditor>{children}</RequireEditor>
    </>
  );
}
