// The export portal's landing page: the six-step journey, what the portal gathers, and what members get.
const fr = {
  title: 'Portail de l’export',
  lead: 'Le portail réunit en un seul endroit l’offre publique d’accompagnement à l’international, organisée selon le parcours de l’export : de la première question à une présence durable à l’étranger.',
  status:
    'Cette page présente le portail. Le catalogue des offres, les annuaires, l’agenda et l’autodiagnostic ouvrent au fil des prochaines versions de la plateforme.',
  journeyTitle: 'Le parcours de l’export en six étapes',
  journeyIntro: 'Chaque étape présente les offres de service qui y répondent et les contacts à solliciter.',
  steps: [
    { name: 'Diagnostic export', text: 'Évaluer la capacité de l’entreprise à exporter et ses points à renforcer.' },
    {
      name: 'S’informer',
      text: 'Connaître les marchés, les réglementations, les secteurs porteurs et les sources fiables.',
    },
    { name: 'Bâtir une stratégie', text: 'Choisir ses pays cibles, son mode d’entrée et son plan de financement.' },
    {
      name: 'Prospecter',
      text: 'Rencontrer des clients et des partenaires : salons, délégations, rendez-vous d’affaires.',
    },
    {
      name: 'Gérer ses exportations et ses approvisionnements',
      text: 'Sécuriser les paiements, l’assurance-crédit, la logistique et la douane.',
    },
    {
      name: 'Développer sa présence internationale',
      text: 'S’implanter, recruter à l’étranger, notamment en Volontariat international en entreprise (VIE).',
    },
  ],
  offerTitle: 'Ce que le portail rassemble',
  offer: [
    'Le catalogue des offres d’appui des organismes publics (Bpifrance, Coface, Business France, CCI, CCI International, CCEF), avec une recherche en français et des filtres par étape, organisme, type, région, pays, secteur et gratuité.',
    'Les partenaires de la Team France Export et des régions, avec un annuaire régional des contacts et des sites export de chaque région.',
    'Un annuaire par pays : sources d’information, contacts des réseaux de l’État et des partenaires, données de base, secteurs et actualités.',
    'Un agenda des salons, délégations et webinaires (abonnement iCal) et les actualités de l’export.',
    'Une ligne directe export : votre demande est transmise aux bonnes personnes et suivie jusqu’à sa réponse.',
    'Un autodiagnostic de votre capacité à exporter, avec un score par dimension et des recommandations qui renvoient vers les étapes et les offres utiles.',
  ],
  membersTitle: 'Avec un compte entreprise',
  members: [
    'Figurer dans l’annuaire des entreprises exportatrices.',
    'Être mis en relation avec des sociétés de négoce et des partenaires.',
    'Publier et consulter des offres de VIE, missions de 6 à 24 mois à l’étranger pour des jeunes.',
    'Suivre vos demandes d’accompagnement et vos projets dans des salles de projet confidentielles.',
  ],
  ctaText: 'Le compte entreprise est gratuit. Il suffit d’une adresse électronique professionnelle.',
  ctaSignUp: 'Créer un compte entreprise',
  ctaSignIn: 'J’ai déjà un compte',
};
const en: typeof fr = {
  title: 'Export portal',
  lead: 'The portal brings together, in one place, the public support available to companies going international, organised along the export journey: from the first question to a lasting presence abroad.',
  status:
    'This page presents the portal. The catalogue of offers, the directories, the agenda and the self-assessment open with the next versions of the platform.',
  journeyTitle: 'The export journey in six steps',
  journeyIntro: 'Each step shows the service offers that answer it and the contacts to reach.',
  steps: [
    { name: 'Export diagnostic', text: 'Assess the company’s capacity to export and what it needs to strengthen.' },
    { name: 'Get informed', text: 'Learn about markets, regulations, promising sectors and reliable sources.' },
    { name: 'Build a strategy', text: 'Choose target countries, the way to enter them and how to fund it.' },
    { name: 'Prospect', text: 'Meet customers and partners: trade fairs, delegations, business meetings.' },
    {
      name: 'Manage exports and supplies',
      text: 'Secure payments, credit insurance, logistics and customs.',
    },
    {
      name: 'Develop an international presence',
      text: 'Set up abroad and recruit there, including through the international volunteer programme (VIE).',
    },
  ],
  offerTitle: 'What the portal brings together',
  offer: [
    'The catalogue of support offers from public bodies (Bpifrance, Coface, Business France, CCI, CCI International, CCEF), searchable in French and filtered by step, provider, type, region, country, sector and whether it is free.',
    'The partners of Team France Export and the regions, with a regional directory of contacts and of each region’s export website.',
    'A country directory: information sources, contacts of the State networks and partners, basic data, sectors and news.',
    'An agenda of trade fairs, delegations and webinars (iCal feed) and export news.',
    'An export hotline: your request goes to the right people and is followed until it is answered.',
    'A self-assessment of your capacity to export, with a score per dimension and recommendations pointing to the relevant steps and offers.',
  ],
  membersTitle: 'With a company account',
  members: [
    'Appear in the directory of exporting companies.',
    'Be matched with trading companies and partners.',
    'Post and browse VIE offers, 6 to 24 month missions abroad for young people.',
    'Follow your support requests and projects in confidential deal rooms.',
  ],
  ctaText: 'A company account is free. All it takes is a work e-mail address.',
  ctaSignUp: 'Create a company account',
  ctaSignIn: 'I already have an account',
};
export const portalMessages = { fr, en };
