// Words of the header, footer and shared pages.
const fr = {
  serviceTitle: 'Diplomatie',
  serviceTagline: 'Observatoire de l’influence, portail de l’export et réseau professionnel',
  homeLinkTitle: 'Accueil – Diplomatie',
  navLabel: 'Menu principal',
  navHome: 'Accueil',
  navObservatory: 'Observatoire',
  navPortal: 'Portail de l’export',
  navNetwork: 'Réseau',
  signIn: 'Se connecter',
  signUp: 'Créer un compte',
  account: 'Mon compte',
  signOut: 'Se déconnecter',
  skipToContent: 'Contenu',
  skipToFooter: 'Pied de page',
  footerDescription:
    'Diplomatie est une plateforme libre de diplomatie numérique et d’appui à l’export : un observatoire de l’influence des comptes diplomatiques sur les réseaux sociaux, un portail de l’export pour les entreprises et un réseau professionnel sécurisé entre agents publics et partenaires.',
  notFoundTitle: 'Page non trouvée',
  notFoundError: 'Erreur 404',
  notFoundLead: 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
  notFoundHelp:
    'Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible.',
  notFoundHome: 'Page d’accueil',
  routeErrorTitle: 'Cette page n’a pas pu s’afficher',
  routeErrorLead: 'Une nouvelle version de l’application a peut-être été publiée : rechargez la page.',
  reload: 'Recharger la page',
  accessibilityTitle: 'Accessibilité',
  accessibilityLead:
    'Diplomatie s’engage à rendre ses services accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005 et au référentiel général d’amélioration de l’accessibilité (RGAA 4).',
  accessibilityStatusTitle: 'État de conformité',
  accessibilityStatus:
    'Diplomatie est partiellement conforme avec le RGAA 4 : aucun audit complet n’a encore été réalisé. Chaque page est vérifiée automatiquement (axe-core, critères WCAG 2 A et AA) dans les tests de bout en bout, en thème clair comme en thème sombre.',
  accessibilityTechTitle: 'Technologies utilisées',
  accessibilityTech:
    'HTML, CSS et JavaScript, avec le Système de design de l’État (DSFR). L’interface est disponible en français et en anglais, en thème clair ou sombre.',
  accessibilityContactTitle: 'Retour d’information',
  accessibilityContact:
    'Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’équipe qui exploite cette instance pour être orienté vers une alternative accessible.',
};
const en: typeof fr = {
  serviceTitle: 'Diplomatie',
  serviceTagline: 'Influence observatory, export portal and professional network',
  homeLinkTitle: 'Home – Diplomatie',
  navLabel: 'Main menu',
  navHome: 'Home',
  navObservatory: 'Observatory',
  navPortal: 'Export portal',
  navNetwork: 'Network',
  signIn: 'Sign in',
  signUp: 'Create an account',
  account: 'My account',
  signOut: 'Sign out',
  skipToContent: 'Content',
  skipToFooter: 'Footer',
  footerDescription:
    'Diplomatie is an open-source platform for digital diplomacy and export support: an observatory of the influence of diplomatic accounts on social networks, an export portal for companies and a secure professional network between public agents and partners.',
  notFoundTitle: 'Page not found',
  notFoundError: 'Error 404',
  notFoundLead: 'The page you are looking for cannot be found. We apologise for the inconvenience.',
  notFoundHelp:
    'If you typed the web address in the browser, check that it is correct. The page may no longer be available.',
  notFoundHome: 'Home page',
  routeErrorTitle: 'This page could not be displayed',
  routeErrorLead: 'A new version of the application may have been published: reload the page.',
  reload: 'Reload the page',
  accessibilityTitle: 'Accessibility',
  accessibilityLead:
    'Diplomatie is committed to making its services accessible, in line with article 47 of French law no. 2005-102 of 11 February 2005 and the French accessibility framework (RGAA 4).',
  accessibilityStatusTitle: 'Compliance status',
  accessibilityStatus:
    'Diplomatie is partially compliant with RGAA 4: no full audit has been carried out yet. Every page is checked automatically (axe-core, WCAG 2 A and AA criteria) in the end-to-end tests, in both the light and the dark theme.',
  accessibilityTechTitle: 'Technologies used',
  accessibilityTech:
    'HTML, CSS and JavaScript, with the French State design system (DSFR). The interface is available in French and English, in a light or dark theme.',
  accessibilityContactTitle: 'Feedback',
  accessibilityContact:
    'If you cannot access some content or service, contact the team that runs this instance to be directed to an accessible alternative.',
};
export const layoutMessages = { fr, en };
