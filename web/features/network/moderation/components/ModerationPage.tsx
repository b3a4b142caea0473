// The moderators' page: the queue of reports they may read (filters, hide/restore, resolve/dismiss with reasons)
// and, for global moderators, the suspensions of members with the form to suspend one.
import { fr } from '@codegouvfr/react-dsfr';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { moderationMessages } from '../messages.ts';
import { ReportsQueue } from './ReportsQueue.tsx';
import { SuspensionsPanel } from './SuspensionsPanel.tsx';

export function ModerationPage() {
  const t = useT(moderationMessages);
  return (
    <NetworkFrame title={t.title} lead={t.lead}>
      <ModerationContent />
    </NetworkFrame>
  );
}

function ModerationContent() {
  const t = useT(moderationMessages);
  const abilities = useSession().me?.abilities;
  // Space moderators are agents; the server answers each of them with the reports of what they moderate.
  if (!abilities?.agent) return <p className={fr.cx('fr-mb-6w')}>{t.notModerator}</p>;
  return (
    <>
      <ReportsQueue />
      {abilities.moderate ? <SuspensionsPanel /> : null}
    </>
  );
}
