// A member's badges: kind of member, verified, assigned, public, deactivated (words, never colour alone).
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { MemberSummary } from '../../../../../common/schemas/network-members.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { membersMessages } from '../messages.ts';

export function MemberBadges({ member }: { member: MemberSummary }) {
  const t = useT(membersMessages);
  const { me } = useSession();
  return (
    <ul className={fr.cx('fr-badges-group')}>
      <li>
        <Badge as="span" small noIcon severity={member.audience === 'agent' ? 'info' : undefined}>
          {t.audiences[member.audience]}
        </Badge>
      </li>
      {member.verified && (
        <li>
          <Badge as="span" small severity="success">
            <span title={t.verifiedHint}>{t.verified}</span>
          </Badge>
        </li>
      )}
      {member.assignedToYou && (
        <li>
          <Badge as="span" small noIcon severity="new">
            {me?.abilities.agent ? t.assignedToYouAgent : t.assignedToYouOutsider}
          </Badge>
        </li>
      )}
      {member.publicProfile && (
        <li>
          <Badge as="span" small noIcon>
            {t.publicProfile}
          </Badge>
        </li>
      )}
      {member.deactivated && (
        <li>
          <Badge as="span" small severity="error">
            {t.deactivated}
          </Badge>
        </li>
      )}
    </ul>
  );
}
