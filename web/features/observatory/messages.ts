// "About the observatory" (end of the ranking page): why an open index, where the data comes from, who uses it.
const fr = {
  pageTitle: 'Observatoire de l’influence',
  aboutTitle: 'À propos de l’observatoire',
  whyTitle: 'Pourquoi un observatoire ouvert ?',
  methodologyLink: 'Lire la méthode de l’indice',
  why: 'En 2013, un classement d’agence de presse plaçait la France au 26e rang mondial de l’influence diplomatique sur Twitter, selon un algorithme propriétaire que personne ne pouvait vérifier. L’observatoire reprend la question avec une méthode publiée, des pondérations réglables et des garde-fous contre la manipulation (abonnés achetés, amplification par des robots).',
  sourcesTitle: 'D’où viennent les données',
  sources: [
    'Un registre des acteurs : chefs d’État et de gouvernement, ministères, ministres, ambassades, consulats, ambassadeurs, diplomates et organisations internationales, avec leurs comptes sur chaque réseau.',
    'Des connecteurs pour les réseaux aux interfaces ouvertes (Mastodon, Bluesky) et l’API v2 de X pour qui y est abonné.',
    'Des imports de fichiers : CSV au format des outils du médialab (minet, gazouilloire), JSONL de l’API de X, archives Mastodon et ActivityPub.',
  ],
  usesTitle: 'Ce que chacun peut y faire',
  uses: [
    {
      who: 'Tout visiteur',
      what: 'Consulter les classements des pays et des comptes avec leurs évolutions, la carte du monde, les fiches de comptes et le graphe des interactions diplomatiques.',
    },
    {
      who: 'Équipes de communication numérique',
      what: 'Suivre dans la console de leur pays tous ses comptes (totaux, croissance, activité, meilleures publications, comparaison avec leurs pairs).',
    },
    {
      who: 'Analystes et cellules de veille',
      what: 'Explorer le réseau des interactions entre comptes diplomatiques ; les listes de veille, les alertes sur les pics d’activité et la vue en direct arrivent dans une prochaine version.',
    },
    {
      who: 'Chercheurs et journalistes',
      what: 'Exporter les données en CSV, JSON ou GEXF (pour Gephi) et interroger une API ouverte.',
    },
  ],
};
const en: typeof fr = {
  pageTitle: 'Influence observatory',
  aboutTitle: 'About the observatory',
  whyTitle: 'Why an open observatory?',
  methodologyLink: 'Read how the index is computed',
  why: 'In 2013, a news agency’s ranking placed France 26th in the world for diplomatic influence on Twitter, using a proprietary algorithm that nobody could check. The observatory takes up the question with a published method, adjustable weights and safeguards against gaming (bought followers, bot amplification).',
  sourcesTitle: 'Where the data comes from',
  sources: [
    'A registry of actors: heads of state and government, ministries, ministers, embassies, consulates, ambassadors, diplomats and international organisations, with their accounts on each network.',
    'Connectors for networks with open APIs (Mastodon, Bluesky) and X’s API v2 for those who subscribe to it.',
    'File imports: CSV in the layout of the médialab tools (minet, gazouilloire), JSONL from X’s API, Mastodon and ActivityPub archives.',
  ],
  usesTitle: 'What each reader can do with it',
  uses: [
    {
      who: 'Any visitor',
      what: 'Browse the rankings of countries and accounts with their movements, the world map, account pages and the graph of diplomatic interactions.',
    },
    {
      who: 'Digital communication teams',
      what: 'Follow all of their country’s accounts in its console (totals, growth, activity, best posts, comparison with peers).',
    },
    {
      who: 'Analysts and monitoring teams',
      what: 'Explore the network of interactions between diplomatic accounts; watchlists, alerts on activity spikes and the live view come in a later version.',
    },
    {
      who: 'Researchers and journalists',
      what: 'Export the data as CSV, JSON or GEXF (for Gephi) and query an open API.',
    },
  ],
};
export const observatoryMessages = { fr, en };
