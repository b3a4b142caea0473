// Notifications: the page (list, mark read, e-mail settings) and the bell in the header.
const fr = {
  title: 'Notifications',
  lead: 'Ce qui vous concerne sur le réseau. Une notification dont le contenu ne vous est plus accessible disparaît d’elle-même.',
  listTitle: 'Vos notifications',
  onlyUnread: 'Seulement les non lues',
  markAllRead: 'Tout marquer comme lu',
  markRead: 'Marquer comme lu',
  unread: 'Non lue',
  open: 'Ouvrir',
  more: 'Notifications plus anciennes',
  none: 'Aucune notification pour le moment.',
  noneUnread: 'Aucune notification non lue.',
  unreadCount: (n: number) => (n === 0 ? 'Aucune non lue' : n === 1 ? '1 non lue' : `${n} non lues`),
  settingsTitle: 'Recevoir les notifications par courriel',
  settingsLead:
    'Les courriels ne reprennent jamais le texte des contenus réservés aux agents ou à diffusion restreinte : ils indiquent seulement « un contenu à diffusion restreinte » avec un lien.',
  emailMode: 'Courriels',
  digestHour: 'Heure du résumé quotidien (heure de Paris)',
  hour: (h: number) => `${String(h).padStart(2, '0')} h`,
  save: 'Enregistrer',
  saved: 'Vos préférences de courriel sont enregistrées.',
};

const en: typeof fr = {
  title: 'Notifications',
  lead: 'What concerns you on the network. A notification whose content you can no longer open disappears by itself.',
  listTitle: 'Your notifications',
  onlyUnread: 'Unread only',
  markAllRead: 'Mark all as read',
  markRead: 'Mark as read',
  unread: 'Unread',
  open: 'Open',
  more: 'Older notifications',
  none: 'No notifications yet.',
  noneUnread: 'No unread notifications.',
  unreadCount: (n: number) => (n === 0 ? 'None unread' : `${n} unread`),
  settingsTitle: 'Receive notifications by e-mail',
  settingsLead:
    'E-mails never carry the text of agents-only or restricted items: they only say “a restricted item” with a link.',
  emailMode: 'E-mails',
  digestHour: 'Hour of the daily digest (Paris time)',
  hour: (h: number) => `${String(h).padStart(2, '0')}:00`,
  save: 'Save',
  saved: 'Your e-mail preferences are saved.',
};

export const notificationsMessages = { fr, en };
