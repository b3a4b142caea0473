// One member in the directory (and the profile preview): name linking to their page, badges, organisation, post,
// country, sectors and expertise.
import { fr } from '@codegouvfr/react-dsfr';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { generatePath, Link } from 'react-router';
import type { MemberSummary } from '../../../../../common/schemas/network-members.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { membersMessages } from '../messages.ts';
import { MemberBadges } from './MemberBadges.tsx';
import { useMemberTerms } from './memberTerms.ts';

export const memberUrl = (id: string) => generatePath(paths.networkMember, { id });

export function MemberCard({
  member,
  headingLevel = 'h3',
  onOrganisation,
}: {
  member: MemberSummary;
  headingLevel?: 'h2' | 'h3';
  /** Filters the directory on the member's organisation. */
  onOrganisation?: (id: string, name: string) => void;
}) {
  const t = useT(membersMessages);
  const terms = useMemberTerms();
  const Heading = headingLevel;
  const facts = [member.title || t.noTitle, member.country ? terms.country(member.country) : null].filter(Boolean);
  return (
    <article
      className={fr.cx('fr-p-3w', 'fr-mb-2w')}
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`member-${member.id}`}
    >
      <Heading id={`member-${member.id}`} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        <Link to={memberUrl(member.id)}>{member.name}</Link>
      </Heading>
      <MemberBadges member={member} />
      <p className={fr.cx('fr-mb-1w')}>
        {onOrganisation ? (
          <button
            type="button"
            className={fr.cx('fr-link')}
            title={t.sameOrganisation}
            onClick={() => onOrganisation(member.organisationId, member.organisation)}
          >
            {member.organisation}
          </button>
        ) : (
          member.organisation
        )}
        <span className={fr.cx('fr-hint-text')}>{facts.join(' · ')}</span>
      </p>
      {(member.sectors.length > 0 || member.expertise.length > 0) && (
        <ul className={fr.cx('fr-tags-group')} aria-label={`${t.sectors}, ${t.expertise}`}>
          {member.sectors.map((sector) => (
            <li key={`s-${sector}`}>
              <Tag small>{terms.sector(sector)}</Tag>
            </li>
          ))}
          {member.expertise.map((tag) => (
            <li key={`e-${tag}`}>
              <Tag small>{tag}</Tag>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
