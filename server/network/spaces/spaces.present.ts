// What the viewer is in a space and may do there, and the space as the API shows it. The standing mirrors
// core/context.ts `spaceAccess` (one rule): space moderators are agents who are owners or moderators; global
// moderators moderate everywhere; deal rooms are managed by their agents under /deal-rooms.
import type { Lang } from '../../../common/errors.ts';
import type { Sector } from '../../../common/network-terms.ts';
import type { SpaceAbilities, SpaceMember, SpaceSummary } from '../../../common/schemas/network-spaces.ts';
import type { Viewer } from '../../access/viewer.ts';
import { isAgent, isGlobalModerator } from '../core/context.ts';
import { presentLabel, presentMemberRef } from '../core/present.ts';
import type { SpaceMemberRow } from './spaces.members.repo.ts';
import type { SpaceRow } from './spaces.repo.ts';

export interface Standing {
  /** A member of the community (or, for a deal room the viewer can see, of its compartment). */
  isMember: boolean;
  /** Owner or moderator agent of the space, or a global moderator: edits, moderates, invites, approves. */
  canModerate: boolean;
  /** Owner agent, or a global moderator: also changes roles and removes owners. */
  ownerRights: boolean;
}

export function standing(viewer: Viewer, row: Pick<SpaceRow, 'kind' | 'role' | 'state'>): Standing {
  if (row.kind === 'deal_room') {
    // Seeing a room means being in its compartment (level 3); its agents manage it under /deal-rooms.
    return { isMember: true, canModerate: isAgent(viewer), ownerRights: false };
  }
  const isMember = row.state === 'member';
  const global = isGlobalModerator(viewer);
  const agentMember = isMember && isAgent(viewer);
  return {
    isMember,
    canModerate: global || (agentMember && row.role !== 'member'),
    ownerRights: global || (agentMember && row.role === 'owner'),
  };
}

export function spaceAbilities(viewer: Viewer, row: SpaceRow, roomOpen = true): SpaceAbilities {
  const archived = row.archived_at !== null;
  const st = standing(viewer, row);
  if (row.kind === 'deal_room') {
    return {
      join: false,
      requestToJoin: false,
      leave: false,
      post: !archived && roomOpen,
      moderate: st.canModerate,
      edit: false,
      invite: false,
    };
  }
  const lastOwner = row.role === 'owner' && row.state === 'member' && row.owner_count <= 1;
  return {
    join: !archived && (row.state === 'invited' || (row.state === null && row.membership === 'open')),
    requestToJoin: !archived && row.state === null && row.membership === 'request',
    leave: row.state === 'member' && !lastOwner,
    post: st.isMember && !archived,
    moderate: st.canModerate,
    edit: st.canModerate,
    invite: st.canModerate && !archived,
  };
}

export function presentSpace(
  viewer: Viewer,
  row: SpaceRow,
  lang: Lang,
  room?: { open: boolean; memberCount: number },
): SpaceSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    country: row.country,
    sector: row.sector as Sector | null,
    label: presentLabel(row.level, row.tlp, lang),
    defaultLabel: presentLabel(row.default_level, row.default_tlp, lang),
    membership: row.membership,
    memberCount: room ? room.memberCount : Number(row.member_count),
    role: row.role,
    state: row.state,
    archived: row.archived_at !== null,
    createdAt: row.created_at.toISOString(),
    abilities: spaceAbilities(viewer, row, room?.open ?? true),
  };
}

/** A member row with what the viewer may do to it. `ownerCount`: owners who are members of the space. */
export function presentSpaceMember(
  viewer: Viewer,
  st: Standing,
  row: SpaceMemberRow,
  ownerCount: number,
  community: boolean,
): SpaceMember {
  const self = row.id === viewer.userId;
  const lastOwner = row.role === 'owner' && row.state === 'member' && ownerCount <= 1;
  const approve = community && ((row.state === 'requested' && st.canModerate) || (row.state === 'invited' && self));
  const changeRole = community && st.ownerRights && row.state === 'member';
  const removeOther = st.canModerate && (row.role !== 'owner' || st.ownerRights);
  return {
    ...presentMemberRef(row),
    role: row.role,
    state: row.state,
    since: row.since.toISOString(),
    abilities: { approve, changeRole, remove: community && !lastOwner && (self || removeOther) },
  };
}
