// The observatory's landing page: what it measures, how, and what each kind of user can do with it.
const fr = {
  title: 'Observatoire de l’influence',
  lead: 'L’observatoire mesure l’influence des comptes diplomatiques des États sur les réseaux sociaux : qui est suivi, qui est relayé, qui entre vraiment dans la conversation. Sa méthode est ouverte : chaque score montre sa décomposition.',
  status:
    'Cette page présente ce que l’observatoire offre et à qui. Les classements publics, la console par pays et la veille ouvrent au fil des prochaines versions de la plateforme.',
  whyTitle: 'Pourquoi un observatoire ouvert ?',
  why: 'En 2013, un classement d’agence de presse plaçait la France au 26e rang mondial de l’influence diplomatique sur Twitter, selon un algorithme propriétaire que personne ne pouvait vérifier. L’observatoire reprend la question avec une méthode publiée, des pondérations réglables et des garde-fous contre la manipulation (abonnés achetés, amplification par des robots).',
  measuresTitle: 'Ce que l’observatoire mesure',
  measures: [
    {
      name: 'Audience',
      text: 'Le nombre d’abonnés de chaque compte et son évolution, relevés à intervalles réguliers.',
    },
    { name: 'Activité', text: 'Le rythme de publication de chaque compte sur la période.' },
    { name: 'Engagement', text: 'Les réactions, réponses et partages que suscitent les publications.' },
    { name: 'Amplification', text: 'La reprise des messages par d’autres comptes, et par qui.' },
    {
      name: 'Centralité',
      text: 'La place du compte dans le graphe des interactions entre comptes diplomatiques (PageRank).',
    },
    {
      name: 'Dialogue',
      text: 'Le compte répond-il aux internautes ou se contente-t-il de diffuser ? Entre-t-on dans la conversation ?',
    },
  ],
  sourcesTitle: 'D’où viennent les données',
  sources: [
    'Un registre des acteurs : chefs d’État et de gouvernement, ministères, ministres, ambassades, consulats, ambassadeurs, diplomates et organisations internationales, avec leurs comptes sur chaque réseau.',
    'Des connecteurs pour les réseaux aux interfaces ouvertes (Mastodon, Bluesky) et l’API v2 de X pour qui y est abonné.',
    'Des imports de fichiers : CSV au format des outils du médialab (minet, gazouilloire), JSONL de l’API de X, archives Mastodon et ActivityPub.',
  ],
  usesTitle: 'Ce que vous pourrez y faire',
  uses: [
    {
      who: 'Tout visiteur',
      what: 'Consulter les classements des pays et des comptes avec leurs évolutions, la carte du monde, les fiches de comptes et le graphe des interactions diplomatiques.',
    },
    {
      who: 'Équipes de communication numérique',
      what: 'Suivre dans une console tous les comptes de leur pays (totaux, croissance, activité, meilleures publications, comparaison avec leurs pairs).',
    },
    {
      who: 'Analystes et cellules de veille',
      what: 'Définir des listes de veille (mots-clés, mots-dièse, comptes), recevoir des alertes lors des pics d’activité en période de crise et suivre une vue en direct.',
    },
    {
      who: 'Chercheurs et journalistes',
      what: 'Exporter les données en CSV, JSON ou GEXF (pour Gephi) et interroger une API ouverte.',
    },
  ],
  ctaText: 'La console, la veille et les exports sont réservés aux agents publics : connectez-vous avec votre compte.',
  ctaSignIn: 'Se connecter',
};
const en: typeof fr = {
  title: 'Influence observatory',
  lead: 'The observatory measures the influence of states’ diplomatic accounts on social networks: who is followed, who is relayed, who really enters the conversation. Its method is open: every score shows its breakdown.',
  status:
    'This page presents what the observatory offers and to whom. The public rankings, the country console and monitoring open with the next versions of the platform.',
  whyTitle: 'Why an open observatory?',
  why: 'In 2013, a news agency’s ranking placed France 26th in the world for diplomatic influence on Twitter, using a proprietary algorithm that nobody could check. The observatory takes up the question with a published method, adjustable weights and safeguards against gaming (bought followers, bot amplification).',
  measuresTitle: 'What the observatory measures',
  measures: [
    {
      name: 'Audience',
      text: 'The number of followers of each account and how it changes, recorded at regular intervals.',
    },
    { name: 'Activity', text: 'How often each account publishes over the period.' },
    { name: 'Engagement', text: 'The reactions, replies and shares that posts receive.' },
    { name: 'Amplification', text: 'How far other accounts relay the messages, and which accounts.' },
    {
      name: 'Centrality',
      text: 'The account’s place in the graph of interactions between diplomatic accounts (PageRank).',
    },
    {
      name: 'Dialogue',
      text: 'Does the account answer people, or only broadcast? Does it enter the conversation?',
    },
  ],
  sourcesTitle: 'Where the data comes from',
  sources: [
    'A registry of actors: heads of state and government, ministries, ministers, embassies, consulates, ambassadors, diplomats and international organisations, with their accounts on each network.',
    'Connectors for networks with open APIs (Mastodon, Bluesky) and X’s API v2 for those who subscribe to it.',
    'File imports: CSV in the layout of the médialab tools (minet, gazouilloire), JSONL from X’s API, Mastodon and ActivityPub archives.',
  ],
  usesTitle: 'What you will be able to do',
  uses: [
    {
      who: 'Any visitor',
      what: 'Browse the rankings of countries and accounts with their movements, the world map, account pages and the graph of diplomatic interactions.',
    },
    {
      who: 'Digital communication teams',
      what: 'Follow all of their country’s accounts in one console (totals, growth, activity, best posts, comparison with peers).',
    },
    {
      who: 'Analysts and monitoring teams',
      what: 'Set up watchlists (keywords, hashtags, accounts), get alerts on activity spikes during a crisis and follow a live view.',
    },
    {
      who: 'Researchers and journalists',
      what: 'Export the data as CSV, JSON or GEXF (for Gephi) and query an open API.',
    },
  ],
  ctaText: 'The console, monitoring and exports are for public agents: sign in with your account.',
  ctaSignIn: 'Sign in',
};
export const observatoryMessages = { fr, en };
