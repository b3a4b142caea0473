// One space: its banner (the space's own label), description and facts, the viewer's membership actions, the
// settings for its moderators, the members panel and the posts stream. Actions follow the space's `abilities`.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type Sector,
  sectorLabels,
  spaceKindLabels,
  spaceMembershipLabels,
  spaceRoleLabels,
} from '../../../../../common/network-terms.ts';
import type { SpaceView } from '../../../../../common/schemas/network-spaces.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { makeTerms } from '../../../portal/components/terms.ts';
import { ItemFrame } from '../../components/ItemFrame.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { SpacePosts } from '../../posts/components/SpacePosts.tsx';
import { useAddSpaceMember } from '../api/useAddSpaceMember.ts';
import { useRemoveSpaceMember } from '../api/useRemoveSpaceMember.ts';
import { useSpace } from '../api/useSpace.ts';
import { useUpdateSpace } from '../api/useUpdateSpace.ts';
import { spacesMessages } from '../messages.ts';
import { EditSpaceForm } from './EditSpaceForm.tsx';
import { SpaceMembersPanel } from './SpaceMembersPanel.tsx';

export function SpacePage() {
  const t = useT(spacesMessages);
  const id = useParams().id ?? '';
  const space = useSpace(id);
  return (
    <ItemFrame title={space.data?.name ?? t.spaceTitle} back={{ to: paths.networkSpaces, label: t.back }} item={space}>
      {(data) => <SpaceContent space={data} />}
    </ItemFrame>
  );
}

function SpaceContent({ space }: { space: SpaceView }) {
  const t = useT(spacesMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <LabelBanner label={space.label} />
      <p className={fr.cx('fr-mb-2w')}>
        <Badge small noIcon className={fr.cx('fr-mr-1w')}>
          {spaceKindLabels[space.kind][lang]}
        </Badge>
        {space.archived ? (
          <Badge small severity="warning" noIcon className={fr.cx('fr-mr-1w')}>
            {t.archived}
          </Badge>
        ) : null}
        {space.state ? (
          <Badge small severity={space.state === 'member' ? 'success' : 'info'} noIcon>
            {space.state === 'member' && space.role
              ? `${t.yourRole} : ${spaceRoleLabels[space.role][lang]}`
              : t.state[space.state]}
          </Badge>
        ) : null}
      </p>
      {space.archived ? <p className={fr.cx('fr-text--sm')}>{t.archivedNotice}</p> : null}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          {editing ? (
            <EditSpaceForm space={space} onDone={() => setEditing(false)} />
          ) : (
            <section aria-labelledby="space-about">
              <h2 id="space-about" className={fr.cx('fr-h4')}>
                {t.about}
              </h2>
              {space.description ? <p style={{ whiteSpace: 'pre-line' }}>{space.description}</p> : null}
              <dl className={fr.cx('fr-mb-2w')}>
                {space.country ? (
                  <>
                    <dt className={fr.cx('fr-text--bold')}>{t.country}</dt>
                    <dd>{terms.country(space.country)}</dd>
                  </>
                ) : null}
                {space.sector ? (
                  <>
                    <dt className={fr.cx('fr-text--bold')}>{t.sector}</dt>
                    <dd>{sectorLabels[space.sector as Sector]?.[lang] ?? space.sector}</dd>
                  </>
                ) : null}
                <dt className={fr.cx('fr-text--bold')}>{t.membership}</dt>
                <dd>{spaceMembershipLabels[space.membership][lang]}</dd>
                <dt className={fr.cx('fr-text--bold')}>{t.postsDefault}</dt>
                <dd>
                  {space.defaultLabel.banner.name} ({space.defaultLabel.banner.tlp})
                </dd>
                {space.createdBy ? (
                  <>
                    <dt className={fr.cx('fr-text--bold')}>{t.createdBy}</dt>
                    <dd>
                      <Link to={paths.networkMember.replace(':id', space.createdBy.id)}>{space.createdBy.name}</Link>
                    </dd>
                  </>
                ) : null}
              </dl>
              <MembershipActions space={space} />
              {space.abilities.edit ? <SettingsActions space={space} onEdit={() => setEditing(true)} /> : null}
            </section>
          )}
          <SpacePosts
            spaceId={space.id}
            canPost={space.abilities.post}
            defaultLevel={space.defaultLabel.level}
            minLevel={space.label.level}
            roomMode={space.kind === 'deal_room'}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <SpaceMembersPanel space={space} />
        </div>
      </div>
    </>
  );
}

/** Join, ask, accept or decline an invitation, cancel a request, leave: from the space's abilities and state. */
function MembershipActions({ space }: { space: SpaceView }) {
  const t = useT(spacesMessages);
  const session = useSession();
  const userId = session.user?.id ?? '';
  const add = useAddSpaceMember(space.id);
  const remove = useRemoveSpaceMember(space.id);
  const busy = add.isPending || remove.isPending;
  const { abilities } = space;
  const buttons: { key: string; label: string; secondary?: boolean; onClick: () => void }[] = [];
  if (space.state === 'invited' && abilities.join) {
    buttons.push({ key: 'accept', label: t.acceptInvitation, onClick: () => add.mutate({}) });
  } else if (abilities.join) {
    buttons.push({ key: 'join', label: t.join, onClick: () => add.mutate({}) });
  }
  if (space.state === 'invited') {
    buttons.push({ key: 'decline', label: t.declineInvitation, secondary: true, onClick: () => remove.mutate(userId) });
  }
  if (abilities.requestToJoin) {
    buttons.push({ key: 'request', label: t.requestToJoin, onClick: () => add.mutate({}) });
  }
  if (space.state === 'requested') {
    buttons.push({ key: 'cancel', label: t.cancelRequest, secondary: true, onClick: () => remove.mutate(userId) });
  }
  if (abilities.leave) {
    buttons.push({ key: 'leave', label: t.leave, secondary: true, onClick: () => remove.mutate(userId) });
  }
  const lastOwner = space.state === 'member' && space.role === 'owner' && !abilities.leave;
  const invitationOnly =
    space.kind !== 'deal_room' && space.state === null && space.membership === 'invitation' && !space.archived;
  return (
    <div className={fr.cx('fr-mb-3w')}>
      <ApiErrorAlert error={add.error ?? remove.error} />
      {space.state === 'invited' ? <p>{t.invitedNotice}</p> : null}
      {space.state === 'requested' ? (
        <Alert severity="info" small description={t.requestSent} className={fr.cx('fr-mb-2w')} />
      ) : null}
      {invitationOnly ? <p className={fr.cx('fr-text--sm')}>{t.invitationOnly}</p> : null}
      {lastOwner ? <p className={fr.cx('fr-text--sm')}>{t.lastOwnerNotice}</p> : null}
      {buttons.length > 0 ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          {buttons.map((button) => (
            <li key={button.key}>
              <Button
                type="button"
                priority={button.secondary ? 'secondary' : 'primary'}
                disabled={busy}
                onClick={button.onClick}
              >
                {button.label}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function SettingsActions({ space, onEdit }: { space: SpaceView; onEdit: () => void }) {
  const t = useT(spacesMessages);
  const update = useUpdateSpace(space.id);
  return (
    <>
      {space.pendingRequests ? (
        <p className={fr.cx('fr-text--sm')}>{t.pendingRequests(space.pendingRequests)}</p>
      ) : null}
      <ApiErrorAlert error={update.error} />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--sm')}>
        <li>
          <Button type="button" priority="secondary" onClick={onEdit}>
            {t.edit}
          </Button>
        </li>
        <li>
          <Button
            type="button"
            priority="tertiary"
            disabled={update.isPending}
            onClick={() => update.mutate({ archived: !space.archived })}
          >
            {space.archived ? t.unarchive : t.archive}
          </Button>
        </li>
      </ul>
    </>
  );
}
