// How a resolved notification reads: its sentence, the actor as the reader may see them, the object's title and
// excerpt, and the web path it leads to. Shared by the app's list and the e-mails.
import type { Lang } from '../../../common/errors.ts';
import { type NotificationKind, notificationKindLabels } from '../../../common/network-terms.ts';
import type { MemberRef } from '../../../common/schemas/network.ts';
import type { NotificationView } from '../../../common/schemas/network-notifications.ts';
import { plainExcerpt } from '../core/markdown.ts';
import { presentLabel, presentMemberRef } from '../core/present.ts';
import type { ResolvedNotification } from './notifications.repo.ts';

const someone = { fr: 'Un membre', en: 'A member' } as const;

/** Where the notification leads in the web app. */
export function notificationLink(row: ResolvedNotification): string {
  switch (row.object_type) {
    case 'post':
      return `/reseau/publications/${row.object_id}`;
    case 'comment':
      return `/reseau/publications/${row.post_id}#commentaire-${row.object_id}`;
    case 'space':
      return row.space_kind === 'deal_room' ? `/reseau/salles/${row.object_id}` : `/reseau/espaces/${row.object_id}`;
    case 'request':
      return `/reseau/demandes/${row.object_id}`;
    case 'conversation':
      return `/reseau/messages/${row.object_id}`;
    case 'report':
      return '/reseau/moderation';
  }
}

export function actorOf(row: ResolvedNotification): MemberRef | null {
  if (row.actor_id === null || row.actor_name === null || row.actor_audience === null) return null;
  return presentMemberRef({
    id: row.actor_id,
    name: row.actor_name,
    audience: row.actor_audience,
    organisation: row.actor_organisation ?? '',
    verified_at: row.actor_verified_at,
  });
}

const kindLabel = (kind: string, lang: Lang): string =>
  notificationKindLabels[kind as NotificationKind]?.[lang] ?? (lang === 'fr' ? 'a agi' : 'did something');

/** "Marie Dupont vous a mentionné", or "Un membre vous a mentionné" when the actor is not in the reader's directory. */
export function notificationSentence(row: ResolvedNotification, lang: Lang): string {
  return `${actorOf(row)?.name ?? someone[lang]} ${kindLabel(row.kind, lang)}`;
}

export function presentNotification(row: ResolvedNotification, lang: Lang): NotificationView {
  const title = row.title?.trim() ? row.title.trim() : null;
  const excerpt = row.body ? plainExcerpt(row.body, 160) : '';
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    text: notificationSentence(row, lang),
    actor: actorOf(row),
    object: {
      type: row.object_type,
      id: row.object_id,
      title,
      excerpt: excerpt === '' ? null : excerpt,
      label: presentLabel(row.level, row.tlp, lang),
    },
    link: notificationLink(row),
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
  };
}

/** The audit log's name for the object (a room is a 'deal_room', as the rooms' own reads record it). */
export function auditType(row: ResolvedNotification): string {
  return row.object_type === 'space' && row.space_kind === 'deal_room' ? 'deal_room' : row.object_type;
}
