// The French text of seeded posts and comments: sentence templates whose slots are filled from the word lists,
// terms drawn with Zipf-like weights (a few head terms in thousands of posts, a long tail in a handful), the
// places, sectors and projects of the space the post belongs to. Deterministic: everything comes from the Rng.
import { type Sector, sectorLabels } from '../../../common/network-terms.ts';
import { countryNames, worldCountryList } from '../../observatory/index.ts';
import { AliasTable, type Rng } from '../../shared/random.ts';
import { CITIES, EVENTS, HEAD_TERMS, PUBLIC_BODIES, SECTOR_TERMS, TAIL_TERMS } from './words.ts';

/** What a text is about: the space's country, sector, and for a deal room its project and company. */
export interface TextTopic {
  country: string | null;
  sector: Sector | null;
  project?: { name: string; company: string } | undefined;
}

export interface Place {
  code: string;
  name: string;
  /** "au Mali", "en Arabie saoudite" */
  in: string;
  /** "du Mali", "d'Arabie saoudite" */
  of: string;
  cities: readonly string[];
}

const placeCache = new Map<string, Place>();

/** French names of a country and its cities (the capital when the lists have none). */
export function place(code: string): Place {
  const cached = placeCache.get(code);
  if (cached) return cached;
  const names = countryNames(code);
  const capital = worldCountryList().find((c) => c.code === code)?.capital ?? null;
  // Typographic apostrophes, and the usual French spelling where the ISO list capitalises.
  const fix = (s: string) => s.replaceAll("'", '’').replace('Arabie Saoudite', 'Arabie saoudite');
  const fr = fix(names?.fr ?? code);
  const result: Place = {
    code,
    name: fr,
    in: fix(names?.frIn ?? `en ${fr}`),
    of: fix(names?.frOf ?? `de ${fr}`),
    cities: CITIES[code] ?? (capital ? [capital] : [fr]),
  };
  placeCache.set(code, result);
  return result;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** Every term once, ranked: head terms first, then the sectors' terms interleaved, then the tail. */
function rankedVocabulary(): string[] {
  const seen = new Set<string>();
  const ranked: string[] = [];
  const add = (term: string) => {
    if (seen.has(term)) return;
    seen.add(term);
    ranked.push(term);
  };
  for (const term of HEAD_TERMS) add(term);
  const lists = Object.values(SECTOR_TERMS);
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i]) add(list[i]!);
  for (const term of TAIL_TERMS) add(term);
  return ranked;
}

/** Weights 1/rank^s: a Zipf law over the ranked terms. */
const zipf = (n: number, s: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);

// Sentences of posts in communities. Slots: {t} a term, {t2} another, {in}/{of}/{country} the place, {city},
// {event}, {body} a public body, {n} a count, {amount} millions of euros, {pct}, {date}, {sector}.
const SENTENCES = [
  'Point d’étape sur {t} {in} : {n} entreprises françaises accompagnées depuis {month}.',
  'Nous cherchons des partenaires locaux pour {t} ; les premiers échanges à {city} sont encourageants.',
  'Le salon {event} se tiendra à {city} le {date} : pavillon France piloté par {body}.',
  'Appel d’offres pour {t} {in} : {amount} millions d’euros, dépôt des offres avant le {date}.',
  'Retour de mission à {city} : forte demande en {t} et en {t2}.',
  'Qui a déjà travaillé sur {t} {in} ? Merci pour vos retours d’expérience.',
  'La réglementation sur {t} évolue {in} : les nouvelles règles s’appliquent à partir du {date}.',
  'Webinaire de {body} le {date} sur {t} ({n} places, inscription par la fiche de l’événement).',
  'Les délais de dédouanement {in} restent longs pour {t} : comptez trois à six semaines.',
  '{Body} peut couvrir jusqu’à {pct} % du risque pour les projets de {t}.',
  'Compte rendu de la réunion de {city} : priorités {t}, {t2} et formation des équipes locales.',
  'Une délégation de {n} entreprises du secteur {sector} est attendue à {city} le {date}.',
  'Le ministère {of} prépare un programme d’investissement dans {t}, estimé à {amount} millions d’euros.',
  'Nouvelle fiche marché sur {t} {in}, mise à jour avec les chiffres de {month}.',
  'Les importateurs de {city} demandent des échantillons de {t} avant la fin du trimestre.',
  'Bonne nouvelle pour {t} : le bailleur a confirmé le financement de la deuxième tranche.',
  'Attention aux faux appels d’offres qui circulent sur {t} : vérifiez toujours auprès du service économique.',
  'Le VIE recruté à {city} pour {t} prend ses fonctions le {date}.',
  'Nous organisons des rencontres B2B sur {t} et {t2} pendant {event}.',
  'Les normes locales imposent une certification pour {t} ; le délai moyen est de {n} semaines.',
  'La demande en {t} progresse de {pct} % par an {in} selon les dernières études.',
  'Un distributeur de {city} cherche des fournisseurs français de {t}.',
  'Les visas d’affaires {in} sont désormais délivrés en ligne en {n} jours ouvrés.',
  'Retour d’expérience d’une PME sur {t} : commencer petit, avec un partenaire de confiance.',
  'Le paiement à l’export reste le premier point de vigilance sur {t} ; pensez à l’assurance crédit.',
  'Session de formation sur {t} proposée par {body} le {date}.',
  'Les collectivités de {city} lancent un programme sur {t} ouvert aux entreprises européennes.',
  'Nous avons besoin d’un expert de {t} pour une mission courte à {city} en {month}.',
  'Le forum {event} a réuni {n} participants, dont une trentaine d’entreprises françaises.',
  'Rappel : les candidatures pour le pavillon France sur {t} ferment le {date}.',
  'Le service économique publie une note sur {t} et {t2} {in}.',
  'Veille : un concurrent asiatique a remporté le lot {t}, l’autre lot reste ouvert.',
  'Les coûts logistiques vers {city} ont baissé de {pct} % depuis {month}.',
  'Un atelier sur {t} réunira ministères, bailleurs et entreprises à {city}.',
  'Merci à toutes et à tous pour la mobilisation sur {t} lors de {event}.',
  'Une étude de faisabilité sur {t} est financée par {body} pour {amount} millions d’euros.',
  'Retour d’expérience de {firm} sur {t} {in} : des délais plus longs que prévu, mais de vrais débouchés.',
  '{firm} recrute un VIE pour développer {t} à {city}.',
  'Bravo à {firm}, retenue pour {t} à {city}.',
  '{firm} cherche un partenaire local pour {t} ; contact par message privé.',
];

// Sentences of deal rooms: the project, its company and the confidential steps of a bid.
const ROOM_SENTENCES = [
  'Projet {project} : la version {n} de l’offre technique est dans le dossier partagé.',
  'Réunion avec le ministère {of} jeudi ; {company} présente le chiffrage révisé du projet {project}.',
  'Point de vigilance sur {project} : la clause de change du contrat reste à négocier.',
  'Le partenaire local de {company} demande une garantie de restitution d’acompte de {pct} %.',
  '{company} a reçu les questions de l’acheteur sur {t} ; réponse attendue avant le {date}.',
  'L’ambassade organise une rencontre avec le directeur du projet {project} à {city}.',
  'Le montage financier de {project} combine crédit export et prêt concessionnel ({amount} millions d’euros).',
  'Compte rendu de la visite du site de {project} : accès difficile en saison des pluies, prévoir {t}.',
  'Les concurrents positionnés sur {project} sont connus ; notre avantage reste {t}.',
  'La lettre de soutien de l’ambassade pour {project} est signée.',
  'Nouvelle échéance pour {project} : remise des offres le {date}.',
  '{company} propose une formation des équipes locales sur {t} dans le cadre de {project}.',
];

const COMMENTS = [
  'Merci pour le partage, très utile.',
  'Nous sommes intéressés : pouvez-vous nous mettre en relation ?',
  'Même constat à {city} : les délais s’allongent.',
  'Avez-vous le contact de l’interlocuteur côté ministère {of} ?',
  'Je transmets à nos équipes {t}.',
  'Bonne initiative, nous participerons.',
  'Attention, les règles ont encore changé le mois dernier.',
  'Le service économique peut vous aider sur ce point, écrivez-nous.',
  'Nous avons une expérience similaire sur {t} ; disponible pour en parler.',
  'Question : le financement couvre-t-il aussi {t} ?',
  'Le document est-il disponible en anglais ?',
  'Très bonne nouvelle, bravo aux équipes.',
  'Je confirme, c’est aussi ce que nous observons {in}.',
  'Pouvez-vous préciser le calendrier ?',
];

const TITLES = [
  '{T} {in} : où en est-on ?',
  'Appel d’offres {t} à {city}',
  'Retour de mission à {city}',
  '{event} : le pavillon France',
  'Financer {t} : les outils disponibles',
  'Recherche de partenaires en {t}',
  'Nouvelle réglementation sur {t}',
  'Webinaire {t}',
  'Fiche marché : {t} {in}',
  'Délégation {sector} à {city}',
  'Questions sur {t}',
  '{T} et {t2} : opportunités',
];

const ROOM_TITLES = [
  '{project} : point d’étape',
  '{project} : offre technique',
  '{project} : montage financier',
  'Réunion de lancement {project}',
  '{project} : questions de l’acheteur',
];

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

export class TextGenerator {
  private readonly ranked = rankedVocabulary();
  private readonly all: AliasTable;
  private readonly bySector = new Map<Sector, { terms: readonly string[]; table: AliasTable }>();

  private readonly firmTable: AliasTable | null;

  /**
   * `firms`: company names that posts mention now and then, Zipf-like in their order: the first ones in thousands
   * of posts, the last ones in a handful (rare words for the search).
   */
  constructor(
    private readonly rng: Rng,
    private readonly firms: readonly string[] = [],
  ) {
    this.firmTable = firms.length > 0 ? new AliasTable(zipf(firms.length, 1)) : null;
    this.all = new AliasTable(zipf(this.ranked.length, 1.05));
    for (const [sector, terms] of Object.entries(SECTOR_TERMS) as [Sector, readonly string[]][]) {
      this.bySector.set(sector, { terms, table: new AliasTable(zipf(terms.length, 0.9)) });
    }
  }

  /** The ranked vocabulary (head first): the benchmarks pick common and rare query words from it. */
  vocabulary(): readonly string[] {
    return this.ranked;
  }

  term(sector: Sector | null): string {
    const own = sector ? this.bySector.get(sector) : undefined;
    if (own && this.rng.chance(0.45)) return own.terms[own.table.sample(this.rng)]!;
    return this.ranked[this.all.sample(this.rng)]!;
  }

  private date(): string {
    return `${1 + this.rng.int(28)} ${MONTHS[this.rng.int(12)]}`;
  }

  private fill(template: string, topic: TextTopic): string {
    const r = this.rng;
    const p = place(topic.country ?? r.pick(['ML', 'SA', 'SN', 'MA', 'IN', 'VN', 'BR', 'DE']));
    let t: string | null = null;
    const first = () => {
      t ??= this.term(topic.sector);
      return t;
    };
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 't':
          return first();
        case 'T':
          return capitalise(first());
        case 't2': {
          let other = this.term(topic.sector);
          if (other === t) other = this.term(null);
          return other;
        }
        case 'in':
          return p.in;
        case 'of':
          return p.of;
        case 'country':
          return p.name;
        case 'city':
          return r.pick(p.cities);
        case 'event':
          return r.pick(EVENTS);
        case 'body':
          return r.pick(PUBLIC_BODIES);
        case 'Body':
          return capitalise(r.pick(PUBLIC_BODIES));
        case 'n':
          return String(2 + r.int(40));
        case 'amount':
          return String(r.pick([3, 5, 8, 12, 15, 20, 25, 40, 60, 80, 120, 150, 300]));
        case 'pct':
          return String(r.pick([5, 10, 15, 20, 30, 40, 50, 65, 80]));
        case 'date':
          return this.date();
        case 'month':
          return r.pick(MONTHS);
        case 'sector':
          return topic.sector ? sectorLabels[topic.sector].fr.toLowerCase() : this.term(null);
        case 'project':
          return topic.project?.name ?? 'pilote';
        case 'company':
          return topic.project?.company ?? 'l’entreprise';
        case 'firm':
          return this.firmTable ? this.firms[this.firmTable.sample(r)]! : 'une PME française';
        default:
          return slot;
      }
    });
  }

  /** A post: a title about half the time, one to three paragraphs of one to three sentences. */
  post(topic: TextTopic): { title: string; body: string } {
    const r = this.rng;
    const room = topic.project !== undefined;
    const paragraphs: string[] = [];
    const count = 1 + r.int(3);
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      const n = 1 + r.int(3);
      for (let s = 0; s < n; s++) {
        const pool = room && r.chance(0.7) ? ROOM_SENTENCES : SENTENCES;
        sentences.push(capitalise(this.fill(r.pick(pool), topic)));
      }
      paragraphs.push(sentences.join(' '));
    }
    const title = r.chance(room ? 0.6 : 0.45) ? this.fill(r.pick(room ? ROOM_TITLES : TITLES), topic) : '';
    return { title: capitalise(title).slice(0, 200), body: paragraphs.join('\n\n') };
  }

  comment(topic: TextTopic): string {
    return capitalise(this.fill(this.rng.pick(COMMENTS), topic));
  }
}

/**
 * The HTML the Markdown renderer gives for the generator's plain paragraphs (no markup, no links, nothing to
 * escape): checked against renderMarkdown in the tests, and 100 times faster for a million posts.
 */
export function plainParagraphsHtml(body: string): string {
  return body
    .split('\n\n')
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>\n`)
    .join('');
}
