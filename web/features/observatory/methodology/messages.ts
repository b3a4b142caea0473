// Words of the methodology page: the influence index explained in plain language (docs/methodology.md has the
// formulas in full).
const fr = {
  title: 'Méthode de l’indice d’influence',
  breadcrumb: 'Méthode',
  breadcrumbObservatory: 'Observatoire',
  lead: 'Comment l’observatoire calcule l’indice d’influence des comptes diplomatiques et des pays : ce qu’il mesure, comment il compare des grandeurs très différentes, comment il résiste à la manipulation et comment il agrège les comptes d’un pays. Tout est publié : chaque score se décompose sur la fiche du compte.',
  summaryTitle: 'Sommaire',
  status: 'État des calculs',
  lastScored: (date: string) => `Derniers scores calculés le ${date}.`,
  neverScored:
    'Aucun score n’a encore été calculé : les scores sont calculés après chaque import de publications et à intervalles réguliers.',
  periodEndsCaption: 'Dernière période calculée pour chaque fenêtre',
  window: 'Fenêtre',
  periodEnd: 'Fin de la dernière période',
  notComputed: 'pas encore calculée',
  principleTitle: 'Le principe',
  principle: [
    'Chaque compte officiel (rattaché à un acteur du registre) reçoit, pour chaque fenêtre de temps, six mesures (les facteurs). Chaque facteur est ramené sur une échelle commune de 0 à 100 en comparant le compte à tous les autres comptes classés, puis les six notes sont pondérées et additionnées : l’indice va donc de 0 à 100.',
    'L’indice est relatif : 50 correspond à un compte dans la moyenne des comptes suivis, et un compte gagne des points en faisant mieux que les autres, pas en accumulant des abonnés.',
  ],
  factorsTitle: 'Les six facteurs et leur poids',
  factorsCaption: 'Facteurs de l’indice et poids en vigueur',
  factor: 'Facteur',
  measures: 'Ce qu’il mesure',
  weight: 'Poids',
  weightsFromServer: 'Les poids sont ceux en vigueur sur cette instance ; ils sont réglables par l’administrateur.',
  factorTexts: {
    audience:
      'Les abonnés du compte en fin de période, plafonnés à ce que son engagement permet de croire (voir « Résistance à la manipulation »).',
    activity:
      'Les publications par jour sur la période : chaque publication propre compte pour 1, chaque simple partage pour un quart.',
    engagement:
      'Les réactions reçues par publication propre : j’aime, réponses, partages et citations, en moyenne sur la période.',
    amplification:
      'Les partages et citations reçus par publication propre, sans ceux qui viennent de réseaux d’amplification.',
    dialogue:
      'La part de ses publications qui répondent à des personnes extérieures aux comptes officiels, et la part des personnes qui l’ont interpellé auxquelles il a répondu : un compte qui converse plutôt que de seulement diffuser.',
    centrality:
      'La place du compte dans le graphe des interactions (mentions, réponses, partages, citations) entre comptes : un PageRank pondéré, qui valorise d’être cité par des comptes eux-mêmes cités.',
  } as Readonly<Record<string, string | undefined>>,
  normalisationTitle: 'Comparer des grandeurs très différentes',
  normalisation: [
    'Les comptes vont de quelques dizaines à plusieurs millions d’abonnés. Les nombres (abonnés, publications, réactions, partages, centralité) sont d’abord pris sur une échelle logarithmique, pour qu’un écart de 10 à 100 compte autant qu’un écart de 100 000 à 1 000 000. Le dialogue, qui est déjà une proportion, est pris tel quel.',
    'Chaque facteur est ensuite centré sur la médiane des comptes et rapporté à leur dispersion mesurée par l’écart absolu médian, une mesure robuste : quelques comptes géants ne tassent pas tous les autres. Une courbe logistique ramène enfin le résultat entre 0 et 100 (la médiane vaut 50).',
  ],
  gamingTitle: 'Résistance à la manipulation',
  gaming: [
    {
      name: 'Abonnés achetés',
      text: 'Un compte qui achète des abonnés gagne des chiffres mais pas de réactions. L’audience prise en compte est plafonnée à ce que son engagement laisse attendre, au taux de réaction médian des comptes suivis : au-delà, les abonnés supplémentaires ne rapportent rien. La fiche du compte signale quand ce plafond s’applique.',
    },
    {
      name: 'Réseaux d’amplification',
      text: 'Des comptes qui ne font presque que partager, et qui partagent les mêmes publications en même temps que d’autres comptes du même genre, forment un réseau d’amplification. Leurs partages perdent toute valeur, en amplification comme en centralité. Les partages d’un compte ordinaire comptent pleinement. La fiche du compte indique combien de partages ont été écartés.',
    },
    {
      name: 'Multiplier les comptes',
      text: 'L’indice d’un pays ne s’additionne pas sur ses comptes : ouvrir de nombreux comptes peu suivis ne fait pas monter un pays (voir ci-dessous).',
    },
  ],
  countryTitle: 'L’indice d’un pays',
  country: [
    'L’indice d’un pays est une moyenne pondérée décroissante de ses meilleurs comptes : le meilleur compte compte pour 1, le deuxième pour 0,7, le troisième pour 0,49, et ainsi de suite jusqu’au dixième. La somme est divisée par la somme des poids utilisés.',
    'Ainsi, un ministère ne gagne rien à ouvrir davantage de comptes : un compte plus faible que les autres fait baisser la moyenne, seul un compte meilleur la fait monter. Et un pays n’est pas pénalisé d’avoir peu de comptes s’ils sont influents.',
    'Les abonnés cumulés affichés à côté de l’indice sont une somme : une même personne qui suit trois comptes y est comptée trois fois. Ce n’est pas une audience unique, et l’indice ne l’utilise pas.',
  ],
  windowsTitle: 'Fenêtres de temps, rangs et évolutions',
  windows: [
    'Les scores sont calculés sur quatre fenêtres : le jour, les 7 derniers jours, le mois calendaire en cours et les 30 derniers jours glissants. Les jours sont des jours UTC.',
    'Le rang compare tous les comptes (ou tous les pays) classés sur la même période. L’évolution compare ce rang à celui de la période précédente : la veille pour le jour et les 30 jours glissants, la semaine précédente, le mois précédent.',
    'Les scores sont recalculés après chaque import de données et à intervalles réguliers.',
  ],
  limitsTitle: 'Limites',
  limits: [
    'L’indice mesure l’influence visible sur les réseaux suivis ; il ne dit rien de l’influence hors ligne ni des réseaux que l’observatoire ne couvre pas.',
    'Il compare des comptes entre eux : sa valeur change quand de nouveaux comptes sont suivis, même si un compte n’a rien changé à sa pratique.',
    'Les réseaux ne publient pas tous les mêmes métriques : quand une mesure manque, elle compte pour zéro, ce qui peut désavantager les comptes présents surtout sur ces réseaux.',
  ],
  backToRanking: 'Voir le classement mondial',
};
const en: typeof fr = {
  title: 'How the influence index works',
  breadcrumb: 'Method',
  breadcrumbObservatory: 'Observatory',
  lead: 'How the observatory computes the influence index of diplomatic accounts and countries: what it measures, how it compares very different quantities, how it resists gaming and how it aggregates a country’s accounts. All of it is published: every score breaks down on the account’s page.',
  summaryTitle: 'Contents',
  status: 'Scoring status',
  lastScored: (date: string) => `Scores last computed on ${date}.`,
  neverScored:
    'No score has been computed yet: scores are computed after each import of posts and at regular intervals.',
  periodEndsCaption: 'Last computed period for each window',
  window: 'Window',
  periodEnd: 'End of the last period',
  notComputed: 'not computed yet',
  principleTitle: 'The principle',
  principle: [
    'For each time window, every official account (attached to an actor of the registry) gets six measures (the factors). Each factor is brought onto a common 0 to 100 scale by comparing the account with all other ranked accounts; the six scores are then weighted and added up, so the index runs from 0 to 100.',
    'The index is relative: 50 is an account in the middle of the tracked accounts, and an account earns points by doing better than others, not by piling up followers.',
  ],
  factorsTitle: 'The six factors and their weights',
  factorsCaption: 'Factors of the index and the weights in force',
  factor: 'Factor',
  measures: 'What it measures',
  weight: 'Weight',
  weightsFromServer: 'The weights are those in force on this instance; the administrator can adjust them.',
  factorTexts: {
    audience:
      'The account’s followers at the end of the period, capped at what its engagement makes credible (see “Resistance to gaming”).',
    activity: 'Posts per day over the period: each post of its own counts 1, each plain repost a quarter.',
    engagement: 'Reactions received per post of its own: likes, replies, reposts and quotes, averaged over the period.',
    amplification:
      'Reposts and quotes received per post of its own, leaving out those that come from amplification rings.',
    dialogue:
      'The share of its posts that answer people outside the official accounts, and the share of the people who addressed it that it answered: an account that converses rather than only broadcasts.',
    centrality:
      'The account’s place in the graph of interactions (mentions, replies, reposts, quotes) between accounts: a weighted PageRank, which values being cited by accounts that are themselves cited.',
  },
  normalisationTitle: 'Comparing very different quantities',
  normalisation: [
    'Accounts range from a few dozen to several million followers. Counts (followers, posts, reactions, reposts, centrality) are first taken on a logarithmic scale, so that going from 10 to 100 weighs as much as going from 100,000 to 1,000,000. Dialogue, already a proportion, is taken as it is.',
    'Each factor is then centred on the accounts’ median and divided by their spread measured by the median absolute deviation, a robust measure: a few giant accounts do not squash all the others. A logistic curve finally brings the result between 0 and 100 (the median scores 50).',
  ],
  gamingTitle: 'Resistance to gaming',
  gaming: [
    {
      name: 'Bought followers',
      text: 'An account that buys followers gains numbers but no reactions. The audience taken into account is capped at what its engagement suggests, at the median reaction rate of the tracked accounts: beyond that, extra followers bring nothing. The account’s page says when the cap applies.',
    },
    {
      name: 'Amplification rings',
      text: 'Accounts that do little but repost, and repost the same posts at the same time as other such accounts, form an amplification ring. Their reposts lose all value, for amplification as for centrality. An ordinary account’s reposts count in full. The account’s page shows how many reposts were set aside.',
    },
    {
      name: 'Opening more accounts',
      text: 'A country’s index is not a sum over its accounts: opening many little-followed accounts does not lift a country (see below).',
    },
  ],
  countryTitle: 'A country’s index',
  country: [
    'A country’s index is a decaying weighted mean of its best accounts: the best account counts for 1, the second for 0.7, the third for 0.49, and so on down to the tenth. The sum is divided by the sum of the weights used.',
    'So a ministry gains nothing by opening more accounts: an account weaker than the others lowers the mean, only a better one raises it. And a country is not penalised for having few accounts if they are influential.',
    'The cumulative followers shown next to the index are a sum: one person following three accounts is counted three times. It is not a unique audience, and the index does not use it.',
  ],
  windowsTitle: 'Time windows, ranks and movements',
  windows: [
    'Scores are computed over four windows: the day, the last 7 days, the current calendar month and the rolling last 30 days. Days are UTC days.',
    'The rank compares all accounts (or all countries) ranked over the same period. The movement compares that rank with the previous period’s: the day before for the day and the rolling 30 days, the week before, the month before.',
    'Scores are recomputed after each data import and at regular intervals.',
  ],
  limitsTitle: 'Limits',
  limits: [
    'The index measures the influence visible on the networks followed; it says nothing of influence offline or on networks the observatory does not cover.',
    'It compares accounts with one another: its value changes when new accounts are tracked, even if an account changed nothing in what it does.',
    'Networks do not all publish the same metrics: when a measure is missing it counts as zero, which may disadvantage accounts that are mostly on those networks.',
  ],
  backToRanking: 'See the world ranking',
};
export const methodologyMessages = { fr, en };
