// The people, communities and written posts of the small network (small.ts assembles them). Keys name members
// and spaces; 'admin', 'agent', 'partner' and 'company' are the demo accounts of server/seed/demo.ts.
import type { Audience, Role } from '../../db/schema.ts';

export interface SmallMember {
  key: string;
  /** E-mail of an existing demo account this entry describes. */
  demo?: string;
  email?: string;
  name: string;
  audience: Audience;
  organisation: string;
  roles?: Role[];
  title: string;
  country: string | null;
  sectors: string[];
  expertise: string[];
  languages?: string[];
  bio?: string;
  publicProfile?: boolean;
  verified?: boolean;
}

const MALI = 'Ambassade de France au Mali';
const RIYADH = 'Ambassade de France en Arabie saoudite';
const MINISTRY = 'Ministère de l’Europe et des Affaires étrangères';

export const MEMBERS: SmallMember[] = [
  {
    key: 'admin',
    demo: 'admin@diplomatie.test',
    name: 'Camille Administratrice',
    audience: 'agent',
    organisation: MINISTRY,
    title: 'Administratrice de la plateforme',
    country: 'FR',
    sectors: [],
    expertise: ['modération', 'diplomatie économique'],
  },
  {
    key: 'agent',
    demo: 'agent@diplomatie.test',
    name: 'Jean Agent',
    audience: 'agent',
    organisation: MALI,
    title: 'Conseiller économique',
    country: 'ML',
    sectors: ['energy', 'agri_food'],
    expertise: ['financement de projets', 'énergie solaire', 'Afrique de l’Ouest'],
    bio: 'Conseiller économique à Bamako : énergie, eau, agro-industrie. Je reçois les entreprises sur rendez-vous.',
  },
  {
    key: 'partner',
    demo: 'partenaire@diplomatie.test',
    name: 'Awa Partenaire',
    audience: 'partner',
    organisation: 'Conseillers du commerce extérieur – section Mali',
    title: 'Conseillère du commerce extérieur',
    country: 'ML',
    sectors: ['agri_food', 'business_services'],
    expertise: ['droit OHADA', 'partenariats locaux'],
  },
  {
    key: 'company',
    demo: 'entreprise@diplomatie.test',
    name: 'Claire Entreprise',
    audience: 'company',
    organisation: 'Atelier Lumière SAS',
    title: 'Directrice export',
    country: 'FR',
    sectors: ['energy', 'construction_urban'],
    expertise: ['éclairage public', 'lampadaires solaires'],
    publicProfile: true,
  },
  agent('sophie', 'Sophie Martin', MALI, 'Cheffe du service économique', 'ML', ['energy', 'environment_water']),
  agent('julien', 'Julien Moreau', MALI, 'Attaché commercial', 'ML', ['agri_food', 'business_services']),
  agent('mariam', 'Mariam Coulibaly', MALI, 'Chargée de mission entreprises', 'ML', ['agri_food']),
  agent('nicolas', 'Nicolas Garnier', RIYADH, 'Chef du service économique', 'SA', ['health', 'energy']),
  agent('antoine', 'Antoine Lefèvre', RIYADH, 'Conseiller économique', 'SA', ['transport_mobility', 'tourism_sport']),
  agent('claireD', 'Claire Dubois', RIYADH, 'Attachée santé', 'SA', ['health']),
  agent('helene', 'Hélène Roussel', RIYADH, 'Chargée de mission Vision 2030', 'SA', ['construction_urban']),
  agent('pierre', 'Pierre Lambert', MINISTRY, 'Chef du bureau de la diplomatie économique', 'FR', [
    'business_services',
  ]),
  agent('isabelle', 'Isabelle Mercier', MINISTRY, 'Rédactrice Afrique de l’Ouest', 'FR', ['energy', 'agri_food']),
  agent('romain', 'Romain Chevalier', MINISTRY, 'Chargé de mission entreprises', 'FR', ['digital_tech']),
  { ...agent('yann', 'Yann Le Gall', MINISTRY, 'Modérateur du réseau', 'FR', []), roles: ['moderator'] },
  agent('laure', 'Laure Fontaine', 'Business France', 'Conseillère export Afrique de l’Ouest', 'ML', ['energy']),
  agent('maxime', 'Maxime Girard', 'Business France', 'Chef de zone Golfe', 'SA', ['energy', 'health']),
  agent('elodie', 'Élodie Perrin', 'Business France', 'Conseillère agroalimentaire', 'FR', [
    'agri_food',
    'wine_spirits',
  ]),
  agent('guillaume', 'Guillaume Robin', 'Bpifrance', 'Chargé d’affaires international', 'FR', ['energy']),
  agent('sandrine', 'Sandrine Faure', 'CCI France International', 'Responsable réseau Afrique', 'FR', [
    'business_services',
  ]),
  agent('damien', 'Damien Rolland', 'Team France Export Occitanie', 'Conseiller international', 'FR', ['agri_food']),
  partner(
    'boubacar',
    'Boubacar Traoré',
    'Conseillers du commerce extérieur – section Mali',
    'Président de section',
    'ML',
  ),
  partner(
    'fatoumata',
    'Fatoumata Keïta',
    'Conseillers du commerce extérieur – section Mali',
    'Experte agro-industrie',
    'ML',
  ),
  partner(
    'oumar',
    'Oumar Sissoko',
    'Agence pour la promotion des investissements au Mali',
    'Directeur des investissements',
    'ML',
  ),
  partner(
    'amadou',
    'Amadou Diallo',
    'Agence pour la promotion des investissements au Mali',
    'Chargé des relations entreprises',
    'ML',
  ),
  partner('nathalie', 'Nathalie Bonnet', 'Femmes chefs d’entreprises', 'Déléguée générale', 'FR'),
  partner('ines', 'Inès Haddad', 'Femmes chefs d’entreprises', 'Mentor', 'FR'),
  partner(
    'faisal',
    'Faisal Al-Harbi',
    'Conseillers du commerce extérieur – section Arabie saoudite',
    'Conseiller du commerce extérieur',
    'SA',
  ),
  partner(
    'olivier',
    'Olivier Renaud',
    'Conseillers du commerce extérieur – section Arabie saoudite',
    'Avocat d’affaires',
    'SA',
  ),
  company('thomas', 'Thomas Petit', 'Atelier Lumière SAS', 'Directeur général', ['energy']),
  {
    ...company('karim', 'Karim Benali', 'Hydro Sahel Ingénierie', 'Directeur des projets', ['environment_water']),
    email: 'hydro@diplomatie.test',
  },
  company('marion', 'Marion Leroy', 'Hydro Sahel Ingénierie', 'Ingénieure d’affaires', ['environment_water']),
  company('mathieu', 'Mathieu Garcia', 'Sahel Agro Export', 'Fondateur', ['agri_food']),
  company('awaK', 'Awa Konaté', 'Sahel Agro Export', 'Responsable qualité', ['agri_food']),
  company('baptiste', 'Baptiste Roux', 'Solaris Durable SAS', 'Responsable export', ['energy']),
  company('caroline', 'Caroline Blanc', 'Médisanté Export', 'Directrice générale', ['health']),
  company('hugo', 'Hugo Lemaire', 'Médisanté Export', 'VIE développement commercial', ['health']),
  company('margaux', 'Margaux Fabre', 'Vignobles Garonne SA', 'Responsable export', ['wine_spirits']),
];

function agent(key: string, name: string, organisation: string, title: string, country: string, sectors: string[]) {
  return {
    key,
    name,
    audience: 'agent' as const,
    organisation,
    title,
    country,
    sectors,
    expertise: ['diplomatie économique', ...(country === 'FR' ? [] : ['réseau local'])],
    publicProfile: true,
  };
}

function partner(key: string, name: string, organisation: string, title: string, country: string) {
  return {
    key,
    name,
    audience: 'partner' as const,
    organisation,
    title,
    country,
    sectors: ['business_services'],
    expertise: ['partenariats locaux', 'accompagnement des PME'],
  };
}

function company(key: string, name: string, organisation: string, title: string, sectors: string[]) {
  return {
    key,
    name,
    audience: 'company' as const,
    organisation,
    title,
    country: 'FR',
    sectors,
    expertise: ['export'],
    publicProfile: false,
  };
}

export interface SmallSpace {
  key: string;
  kind: 'country' | 'sector' | 'theme';
  name: string;
  description: string;
  country?: string;
  sector?: string;
  level: 0 | 1 | 2;
  defaultLevel?: 0 | 1 | 2;
  membership: 'open' | 'request' | 'invitation';
  owner: string;
  moderators?: string[];
  members: string[];
  requested?: string[];
  invited?: string[];
}

export const SPACES: SmallSpace[] = [
  {
    key: 'mali',
    kind: 'country',
    name: 'Mali',
    description: 'Affaires, projets et contacts au Mali : énergie, eau, agro-industrie, marchés publics.',
    country: 'ML',
    level: 1,
    membership: 'open',
    owner: 'agent',
    moderators: ['sophie'],
    members: [
      'admin',
      'julien',
      'mariam',
      'laure',
      'guillaume',
      'isabelle',
      'pierre',
      'boubacar',
      'fatoumata',
      'oumar',
      'amadou',
      'partner',
      'company',
      'thomas',
      'karim',
      'marion',
      'mathieu',
      'awaK',
      'baptiste',
    ],
    requested: ['margaux'],
  },
  {
    key: 'saudi',
    kind: 'country',
    name: 'Arabie saoudite',
    description: 'Vision 2030, grands projets, santé, transports, tourisme : le réseau France–Arabie saoudite.',
    country: 'SA',
    level: 1,
    membership: 'open',
    owner: 'nicolas',
    moderators: ['antoine'],
    members: ['admin', 'pierre', 'claireD', 'helene', 'maxime', 'faisal', 'olivier', 'caroline', 'hugo', 'company'],
  },
  {
    key: 'energy',
    kind: 'sector',
    name: 'Énergie',
    description: 'Solaire, hydroélectricité, réseaux, hydrogène : projets et financements à l’export.',
    sector: 'energy',
    level: 1,
    membership: 'open',
    owner: 'laure',
    moderators: ['guillaume'],
    members: [
      'agent',
      'sophie',
      'romain',
      'maxime',
      'damien',
      'company',
      'thomas',
      'karim',
      'marion',
      'baptiste',
      'boubacar',
      'partner',
    ],
  },
  {
    key: 'agri',
    kind: 'sector',
    name: 'Agroalimentaire',
    description: 'Filières, transformation, salons et débouchés pour l’agroalimentaire français.',
    sector: 'agri_food',
    level: 0,
    defaultLevel: 1,
    membership: 'open',
    owner: 'elodie',
    members: ['mathieu', 'awaK', 'damien', 'boubacar', 'fatoumata', 'julien', 'margaux', 'sandrine', 'oumar'],
  },
  {
    key: 'women',
    kind: 'theme',
    name: 'Femmes et export',
    description: 'Entrepreneures, dirigeantes et agents : mentorat, réseaux, financements dédiés.',
    level: 1,
    membership: 'request',
    owner: 'isabelle',
    members: ['nathalie', 'ines', 'company', 'partner', 'fatoumata', 'caroline', 'awaK', 'laure', 'mariam', 'marion'],
    requested: ['margaux'],
  },
  {
    key: 'finance',
    kind: 'theme',
    name: 'Financements export',
    description: 'Assurance prospection, crédit export, garanties, prêts concessionnels : questions et retours.',
    level: 0,
    defaultLevel: 1,
    membership: 'open',
    owner: 'guillaume',
    moderators: ['sandrine'],
    members: ['pierre', 'laure', 'agent', 'damien', 'baptiste', 'company', 'karim', 'caroline', 'mathieu', 'olivier'],
  },
  {
    key: 'agents',
    kind: 'theme',
    name: 'Réseau des agents – Afrique de l’Ouest',
    description: 'Échanges internes aux agents : priorités, visites, points de vigilance.',
    level: 2,
    membership: 'invitation',
    owner: 'isabelle',
    moderators: ['agent'],
    members: ['sophie', 'julien', 'mariam', 'pierre', 'romain', 'laure', 'yann', 'admin'],
    invited: ['damien'],
  },
  {
    key: 'health',
    kind: 'sector',
    name: 'Santé et Vision 2030',
    description: 'Hôpitaux, équipements, formation : les projets de santé en Arabie saoudite.',
    country: 'SA',
    sector: 'health',
    level: 1,
    membership: 'request',
    owner: 'claireD',
    members: ['nicolas', 'maxime', 'caroline', 'hugo', 'faisal', 'admin'],
  },
];

export interface SmallPost {
  /** A community key, or 'lumiere' / 'hydro' for the deal rooms. */
  space: string;
  author: string;
  level?: 0 | 1 | 2;
  red?: boolean;
  title?: string;
  body: string;
  daysAgo: number;
  hour?: number;
  comments?: { author: string; body: string }[];
}

export const POSTS: SmallPost[] = [
  // Mali
  {
    space: 'mali',
    author: 'agent',
    title: 'Bienvenue dans la communauté Mali',
    body:
      'Bienvenue à toutes et à tous. Cet espace réunit les entreprises, les conseillers du commerce extérieur et ' +
      'les équipes de l’ambassade.\n\nLes **règles** : pas d’information sensible ici (utilisez les salles de projet), ' +
      'et un niveau de diffusion choisi pour chaque publication.',
    daysAgo: 118,
    comments: [
      { author: 'boubacar', body: 'Merci Jean, la section est ravie de participer.' },
      { author: 'company', body: 'Merci pour cet espace, très utile pour préparer nos missions.' },
    ],
  },
  {
    space: 'mali',
    author: 'sophie',
    title: 'Programme d’électrification rurale 2026',
    body:
      'Le ministère de l’Énergie a présenté le programme d’électrification rurale : **350 villages**, mini-réseaux ' +
      'solaires et extension du réseau. Les premiers appels d’offres sont attendus au deuxième trimestre.',
    daysAgo: 60,
    comments: [
      { author: 'baptiste', body: 'Les lots seront-ils accessibles aux PME ou seulement aux grands groupes ?' },
      { author: 'sophie', body: 'Des lots de taille moyenne sont prévus, nous vous tiendrons informés.' },
    ],
  },
  {
    space: 'mali',
    author: 'agent',
    level: 2,
    title: 'Note interne : déplacements vers Kayes',
    body:
      'Pour les agents : les déplacements vers Kayes restent soumis à l’accord préalable du poste. Prévenir ' +
      'Sophie au moins dix jours avant toute visite de site avec une entreprise.',
    daysAgo: 30,
  },
  {
    space: 'mali',
    author: 'boubacar',
    title: 'Petit-déjeuner des CCE : énergie solaire',
    body:
      'La section Mali des conseillers du commerce extérieur organise un petit-déjeuner sur l’énergie solaire ' +
      'jeudi prochain à Bamako. Entreprises et agents bienvenus.',
    daysAgo: 9,
    comments: [{ author: 'agent', body: 'Je viendrai avec Sophie. Merci pour l’invitation.' }],
  },
  {
    space: 'mali',
    author: 'mathieu',
    body:
      'Quelqu’un a-t-il une expérience de la certification sanitaire des produits transformés (mangue séchée) ' +
      'à l’import au Mali ? Les délais annoncés varient beaucoup.',
    daysAgo: 14,
    comments: [
      { author: 'fatoumata', body: 'Comptez six à huit semaines. Je peux vous indiquer le bon interlocuteur.' },
      { author: 'mathieu', body: 'Merci Fatoumata, je vous écris.' },
    ],
  },
  {
    space: 'mali',
    author: 'oumar',
    title: 'Code des investissements : ce qui change',
    body:
      'Le nouveau code des investissements prévoit un guichet unique et des exonérations pour les projets ' +
      'agro-industriels hors de Bamako. L’agence tient une permanence chaque mardi.',
    daysAgo: 45,
  },
  {
    space: 'mali',
    author: 'julien',
    title: 'Foire internationale de Bamako',
    body: 'Le pavillon France de la Foire internationale de Bamako aura lieu du 3 au 9 décembre. **Inscriptions ouvertes.**',
    daysAgo: 22,
  },
  {
    space: 'mali',
    author: 'mariam',
    level: 2,
    body:
      'Rappel aux agents : la demande de Sahel Agro Export est arrivée dans la file d’attente du poste, ' +
      'à trier avant jeudi.',
    daysAgo: 1,
  },
  {
    space: 'mali',
    author: 'company',
    body:
      'Atelier Lumière cherche un installateur malien pour des lampadaires solaires : expérience des marchés ' +
      'publics souhaitée. Merci pour vos recommandations.',
    daysAgo: 50,
    comments: [{ author: 'partner', body: 'Deux entreprises de Ségou pourraient vous intéresser, je vous écris.' }],
  },
  {
    space: 'mali',
    author: 'karim',
    body: 'Hydro Sahel sera à Bamako la semaine du 15 : disponibles pour rencontrer des partenaires dans l’irrigation.',
    daysAgo: 20,
  },
  // Arabie saoudite
  {
    space: 'saudi',
    author: 'nicolas',
    title: 'Vision 2030 : les priorités de l’année',
    body:
      'Santé, tourisme, transports urbains et énergies renouvelables restent les priorités. Le service économique ' +
      'publie une note de synthèse par secteur le mois prochain.',
    daysAgo: 80,
    comments: [{ author: 'caroline', body: 'Merci, la note santé nous intéresse particulièrement.' }],
  },
  {
    space: 'saudi',
    author: 'antoine',
    title: 'Métro de Riyad : sous-traitance',
    body: 'Les opérateurs du métro de Riyad cherchent des sous-traitants en maintenance et en signalisation.',
    daysAgo: 40,
  },
  {
    space: 'saudi',
    author: 'helene',
    level: 2,
    title: 'Point interne : localisation',
    body:
      'Pour les agents : les exigences de contenu local se durcissent dans les marchés publics. À prendre en ' +
      'compte dans nos conseils aux entreprises.',
    daysAgo: 18,
  },
  {
    space: 'saudi',
    author: 'faisal',
    body: 'Le salon Big 5 Saudi approche : la section CCE peut organiser des rencontres pour les entreprises françaises.',
    daysAgo: 27,
  },
  {
    space: 'saudi',
    author: 'maxime',
    title: 'Pavillon France à Riyad',
    body: 'Business France organise un pavillon France à la Semaine de l’énergie de Riyad. Dix places restantes.',
    daysAgo: 12,
    comments: [{ author: 'company', body: 'Intéressés, je vous écris pour les conditions.' }],
  },
  {
    space: 'saudi',
    author: 'olivier',
    body: 'Rappel : le recours à un agent commercial local n’est plus obligatoire dans tous les secteurs.',
    daysAgo: 33,
  },
  // Énergie
  {
    space: 'energy',
    author: 'laure',
    title: 'Bienvenue dans la communauté Énergie',
    body: 'Partagez ici vos projets, appels d’offres et questions de financement dans l’énergie.',
    daysAgo: 110,
  },
  {
    space: 'energy',
    author: 'guillaume',
    title: 'Assurance prospection : nouvelles conditions',
    body:
      'Les conditions de l’assurance prospection évoluent : avance plus rapide et quotité portée à 70 % pour les ' +
      'PME primo-exportatrices.',
    daysAgo: 55,
    comments: [
      { author: 'baptiste', body: 'Bonne nouvelle pour nos projets de mini-réseaux.' },
      { author: 'thomas', body: 'Est-ce valable pour les dépenses de réponse aux appels d’offres ?' },
      { author: 'guillaume', body: 'Oui, dans la limite du budget de prospection validé.' },
    ],
  },
  {
    space: 'energy',
    author: 'thomas',
    body: 'Atelier Lumière recrute un VIE ingénieur solaire pour l’Afrique de l’Ouest, départ en septembre.',
    daysAgo: 16,
  },
  {
    space: 'energy',
    author: 'romain',
    level: 2,
    body:
      'Pour les agents : la cellule entreprises centralise les projets solaires de plus de 10 millions d’euros ' +
      'pour préparer les visites ministérielles.',
    daysAgo: 11,
  },
  {
    space: 'energy',
    author: 'marion',
    body: 'Retour d’expérience : le pompage solaire réduit de moitié les coûts d’irrigation par rapport au diesel.',
    daysAgo: 26,
    comments: [{ author: 'agent', body: 'Merci Marion, chiffres très utiles pour nos échanges avec le ministère.' }],
  },
  // Agroalimentaire (public)
  {
    space: 'agri',
    author: 'elodie',
    level: 0,
    title: 'SIAL : le pavillon France',
    body: 'Le pavillon France du SIAL accueillera 120 entreprises. Candidatures ouvertes jusqu’à fin mars.',
    daysAgo: 70,
  },
  {
    space: 'agri',
    author: 'damien',
    level: 0,
    body: 'La région Occitanie finance 50 % des frais de participation aux salons pour les PME agroalimentaires.',
    daysAgo: 35,
  },
  {
    space: 'agri',
    author: 'mathieu',
    body: 'Nous cherchons un fournisseur d’emballages biodégradables pour la mangue séchée.',
    daysAgo: 19,
    comments: [{ author: 'awaK', body: 'J’ai un contact à Bamako, je te le transmets.' }],
  },
  {
    space: 'agri',
    author: 'fatoumata',
    level: 0,
    title: 'Filière karité',
    body: 'La filière karité se structure : coopératives de femmes, transformation locale et certification biologique.',
    daysAgo: 48,
  },
  // Femmes et export
  {
    space: 'women',
    author: 'isabelle',
    title: 'Programme de mentorat',
    body:
      'Le programme de mentorat reprend : dix binômes entre dirigeantes expérimentées à l’export et ' +
      'entrepreneures qui démarrent.',
    daysAgo: 65,
    comments: [
      { author: 'nathalie', body: 'Femmes chefs d’entreprises proposera cinq mentors.' },
      { author: 'company', body: 'Je suis candidate !' },
    ],
  },
  {
    space: 'women',
    author: 'ines',
    body: 'Atelier en ligne sur la négociation interculturelle mardi à 18 h. Lien dans la fiche de l’événement.',
    daysAgo: 7,
  },
  {
    space: 'women',
    author: 'caroline',
    body: 'Retour d’expérience : première mission à Riyad, très bon accueil du service économique.',
    daysAgo: 15,
  },
  // Financements export (public space)
  {
    space: 'finance',
    author: 'guillaume',
    level: 0,
    title: 'Les outils de financement export en une page',
    body:
      '- **Assurance prospection** : couvre les dépenses de prospection\n- **Crédit export** : financer l’acheteur\n' +
      '- **Garanties** : cautions et préfinancement\n\nQuestions bienvenues en commentaire.',
    daysAgo: 90,
    comments: [{ author: 'mathieu', body: 'Très clair, merci !' }],
  },
  {
    space: 'finance',
    author: 'sandrine',
    level: 0,
    body: 'Les CCI proposent un diagnostic export gratuit pour les PME : prise de rendez-vous en ligne.',
    daysAgo: 52,
  },
  {
    space: 'finance',
    author: 'karim',
    body: 'Quelqu’un a-t-il déjà combiné prêt concessionnel et assurance crédit pour un projet d’eau en Afrique ?',
    daysAgo: 10,
    comments: [{ author: 'guillaume', body: 'Oui, c’est possible : prenons rendez-vous.' }],
  },
  {
    space: 'finance',
    author: 'pierre',
    level: 2,
    body: 'Pour les agents : la liste des projets éligibles au Prêt du Trésor sera mise à jour fin juin.',
    daysAgo: 21,
  },
  // Réseau des agents (level 2)
  {
    space: 'agents',
    author: 'isabelle',
    title: 'Priorités du semestre',
    body:
      'Trois priorités pour le réseau Afrique de l’Ouest : énergie, eau et agro-industrie. Merci de remonter les ' +
      'projets de plus de 10 millions d’euros.',
    daysAgo: 58,
    comments: [{ author: 'sophie', body: 'Bamako a cinq projets identifiés, liste envoyée.' }],
  },
  {
    space: 'agents',
    author: 'agent',
    body: 'Visite du directeur de l’énergie le 14 : préparer les dossiers des entreprises françaises concernées.',
    daysAgo: 13,
  },
  {
    space: 'agents',
    author: 'yann',
    body: 'Rappel de modération : signalez tout contenu trop sensible pour son niveau, il sera relevé ou masqué.',
    daysAgo: 24,
  },
  // Santé et Vision 2030
  {
    space: 'health',
    author: 'claireD',
    title: 'Hôpital de Tabouk',
    body: 'L’appel d’offres d’équipement de l’hôpital de Tabouk est attendu à l’automne : imagerie, blocs, dialyse.',
    daysAgo: 30,
    comments: [{ author: 'hugo', body: 'Médisanté se positionne sur la dialyse.' }],
  },
  {
    space: 'health',
    author: 'nicolas',
    level: 2,
    body: 'Pour les agents : l’homologation des dispositifs médicaux prend désormais quatre mois en moyenne.',
    daysAgo: 8,
  },
  // Deal room of Atelier Lumière (level 3)
  {
    space: 'lumiere',
    author: 'agent',
    title: 'Lancement de la salle',
    body:
      'Cette salle réunit Atelier Lumière, le poste et Business France pour l’appel d’offres de Ségou. ' +
      'Tout ce qui est écrit ici reste entre nous.',
    daysAgo: 40,
  },
  {
    space: 'lumiere',
    author: 'company',
    title: 'Offre technique',
    body: 'La version 2 de l’offre technique est prête : 4 200 lampadaires, maintenance sur cinq ans.',
    daysAgo: 28,
    comments: [{ author: 'sophie', body: 'Relue, deux remarques sur le calendrier de maintenance.' }],
  },
  {
    space: 'lumiere',
    author: 'laure',
    body: 'Deux installateurs de Ségou ont répondu favorablement : rencontre prévue le 12.',
    daysAgo: 21,
  },
  {
    space: 'lumiere',
    author: 'thomas',
    red: true,
    title: 'Prix',
    body: 'Notre prix plancher est de 13,8 millions d’euros ; ne pas le communiquer en dehors de cette salle.',
    daysAgo: 12,
  },
  {
    space: 'lumiere',
    author: 'agent',
    body: 'La lettre de soutien de l’ambassade est signée et déposée dans le dossier.',
    daysAgo: 5,
    comments: [{ author: 'company', body: 'Merci beaucoup, c’est un vrai atout.' }],
  },
  // Deal room of Hydro Sahel (level 3)
  {
    space: 'hydro',
    author: 'sophie',
    title: 'Kayes : lancement',
    body: 'Salle ouverte pour le projet de pompage solaire de Kayes avec Hydro Sahel et Bpifrance.',
    daysAgo: 25,
  },
  {
    space: 'hydro',
    author: 'guillaume',
    body: 'Le montage avec assurance crédit est possible ; il nous faut le contrat commercial signé.',
    daysAgo: 17,
  },
  {
    space: 'hydro',
    author: 'karim',
    red: true,
    body: 'Notre marge cible est de 18 % ; la négociation avec le ministère démarre le 20.',
    daysAgo: 6,
  },
];
