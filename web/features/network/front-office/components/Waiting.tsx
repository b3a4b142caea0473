// How long a request has waited against its target, in words, with an "en retard" badge when past it (the word
// says it: colour is never the only signal).
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { Waiting as WaitingView } from '../../../../../common/schemas/network-front-office.ts';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { frontOfficeMessages } from '../messages.ts';

export function Waiting({ waiting, closed }: { waiting: WaitingView; closed: boolean }) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  return (
    <span>
      {closed ? t.lasted(waiting.hours) : t.waited(waiting.hours)}
      {' — '}
      {waiting.target
        ? `${t.target(waiting.target.step, waiting.target.hours)} (${t.due(formatDateTime(waiting.target.dueAt, lang))})`
        : t.noTarget}
      {waiting.overdue ? (
        <>
          {' '}
          <Badge small severity="error" className={fr.cx('fr-ml-1v')}>
            {t.overdue}
          </Badge>
        </>
      ) : null}
    </span>
  );
}
