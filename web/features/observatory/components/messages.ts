// Words of the shared observatory components (charts, movement arrows, window selector, exports, empty states)
// and the names of networks, actor types and index factors, shared by every observatory page.
import type { ACTOR_TYPES, FACTORS, NETWORKS } from '../../../../common/schemas/observatory.ts';

/** Looked up with the API's plain strings: `t.networks[account.network] ?? account.network`. */
type Names = Readonly<Record<string, string | undefined>>;

const networksFr = {
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
} satisfies Record<(typeof NETWORKS)[number], string>;
const actorTypesFr = {
  head_of_state_or_government: 'Chef d’État ou de gouvernement',
  foreign_ministry: 'Ministère des affaires étrangères',
  minister: 'Ministre',
  embassy: 'Ambassade',
  consulate: 'Consulat',
  permanent_mission: 'Représentation permanente',
  ambassador: 'Ambassadeur ou ambassadrice',
  diplomat: 'Diplomate',
  international_organisation: 'Organisation internationale',
} satisfies Record<(typeof ACTOR_TYPES)[number], string>;
const factorsFr = {
  audience: 'Audience',
  activity: 'Activité',
  engagement: 'Engagement',
  amplification: 'Amplification',
  dialogue: 'Dialogue',
  centrality: 'Centralité',
} satisfies Record<(typeof FACTORS)[number], string>;
const networksEn = {
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
} satisfies Record<(typeof NETWORKS)[number], string>;
const actorTypesEn = {
  head_of_state_or_government: 'Head of state or government',
  foreign_ministry: 'Foreign ministry',
  minister: 'Minister',
  embassy: 'Embassy',
  consulate: 'Consulate',
  permanent_mission: 'Permanent mission',
  ambassador: 'Ambassador',
  diplomat: 'Diplomat',
  international_organisation: 'International organisation',
} satisfies Record<(typeof ACTOR_TYPES)[number], string>;
const factorsEn = {
  audience: 'Audience',
  activity: 'Activity',
  engagement: 'Engagement',
  amplification: 'Amplification',
  dialogue: 'Dialogue',
  centrality: 'Centrality',
} satisfies Record<(typeof FACTORS)[number], string>;

const fr = {
  chartNoData: 'Pas encore de données pour ce graphique.',
  chartShowTable: 'Afficher les données du graphique sous forme de tableau',
  chartDate: 'Date',
  chartSummary: (count: number, from: string, to: string) =>
    `${count} ${count > 1 ? 'séries' : 'série'}, du ${from} au ${to}.`,
  chartSeriesSummary: (label: string, last: string, min: string, max: string) =>
    `${label} : dernière valeur ${last} (entre ${min} et ${max}).`,
  chartLegend: 'Légende',
  movementUp: (places: number) => `en hausse de ${places} ${places > 1 ? 'places' : 'place'}`,
  movementDown: (places: number) => `en baisse de ${places} ${places > 1 ? 'places' : 'place'}`,
  movementSame: 'stable',
  movementNew: 'nouveau dans le classement',
  windowLegend: 'Période',
  windows: {
    day: 'Jour',
    week: 'Semaine',
    month: 'Mois',
    '30d': '30 derniers jours',
  },
  windowHints: {
    day: 'le dernier jour calculé',
    week: 'les 7 derniers jours',
    month: 'le mois calendaire',
    '30d': 'les 30 jours glissants',
  },
  periodEnd: (date: string) => `Période close le ${date}.`,
  exportsTitle: 'Télécharger les données',
  noScoresTitle: 'Pas encore de scores',
  noScoresText:
    'Les scores sont calculés après chaque import de données et à intervalles réguliers : importez des publications depuis la page des imports ou lancez « diplomatie score », puis revenez ici.',
  notRanked: 'non classé',
  pickerChosen: (count: number, max: number) =>
    count === 0 ? `Aucun pays choisi (jusqu’à ${max}).` : `${count} sur ${max} pays choisis :`,
  pickerRemove: (name: string) => `Retirer ${name} de la comparaison`,
  pickerFull: (max: number) => `${max} pays au plus : retirez-en un pour en ajouter un autre.`,
  pickerPlaceholder: 'Choisir un pays',
  pickerAdd: 'Ajouter',
  networks: networksFr as Names,
  actorTypes: actorTypesFr as Names,
  unregistered: 'Compte non rattaché au registre',
  factors: factorsFr as Names,
};
const en: typeof fr = {
  chartNoData: 'No data for this chart yet.',
  chartShowTable: 'Show the chart’s data as a table',
  chartDate: 'Date',
  chartSummary: (count: number, from: string, to: string) => `${count} series, from ${from} to ${to}.`,
  chartSeriesSummary: (label: string, last: string, min: string, max: string) =>
    `${label}: last value ${last} (between ${min} and ${max}).`,
  chartLegend: 'Legend',
  movementUp: (places: number) => `up ${places} ${places > 1 ? 'places' : 'place'}`,
  movementDown: (places: number) => `down ${places} ${places > 1 ? 'places' : 'place'}`,
  movementSame: 'unchanged',
  movementNew: 'new in the ranking',
  windowLegend: 'Period',
  windows: {
    day: 'Day',
    week: 'Week',
    month: 'Month',
    '30d': 'Last 30 days',
  },
  windowHints: {
    day: 'the last scored day',
    week: 'the last 7 days',
    month: 'the calendar month',
    '30d': 'the rolling 30 days',
  },
  periodEnd: (date: string) => `Period ending ${date}.`,
  exportsTitle: 'Download the data',
  noScoresTitle: 'No scores yet',
  noScoresText:
    'Scores are computed after each data import and at regular intervals: import posts from the imports page or run “diplomatie score”, then come back here.',
  notRanked: 'not ranked',
  pickerChosen: (count: number, max: number) =>
    count === 0 ? `No country chosen (up to ${max}).` : `${count} of ${max} countries chosen:`,
  pickerRemove: (name: string) => `Remove ${name} from the comparison`,
  pickerFull: (max: number) => `${max} countries at most: remove one to add another.`,
  pickerPlaceholder: 'Choose a country',
  pickerAdd: 'Add',
  networks: networksEn as Names,
  actorTypes: actorTypesEn as Names,
  unregistered: 'Account not attached to the registry',
  factors: factorsEn as Names,
};
export const observatoryComponentMessages = { fr, en };
