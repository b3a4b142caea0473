// The back office's pages in the observatory's editor frame: the portal in the breadcrumb, the portal editors'
// ability at the gate.
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { backofficeMessages } from '../messages.ts';

export function usePortalEditorFrame() {
  const t = useT(backofficeMessages);
  return {
    segments: [{ label: t.breadcrumbPortal, to: paths.portal }],
    gate: { ability: 'editPortal' as const, signInText: t.signInText, reservedText: t.reservedText },
  };
}
