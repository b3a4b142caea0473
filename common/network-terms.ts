// The network's closed vocabularies with their French and English labels, free of TypeBox so the web app
// imports them as plain data. Sectors are the portal's (one list for the whole platform).
import type { Labels } from './portal-terms.ts';

export { SECTORS, type Sector, sectorLabels } from './portal-terms.ts';

export const SPACE_KINDS = ['country', 'sector', 'theme'] as const;
export type CommunityKind = (typeof SPACE_KINDS)[number];
export const spaceKindLabels: Labels<CommunityKind | 'deal_room'> = {
  country: { fr: 'Pays', en: 'Country' },
  sector: { fr: 'Secteur', en: 'Sector' },
  theme: { fr: 'Thème', en: 'Theme' },
  deal_room: { fr: 'Salle de projet', en: 'Deal room' },
};

export const SPACE_MEMBERSHIPS = ['open', 'request', 'invitation'] as const;
export type SpaceMembershipPolicy = (typeof SPACE_MEMBERSHIPS)[number];
export const spaceMembershipLabels: Labels<SpaceMembershipPolicy> = {
  open: { fr: 'Ouvert : chacun peut rejoindre', en: 'Open: anyone may join' },
  request: { fr: 'Sur demande, acceptée par un modérateur', en: 'On request, approved by a moderator' },
  invitation: { fr: 'Sur invitation seulement', en: 'By invitation only' },
};

export const SPACE_ROLES = ['owner', 'moderator', 'member'] as const;
export type SpaceRole = (typeof SPACE_ROLES)[number];
export const spaceRoleLabels: Labels<SpaceRole> = {
  owner: { fr: 'Propriétaire', en: 'Owner' },
  moderator: { fr: 'Modérateur', en: 'Moderator' },
  member: { fr: 'Membre', en: 'Member' },
};

export const REACTION_KINDS = ['like', 'thanks', 'insightful', 'support'] as const;
export type Reaction = (typeof REACTION_KINDS)[number];
export const reactionLabels: Labels<Reaction> = {
  like: { fr: 'J’aime', en: 'Like' },
  thanks: { fr: 'Merci', en: 'Thanks' },
  insightful: { fr: 'Éclairant', en: 'Insightful' },
  support: { fr: 'Je soutiens', en: 'Support' },
};

export const REQUEST_STATUSES = ['new', 'triaged', 'routed', 'in_progress', 'closed'] as const;
export type FrontOfficeStatus = (typeof REQUEST_STATUSES)[number];
export const requestStatusLabels: Labels<FrontOfficeStatus> = {
  new: { fr: 'Nouvelle', en: 'New' },
  triaged: { fr: 'Triée', en: 'Triaged' },
  routed: { fr: 'Orientée', en: 'Routed' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  closed: { fr: 'Close', en: 'Closed' },
};

/**
 * Service targets, the same for every request whatever its amount or country: a first triage within two working
 * days, routing within five (in hours of calendar time, kept simple and stated as such in the UI).
 */
export const FRONT_OFFICE_TARGETS = { triageHours: 48, routeHours: 120 } as const;

/** Partner organisations a request can be routed to, by organisation kind. */
export const ROUTABLE_ORGANISATION_KINDS = ['public_body', 'association', 'diplomatic_post', 'ministry'] as const;

export const REPORT_REASONS = ['spam', 'abuse', 'confidential', 'off_topic', 'other'] as const;
export type ReportReasonCode = (typeof REPORT_REASONS)[number];
export const reportReasonLabels: Labels<ReportReasonCode> = {
  spam: { fr: 'Indésirable ou publicité', en: 'Spam or advertising' },
  abuse: { fr: 'Propos abusifs ou injurieux', en: 'Abusive or insulting' },
  confidential: {
    fr: 'Information trop sensible pour ce niveau',
    en: 'Information too sensitive for this level',
  },
  off_topic: { fr: 'Hors sujet', en: 'Off topic' },
  other: { fr: 'Autre motif', en: 'Other reason' },
};

export const NOTIFICATION_KINDS = [
  'mention',
  'comment',
  'reaction',
  'space_invitation',
  'space_request',
  'space_approved',
  'deal_room_added',
  'request_created',
  'request_assigned',
  'request_routed',
  'request_status',
  'message',
  'report',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationKindLabels: Labels<NotificationKind> = {
  mention: { fr: 'vous a mentionné', en: 'mentioned you' },
  comment: { fr: 'a commenté votre publication', en: 'commented on your post' },
  reaction: { fr: 'a réagi à votre publication', en: 'reacted to your post' },
  space_invitation: { fr: 'vous invite dans un espace', en: 'invited you to a space' },
  space_request: { fr: 'demande à rejoindre un espace', en: 'asks to join a space' },
  space_approved: { fr: 'a accepté votre demande d’adhésion', en: 'approved your request to join' },
  deal_room_added: { fr: 'vous a ajouté à une salle de projet', en: 'added you to a deal room' },
  request_created: { fr: 'a déposé une demande', en: 'filed a request' },
  request_assigned: { fr: 'vous a confié une demande', en: 'assigned a request to you' },
  request_routed: { fr: 'a orienté une demande', en: 'routed a request' },
  request_status: { fr: 'a changé le statut d’une demande', en: 'changed the status of a request' },
  message: { fr: 'vous a écrit', en: 'wrote to you' },
  report: { fr: 'a signalé un contenu', en: 'reported content' },
};

export const EMAIL_MODES = ['off', 'immediate', 'daily'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
export const emailModeLabels: Labels<EmailMode> = {
  off: { fr: 'Aucun courriel', en: 'No e-mail' },
  immediate: { fr: 'Un courriel à chaque notification', en: 'One e-mail per notification' },
  daily: { fr: 'Un résumé par jour', en: 'A daily digest' },
};

/** Languages a member can list on their profile (ISO 639-1). */
export const PROFILE_LANGUAGES = [
  'fr',
  'en',
  'es',
  'de',
  'it',
  'pt',
  'ar',
  'zh',
  'ru',
  'ja',
  'ko',
  'hi',
  'tr',
  'nl',
  'pl',
  'sw',
  'vi',
  'id',
  'fa',
  'he',
] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];
export const languageLabels: Labels<ProfileLanguage> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
  es: { fr: 'Espagnol', en: 'Spanish' },
  de: { fr: 'Allemand', en: 'German' },
  it: { fr: 'Italien', en: 'Italian' },
  pt: { fr: 'Portugais', en: 'Portuguese' },
  ar: { fr: 'Arabe', en: 'Arabic' },
  zh: { fr: 'Chinois', en: 'Chinese' },
  ru: { fr: 'Russe', en: 'Russian' },
  ja: { fr: 'Japonais', en: 'Japanese' },
  ko: { fr: 'Coréen', en: 'Korean' },
  hi: { fr: 'Hindi', en: 'Hindi' },
  tr: { fr: 'Turc', en: 'Turkish' },
  nl: { fr: 'Néerlandais', en: 'Dutch' },
  pl: { fr: 'Polonais', en: 'Polish' },
  sw: { fr: 'Swahili', en: 'Swahili' },
  vi: { fr: 'Vietnamien', en: 'Vietnamese' },
  id: { fr: 'Indonésien', en: 'Indonesian' },
  fa: { fr: 'Persan', en: 'Persian' },
  he: { fr: 'Hébreu', en: 'Hebrew' },
};

/** Attachments: at most this size, of these types (checked by content, not by name). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'text/markdown': ['md'],
} as const satisfies Record<string, readonly string[]>;
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;
