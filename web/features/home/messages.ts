// The home page: what the platform is and what each of its three areas does, for whom.
const fr = {
  title: 'Accueil',
  heading: 'Diplomatie, la plateforme numérique de la diplomatie d’influence et de l’appui à l’export',
  lead: 'Un seul service, un seul compte, trois espaces : mesurer l’influence des comptes diplomatiques sur les réseaux sociaux, accompagner les entreprises à l’international et relier les agents publics aux partenaires qui comptent pour le rayonnement du pays.',
  areasTitle: 'Trois espaces',
  areas: [
    {
      key: 'observatory',
      title: 'Observatoire de l’influence',
      audience: 'Pour les équipes de communication numérique, les analystes et le public',
      description:
        'Un registre des acteurs diplomatiques et de leurs comptes (X, Mastodon, Bluesky, Facebook, LinkedIn…), un indice d’influence à la méthode ouverte, des classements de pays et de comptes, une console par pays et une veille pour les crises.',
    },
    {
      key: 'portal',
      title: 'Portail de l’export',
      audience: 'Pour les entreprises qui veulent exporter',
      description:
        'Le parcours de l’export en six étapes, du diagnostic à la présence internationale, avec le catalogue des offres d’appui publiques (Bpifrance, Business France, CCI, Coface…), les annuaires régionaux et par pays, l’agenda et une ligne directe export.',
    },
    {
      key: 'network',
      title: 'Réseau « Diplomatie »',
      audience: 'Pour les agents publics et leurs partenaires',
      description:
        'Un réseau professionnel sécurisé entre environ 15 000 agents (ministère, ambassades, consulats, opérateurs) et 15 000 acteurs extérieurs : espaces thématiques, messagerie, salles de projet confidentielles et niveaux de confidentialité sur tout ce qui est partagé.',
    },
  ],
  whoTitle: 'À qui s’adresse Diplomatie ?',
  who: [
    { who: 'Visiteurs et entreprises', what: 'Le portail de l’export et les classements publics, sans compte.' },
    {
      who: 'Entreprises inscrites',
      what: 'L’annuaire des exportateurs, la mise en relation, les offres de VIE, les demandes d’accompagnement et les salles de projet.',
    },
    {
      who: 'Agents publics',
      what: 'Le réseau, le « front office » des ambassades, la console de l’observatoire et l’édition du portail.',
    },
    {
      who: 'Partenaires',
      what: 'Conseillers du commerce extérieur, experts, ONG : le réseau, sur invitation d’un agent et pour une durée définie.',
    },
    {
      who: 'Équipes de communication et analystes',
      what: 'La console de l’observatoire, la veille et les exports de données.',
    },
  ],
  openTitle: 'Une plateforme ouverte',
  open: [
    'Code source libre, pour que tout ministère puisse l’exploiter.',
    'Une méthode de mesure de l’influence publiée : chaque score montre sa décomposition.',
    'Conçue en français d’abord, disponible en anglais, accessible et conforme au Système de design de l’État.',
  ],
  ctaTitle: 'Votre entreprise veut exporter ?',
  ctaText:
    'Créez un compte entreprise pour retrouver l’annuaire des exportateurs, la mise en relation et les offres de VIE à mesure qu’elles ouvrent. Agents publics : connectez-vous avec ProConnect ou avec l’invitation reçue.',
  ctaSignUp: 'Créer un compte entreprise',
  ctaSignIn: 'Se connecter',
};
const en: typeof fr = {
  title: 'Home',
  heading: 'Diplomatie, the digital platform for public diplomacy and export support',
  lead: 'One service, one account, three areas: measure the influence of diplomatic accounts on social networks, support companies abroad, and connect public agents with the partners who matter for the country’s influence.',
  areasTitle: 'Three areas',
  areas: [
    {
      key: 'observatory',
      title: 'Influence observatory',
      audience: 'For digital communication teams, analysts and the public',
      description:
        'A registry of diplomatic actors and their accounts (X, Mastodon, Bluesky, Facebook, LinkedIn…), an influence index with an open method, rankings of countries and accounts, a console per country and monitoring for crises.',
    },
    {
      key: 'portal',
      title: 'Export portal',
      audience: 'For companies that want to export',
      description:
        'The export journey in six steps, from the diagnostic to an international presence, with the catalogue of public support offers (Bpifrance, Business France, CCI, Coface…), regional and country directories, the agenda and an export hotline.',
    },
    {
      key: 'network',
      title: '“Diplomatie” network',
      audience: 'For public agents and their partners',
      description:
        'A secure professional network between about 15,000 agents (ministry, embassies, consulates, public operators) and 15,000 outside actors: thematic spaces, messages, confidential deal rooms and confidentiality levels on everything shared.',
    },
  ],
  whoTitle: 'Who is Diplomatie for?',
  who: [
    { who: 'Visitors and companies', what: 'The export portal and the public rankings, without an account.' },
    {
      who: 'Registered companies',
      what: 'The exporters’ directory, matchmaking, VIE job offers, support requests and deal rooms.',
    },
    {
      who: 'Public agents',
      what: 'The network, the embassies’ “front office”, the observatory console and editing the portal.',
    },
    {
      who: 'Partners',
      what: 'Foreign-trade advisers, experts, NGOs: the network, invited by an agent for a set period.',
    },
    { who: 'Communication teams and analysts', what: 'The observatory console, monitoring and data exports.' },
  ],
  openTitle: 'An open platform',
  open: [
    'Open-source code, so that any ministry can run it.',
    'A published method for measuring influence: every score shows its breakdown.',
    'French first, available in English, accessible and built with the French State design system.',
  ],
  ctaTitle: 'Does your company want to export?',
  ctaText:
    'Create a company account to use the exporters’ directory, matchmaking and VIE offers as they open. Public agents: sign in with ProConnect or with the invitation you received.',
  ctaSignUp: 'Create a company account',
  ctaSignIn: 'Sign in',
};
export const homeMessages = { fr, en };
