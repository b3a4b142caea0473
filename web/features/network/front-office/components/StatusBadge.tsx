// A request's status as a badge with its name (the word, not only the colour).
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { FrontOfficeStatus } from '../../../../../common/network-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { frontOfficeMessages } from '../messages.ts';

const severity = { new: 'new', triaged: 'info', routed: 'info', in_progress: 'warning', closed: undefined } as const;

export function StatusBadge({ status }: { status: FrontOfficeStatus }) {
  const t = useT(frontOfficeMessages);
  const level = severity[status];
  return (
    <Badge small noIcon {...(level ? { severity: level } : {})}>
      {t.statusLabels[status]}
    </Badge>
  );
}
