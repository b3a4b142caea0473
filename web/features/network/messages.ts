// The network's landing page: who it connects, how confidentiality works, and how to join.
const fr = {
  title: 'Réseau « Diplomatie »',
  lead: 'Un réseau professionnel qui relie environ 15 000 agents publics (ministère, ambassades, consulats, Business France, Bpifrance…) et 15 000 acteurs extérieurs qui comptent pour l’influence du pays : dirigeants d’entreprise, conseillers du commerce extérieur, experts, ONG.',
  status:
    'Membres, espaces, publications étiquetées, salles de projet, front office des ambassades, messagerie, notifications et recherche sont ouverts aux membres connectés. Les séances de questions-réponses publiques et les blogs viendront ensuite.',
  principleTitle: 'Partager plus, sans rien exposer',
  principle:
    '« On est plus efficace en partageant qu’en protégeant » — mais jusqu’à un niveau de confidentialité acceptable, et sans que des informations sensibles ne circulent jamais entre entreprises françaises concurrentes. Chaque contenu porte donc un niveau et un marquage de diffusion, vérifiés par le serveur à chaque lecture.',
  levelsCaption: 'Niveaux de confidentialité',
  levelsHeaders: ['Niveau', 'Marquage TLP', 'Qui peut lire'],
  levels: [
    ['Public', 'CLEAR', 'Tout le monde, connecté ou non'],
    ['Communauté', 'GREEN', 'Tous les membres connectés'],
    ['Agents', 'AMBER+STRICT', 'Les agents publics seulement'],
    ['Restreint', 'AMBER ou RED', 'Les seules personnes nommées du compartiment (besoin d’en connaître)'],
  ],
  levelsNote:
    'La plateforme est réservée aux informations en deçà de « Diffusion Restreinte » : les contenus marqués DIFFUSION RESTREINTE, SECRET, TRÈS SECRET, RESTREINT UE ou NATO RESTRICTED sont refusés.',
  featuresTitle: 'Ce que le réseau offre',
  features: [
    {
      name: 'Membres et annuaire',
      text: 'Des agents et des partenaires vérifiés ; les partenaires ne voient pas l’annuaire des agents.',
    },
    {
      name: 'Espaces',
      text: 'Des communautés par pays, par secteur ou par thème, avec publications, commentaires et réactions.',
    },
    {
      name: 'Salles de projet',
      text: 'Des compartiments autour du projet d’une entreprise, ouverts à cette entreprise et aux agents qui l’accompagnent seulement.',
    },
    {
      name: 'Front office',
      text: 'Les ambassades orientent les porteurs de projets vers les bons interlocuteurs ; chaque demande est triée, suivie jusqu’au bout et ouvre une salle de projet.',
    },
    {
      name: 'Conversation publique',
      text: 'Des séances de questions-réponses en direct entre diplomates et public, et des blogs.',
    },
    { name: 'Traçabilité', text: 'Un journal de qui a lu quoi au niveau restreint, et une modération.' },
  ],
  joinTitle: 'Rejoindre le réseau',
  join: [
    'Agents publics : connectez-vous avec ProConnect quand votre administration l’a activé, ou avec l’invitation reçue d’un administrateur.',
    'Partenaires : l’accès se fait sur invitation d’un agent, pour une durée définie.',
    'Entreprises : créez un compte entreprise depuis le portail de l’export.',
  ],
  ctaSignIn: 'Se connecter',
  ctaSignUp: 'Créer un compte entreprise',
  ctaFeed: 'Ouvrir mon fil',
  ctaSpaces: 'Parcourir les espaces',
};
const en: typeof fr = {
  title: '“Diplomatie” network',
  lead: 'A professional network that connects about 15,000 public agents (ministry, embassies, consulates, Business France, Bpifrance…) and 15,000 outside actors who matter for the country’s influence: company leaders, foreign-trade advisers, experts, NGOs.',
  status:
    'Members, spaces, labelled posts, deal rooms, the embassies’ front office, messages, notifications and search are open to signed-in members. Public live Q&A sessions and blogs come next.',
  principleTitle: 'Share more, expose nothing',
  principle:
    '“We are more effective by sharing than by protecting” — but only up to an acceptable confidentiality level, and sensitive information must never circulate between French companies that compete with one another. So every piece of content carries a level and a sharing marking, checked by the server on every read.',
  levelsCaption: 'Confidentiality levels',
  levelsHeaders: ['Level', 'TLP marking', 'Who may read'],
  levels: [
    ['Public', 'CLEAR', 'Anyone, signed in or not'],
    ['Community', 'GREEN', 'Every signed-in member'],
    ['Agents', 'AMBER+STRICT', 'Public agents only'],
    ['Restricted', 'AMBER or RED', 'Only the named members of the compartment (need to know)'],
  ],
  levelsNote:
    'The platform is for information below “Diffusion Restreinte”: content marked DIFFUSION RESTREINTE, SECRET, TRÈS SECRET, RESTREINT UE or NATO RESTRICTED is refused.',
  featuresTitle: 'What the network offers',
  features: [
    {
      name: 'Members and directory',
      text: 'Verified agents and partners; partners cannot browse the agent directory.',
    },
    { name: 'Spaces', text: 'Communities by country, sector or theme, with posts, comments and reactions.' },
    {
      name: 'Deal rooms',
      text: 'Compartments around one company’s project, open only to that company and the agents who support it.',
    },
    {
      name: 'Front office',
      text: 'Embassies direct project holders to the right people; every request is triaged, followed to the end and opens a deal room.',
    },
    { name: 'Public conversation', text: 'Live Q&A sessions between diplomats and the public, and blogs.' },
    { name: 'Traceability', text: 'A log of who read what at the restricted level, and moderation.' },
  ],
  joinTitle: 'Joining the network',
  join: [
    'Public agents: sign in with ProConnect where your administration has enabled it, or with the invitation an administrator sent you.',
    'Partners: access is by invitation from an agent, for a set period.',
    'Companies: create a company account from the export portal.',
  ],
  ctaSignIn: 'Sign in',
  ctaSignUp: 'Create a company account',
  ctaFeed: 'Open my feed',
  ctaSpaces: 'Browse the spaces',
};
export const networkMessages = { fr, en };
