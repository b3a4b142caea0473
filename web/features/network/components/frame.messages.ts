// The network's shared frame: its navigation, the sign-in gate's words, and the confidentiality banner.
const fr = {
  navLabel: 'Navigation du réseau',
  nav: {
    feed: 'Fil',
    spaces: 'Espaces',
    dealRooms: 'Salles de projet',
    requests: 'Demandes',
    messages: 'Messages',
    notifications: 'Notifications',
    members: 'Annuaire',
    search: 'Recherche',
    moderation: 'Modération',
    audit: 'Journal d’audit',
  },
  breadcrumbNetwork: 'Réseau',
  inactiveTitle: 'Votre compte n’a pas accès au réseau',
  inactiveText:
    'Le réseau est ouvert aux membres dont le compte est actif : adresse vérifiée, compte non désactivé, invitation de partenaire non échue. Contactez l’agent qui vous a invité.',
  bannerLabel: 'Niveau de confidentialité',
  readers: 'Lecteurs',
  unread: (n: number) => (n === 1 ? '1 non lue' : `${n} non lues`),
};

const en: typeof fr = {
  navLabel: 'Network navigation',
  nav: {
    feed: 'Feed',
    spaces: 'Spaces',
    dealRooms: 'Deal rooms',
    requests: 'Requests',
    messages: 'Messages',
    notifications: 'Notifications',
    members: 'Directory',
    search: 'Search',
    moderation: 'Moderation',
    audit: 'Audit log',
  },
  breadcrumbNetwork: 'Network',
  inactiveTitle: 'Your account has no access to the network',
  inactiveText:
    'The network is open to members whose account is active: verified address, not deactivated, partner invitation not expired. Contact the agent who invited you.',
  bannerLabel: 'Confidentiality level',
  readers: 'Readers',
  unread: (n: number) => `${n} unread`,
};

export const frameMessages = { fr, en };
