// /reseau/membres/:id: a member's profile as the directory lets you see it, with the actions its abilities allow
// (write, verify, deactivate, assign). A hidden member reads like an unknown one.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { generatePath, Link, useParams } from 'react-router';
import type { MemberProfile } from '../../../../../common/schemas/network-members.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useMember } from '../api/useMember.ts';
import { useAssign, useDeactivation, useUnassign, useVerification } from '../api/useMemberActions.ts';
import { membersMessages } from '../messages.ts';
import { MemberBadges } from './MemberBadges.tsx';
import { memberUrl } from './MemberCard.tsx';
import { useMemberTerms } from './memberTerms.ts';

export function MemberPage() {
  const t = useT(membersMessages);
  const { id = '' } = useParams();
  const member = useMember(id);
  const notFound = isApiError(member.error) && member.error.status === 404;
  const title = member.data?.name ?? (notFound ? t.notFoundTitle : t.memberTitle);
  return (
    <NetworkFrame title={title}>
      {notFound ? (
        <>
          <Alert severity="info" title={t.notFoundTitle} description={t.notFoundText} as="h2" />
          <p className={fr.cx('fr-mt-3w')}>
            <Link to={paths.networkMembers}>{t.backToDirectory}</Link>
          </p>
        </>
      ) : member.error ? (
        <ApiErrorAlert error={member.error} />
      ) : !member.data ? (
        <Loading />
      ) : (
        <MemberDetails member={member.data} />
      )}
    </NetworkFrame>
  );
}

/** The profile itself: also the preview on the profile page. */
export function MemberFacts({ member, headingLevel = 'h2' }: { member: MemberProfile; headingLevel?: 'h2' | 'h3' }) {
  const t = useT(membersMessages);
  const terms = useMemberTerms();
  const Heading = headingLevel;
  const rows: [string, string][] = [
    [t.title, member.title || t.noTitle],
    [t.posted, member.country ? terms.country(member.country) : t.noCountry],
    [t.sectors, member.sectors.map(terms.sector).join(', ') || '—'],
    [t.expertise, member.expertise.join(', ') || '—'],
    [t.languages, member.languages.map(terms.language).join(', ') || '—'],
  ];
  return (
    <>
      <MemberBadges member={member} />
      <p className={fr.cx('fr-text--lg', 'fr-mb-2w')}>{member.organisation}</p>
      <dl className={fr.cx('fr-mb-3w')}>
        {rows.map(([term, value]) => (
          <div key={term} className={fr.cx('fr-mb-1w')}>
            <dt className={fr.cx('fr-text--bold')} style={{ display: 'inline' }}>
              {term} :{' '}
            </dt>
            <dd style={{ display: 'inline', margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {member.bio && (
        <>
          <Heading className={fr.cx('fr-h5')}>{t.bio}</Heading>
          <p style={{ whiteSpace: 'pre-wrap' }}>{member.bio}</p>
        </>
      )}
    </>
  );
}

function MemberDetails({ member }: { member: MemberProfile }) {
  const t = useT(membersMessages);
  const self = member.abilities.editProfile;
  const showsAgents = member.audience !== 'agent' && (member.abilities.assign || self);
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <MemberFacts member={member} />
        <section aria-labelledby="member-spaces">
          <h2 id="member-spaces" className={fr.cx('fr-h5')}>
            {t.spacesTitle}
          </h2>
          {member.spaces.length === 0 ? (
            <p>{t.spacesEmpty}</p>
          ) : (
            <ul className={fr.cx('fr-raw-list')}>
              {member.spaces.map((space) => (
                <li key={space.id} className={fr.cx('fr-mb-2w')}>
                  <LabelBanner label={space.label} compact />
                  <Link to={generatePath(paths.networkSpace, { id: space.id })}>{space.name}</Link>{' '}
                  <span className={fr.cx('fr-hint-text')} style={{ display: 'inline' }}>
                    ({t.kinds[space.kind]})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {showsAgents && <AssignedAgents member={member} />}
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <MemberActions member={member} />
      </div>
    </div>
  );
}

function AssignedAgents({ member }: { member: MemberProfile }) {
  const t = useT(membersMessages);
  const unassign = useUnassign(member.id);
  return (
    <section aria-labelledby="member-agents">
      <h2 id="member-agents" className={fr.cx('fr-h5')}>
        {member.abilities.editProfile ? t.agentsOwnTitle : t.agentsTitle}
      </h2>
      <ApiErrorAlert error={unassign.error} />
      {member.assignedAgents.length === 0 ? (
        <p>{t.agentsEmpty}</p>
      ) : (
        <ul>
          {member.assignedAgents.map((agent) => (
            <li key={agent.id} className={fr.cx('fr-mb-1w')}>
              <Link to={memberUrl(agent.id)}>{agent.name}</Link> — {agent.organisation}
              {member.abilities.assign && (
                <Button
                  className={fr.cx('fr-ml-2w')}
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-line"
                  disabled={unassign.isPending}
                  onClick={() => unassign.mutate(agent.id)}
                >
                  {t.unassign(agent.name)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MemberActions({ member }: { member: MemberProfile }) {
  const t = useT(membersMessages);
  const verification = useVerification(member.id);
  const deactivation = useDeactivation(member.id);
  const assign = useAssign(member.id);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const { abilities } = member;
  const any =
    abilities.message || abilities.verify || abilities.deactivate || abilities.assign || abilities.editProfile;
  if (!any) return null;
  const succeeded = verification.isSuccess || deactivation.isSuccess || assign.isSuccess;

  const deactivate = (event: FormEvent) => {
    event.preventDefault();
    deactivation.mutate(
      { active: false, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      { onSuccess: () => setConfirming(false) },
    );
  };

  return (
    <section aria-labelledby="member-actions">
      <h2 id="member-actions" className={fr.cx('fr-h5')}>
        {t.actionsTitle}
      </h2>
      <div aria-live="polite">
        {succeeded && <Alert severity="success" small description={t.done} className={fr.cx('fr-mb-2w')} />}
      </div>
      <ApiErrorAlert error={verification.error ?? deactivation.error ?? assign.error} />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--icon-left')}>
        {abilities.editProfile && (
          <li>
            <Button iconId="fr-icon-edit-line" linkProps={{ to: paths.networkProfile }}>
              {t.myProfile}
            </Button>
          </li>
        )}
        {abilities.message && (
          <li>
            <Button
              iconId="fr-icon-mail-line"
              linkProps={{ to: `${paths.networkMessages}?to=${encodeURIComponent(member.id)}` }}
            >
              {t.writeMessage}
            </Button>
          </li>
        )}
        {abilities.verify && (
          <li>
            <Button
              priority="secondary"
              iconId={member.verified ? 'fr-icon-close-circle-line' : 'fr-icon-checkbox-circle-line'}
              disabled={verification.isPending}
              onClick={() => verification.mutate(!member.verified)}
            >
              {member.verified ? t.unverify : t.verify}
            </Button>
          </li>
        )}
        {abilities.assign && !member.assignedToYou && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-user-add-line"
              disabled={assign.isPending}
              onClick={() => assign.mutate(undefined)}
            >
              {t.assignMe}
            </Button>
          </li>
        )}
        {abilities.deactivate && member.deactivated && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-refresh-line"
              disabled={deactivation.isPending}
              onClick={() => deactivation.mutate({ active: true })}
            >
              {t.reactivate}
            </Button>
          </li>
        )}
        {abilities.deactivate && !member.deactivated && !confirming && (
          <li>
            <Button priority="tertiary" iconId="fr-icon-close-circle-line" onClick={() => setConfirming(true)}>
              {t.deactivate}
            </Button>
          </li>
        )}
      </ul>
      {abilities.deactivate && !member.deactivated && confirming && (
        <form onSubmit={deactivate}>
          <Input
            label={t.deactivateReason}
            nativeInputProps={{ value: reason, maxLength: 500, onChange: (e) => setReason(e.target.value) }}
          />
          <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
            <Button type="submit" iconId="fr-icon-close-circle-line" disabled={deactivation.isPending}>
              {t.deactivateConfirm}
            </Button>
            <Button type="button" priority="tertiary" onClick={() => setConfirming(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
