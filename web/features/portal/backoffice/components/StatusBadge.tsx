// An item's publication status, in words (the colour only repeats them): draft, published, published with
// pending changes, unpublished.
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ContentStatus } from '../../../../../common/portal-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { backofficeMessages } from '../messages.ts';

export function StatusBadge({ status, pendingChanges }: { status: ContentStatus; pendingChanges: boolean }) {
  const t = useT(backofficeMessages);
  if (status === 'published' && pendingChanges)
    return (
      <Badge severity="new" small>
        {t.statusFilters.pending}
      </Badge>
    );
  if (status === 'published')
    return (
      <Badge severity="success" small>
        {t.statusFilters.published}
      </Badge>
    );
  if (status === 'unpublished')
    return (
      <Badge severity="error" small noIcon>
        {t.statusFilters.unpublished}
      </Badge>
    );
  return (
    <Badge severity="info" small noIcon>
      {t.statusFilters.draft}
    </Badge>
  );
}
