// Words of the imports page: the kinds of file, the upload, the progress and summary of a run, past runs.
import type { ImportKind } from '../../../../common/schemas/observatory.ts';

interface KindWords {
  name: string;
  /** One line: which file is expected. */
  hint: string;
  /** The `accept` attribute of the file input. */
  accept: string;
}

const fr = {
  title: 'Imports de données',
  lead: 'Chargez dans l’observatoire des publications collectées ailleurs, ou le registre des missions diplomatiques. Un import déjà fait n’ajoute rien la seconde fois : chaque élément est reconnu par l’identifiant que lui donne son réseau.',
  uploadTitle: 'Nouvel import',
  kindLegend: 'Type de fichier',
  kinds: {
    'minet-csv': {
      name: 'Tweets au format minet (CSV)',
      hint: 'Export CSV de minet ou gazouilloire (médialab) : une ligne par tweet, colonnes id, user_screen_name, retweeted_id…',
      accept: '.csv,text/csv',
    },
    'minet-bluesky-csv': {
      name: 'Publications Bluesky au format minet (CSV)',
      hint: 'Export CSV de « minet bluesky » : une ligne par publication, colonnes uri, user_handle, like_count…',
      accept: '.csv,text/csv',
    },
    'x-v2-jsonl': {
      name: 'Réponses de l’API v2 de X (JSONL)',
      hint: 'Une réponse de l’API par ligne, avec data[] (public_metrics, referenced_tweets, entities.mentions) et includes.users[].',
      accept: '.jsonl,.ndjson,.json,application/json',
    },
    'mastodon-outbox': {
      name: 'Archive Mastodon (outbox.json)',
      hint: 'Le fichier outbox.json de l’archive d’un compte Mastodon (format ActivityPub).',
      accept: '.json,application/json,application/activity+json',
    },
    'missions-wikidata': {
      name: 'Missions diplomatiques (Wikidata, CSV)',
      hint: 'Export CSV des missions diplomatiques de Wikidata : pays, type, nom, ville, coordonnées et comptes sur les réseaux.',
      accept: '.csv,text/csv',
    },
  } satisfies Record<ImportKind, KindWords>,
  fileLabel: 'Fichier à importer',
  fileHint: (kind: string) => `Un seul fichier : ${kind}.`,
  fileRequired: 'Choisissez un fichier à importer.',
  fileEmpty: 'Ce fichier est vide.',
  submit: 'Lancer l’import',
  sending: 'Envoi du fichier…',
  runTitle: 'Import en cours',
  runDoneTitle: 'Résultat de l’import',
  runSource: (kind: string, source: string) => `${kind} — ${source}`,
  progressLabel: 'Avancement de l’import',
  progressOf: (read: string, total: string) => `${read} sur ${total} éléments lus`,
  progressCount: (read: string) => `${read} éléments lus`,
  status: { running: 'En cours', done: 'Terminé', failed: 'Échoué' },
  summaryRead: (n: string) => `${n} lus`,
  summaryAdded: (n: string) => `${n} ajoutés`,
  summaryUpdated: (n: string) => `${n} mis à jour`,
  summarySkipped: (n: string) => `${n} ignorés`,
  summaryTitle: 'Bilan',
  read: 'Lus',
  added: 'Ajoutés',
  updated: 'Mis à jour',
  skipped: 'Ignorés',
  errorsTitle: (count: number) => (count > 1 ? `${count} lignes écartées` : '1 ligne écartée'),
  errorsCaption: 'Lignes écartées et raison',
  errorsNone: 'Aucune ligne écartée.',
  errorsMore: (count: string) => `… et ${count} autres lignes écartées.`,
  line: 'Ligne',
  reason: 'Raison',
  noLine: '—',
  failedTitle: 'L’import a échoué',
  doneTitle: 'Import terminé',
  startedAt: 'Commencé le',
  finishedAt: 'Terminé le',
  historyTitle: 'Imports précédents',
  historyCaption: 'Les derniers imports et relevés, du plus récent au plus ancien',
  historyEmpty: 'Aucun import pour l’instant.',
  kind: 'Type',
  source: 'Source',
  state: 'État',
  errors: 'Lignes écartées',
  show: 'Voir le détail',
  showLabel: (source: string) => `Voir le détail de l’import ${source}`,
};

const en: typeof fr = {
  title: 'Data imports',
  lead: 'Load posts collected elsewhere, or the registry of diplomatic missions, into the observatory. Importing the same data twice adds nothing: each item is recognised by the id its network gave it.',
  uploadTitle: 'New import',
  kindLegend: 'Kind of file',
  kinds: {
    'minet-csv': {
      name: 'Tweets in the minet layout (CSV)',
      hint: 'A CSV export from minet or gazouilloire (médialab): one row per tweet, columns id, user_screen_name, retweeted_id…',
      accept: '.csv,text/csv',
    },
    'minet-bluesky-csv': {
      name: 'Bluesky posts in the minet layout (CSV)',
      hint: 'A CSV export from “minet bluesky”: one row per post, columns uri, user_handle, like_count…',
      accept: '.csv,text/csv',
    },
    'x-v2-jsonl': {
      name: 'X API v2 responses (JSONL)',
      hint: 'One API response per line, with data[] (public_metrics, referenced_tweets, entities.mentions) and includes.users[].',
      accept: '.jsonl,.ndjson,.json,application/json',
    },
    'mastodon-outbox': {
      name: 'Mastodon archive (outbox.json)',
      hint: 'The outbox.json file of a Mastodon account archive (ActivityPub format).',
      accept: '.json,application/json,application/activity+json',
    },
    'missions-wikidata': {
      name: 'Diplomatic missions (Wikidata, CSV)',
      hint: 'A CSV export of diplomatic missions from Wikidata: country, type, name, city, coordinates and network accounts.',
      accept: '.csv,text/csv',
    },
  },
  fileLabel: 'File to import',
  fileHint: (kind: string) => `A single file: ${kind}.`,
  fileRequired: 'Choose a file to import.',
  fileEmpty: 'This file is empty.',
  submit: 'Start the import',
  sending: 'Sending the file…',
  runTitle: 'Import in progress',
  runDoneTitle: 'Import result',
  runSource: (kind: string, source: string) => `${kind} — ${source}`,
  progressLabel: 'Import progress',
  progressOf: (read: string, total: string) => `${read} of ${total} items read`,
  progressCount: (read: string) => `${read} items read`,
  status: { running: 'Running', done: 'Done', failed: 'Failed' },
  summaryRead: (n: string) => `${n} read`,
  summaryAdded: (n: string) => `${n} added`,
  summaryUpdated: (n: string) => `${n} updated`,
  summarySkipped: (n: string) => `${n} skipped`,
  summaryTitle: 'Summary',
  read: 'Read',
  added: 'Added',
  updated: 'Updated',
  skipped: 'Skipped',
  errorsTitle: (count: number) => (count > 1 ? `${count} rows left out` : '1 row left out'),
  errorsCaption: 'Rows left out and why',
  errorsNone: 'No row left out.',
  errorsMore: (count: string) => `… and ${count} more rows left out.`,
  line: 'Line',
  reason: 'Reason',
  noLine: '—',
  failedTitle: 'The import failed',
  doneTitle: 'Import finished',
  startedAt: 'Started',
  finishedAt: 'Finished',
  historyTitle: 'Past imports',
  historyCaption: 'The latest imports and polls, newest first',
  historyEmpty: 'No import yet.',
  kind: 'Kind',
  source: 'Source',
  state: 'Status',
  errors: 'Rows left out',
  show: 'See details',
  showLabel: (source: string) => `See the details of import ${source}`,
};

export const importMessages = { fr, en };

/** A run's kind in words; connector polls and future kinds fall back to their code. */
export function kindName(kind: string, words: typeof fr): string {
  return Object.hasOwn(words.kinds, kind) ? words.kinds[kind as ImportKind].name : kind;
}

export type RunStatus = keyof typeof fr.status;

/** The schema types `status` as a string: anything unknown is shown as still running. */
export function runStatus(status: string): RunStatus {
  return status === 'done' || status === 'failed' ? status : 'running';
}
