// The self-assessment's questionnaire (diagnostic export), in French and English: six dimensions, their weights,
// the questions with their weights and options (weakest first), and the facts that sort a company's maturity.
// Pure data: a change to questions, options or weights is a new version (stored results keep theirs).
import type { AssessmentDimension, Lang } from '../../../common/portal-terms.ts';

export type Text = { fr: string; en: string };

/** Factual questions, read by the maturity rule besides counting in their dimension's score. */
export type Fact = 'frequency' | 'turnoverShare' | 'countries';

export interface QuestionDef {
  id: string;
  dimension: AssessmentDimension;
  /** Weight of the question within its dimension. */
  weight: number;
  text: Text;
  help?: Text;
  /** From the weakest position (value 0) to the strongest (value options.length - 1). */
  options: Text[];
  fact?: Fact;
}

export interface DimensionDef {
  id: AssessmentDimension;
  /** Weight of the dimension in the overall score. */
  weight: number;
  intro: Text;
  /** What to do when the dimension is a gap, shown with the recommendations. */
  advice: Text;
}

export const QUESTIONNAIRE_VERSION = 1;
export const ESTIMATED_MINUTES = 5;

// Strategy and product weigh more: without a committed plan and an offer that fits, the rest cannot follow.
export const DIMENSIONS: readonly DimensionDef[] = [
  {
    id: 'strategy',
    weight: 2,
    intro: {
      fr: 'Votre expérience de l’export et la place qu’il tient dans les projets de l’entreprise.',
      en: 'Your experience of exporting and the place it holds in the company’s plans.',
    },
    advice: {
      fr: 'Formalisez votre projet export : pays cibles, objectifs, budget et calendrier. Un diagnostic avec un conseiller vous aide à le bâtir.',
      en: 'Put your export project in writing: target countries, goals, budget and timetable. A diagnostic with an adviser helps you build it.',
    },
  },
  {
    id: 'product',
    weight: 2,
    intro: {
      fr: 'Votre offre est-elle prête pour les marchés étrangers : atouts, adaptation, normes, capacité ?',
      en: 'Is your offer ready for foreign markets: strengths, adaptation, standards, capacity?',
    },
    advice: {
      fr: 'Vérifiez ce qu’il faut adapter à chaque marché (normes, certifications, langue, usages) avant de prospecter.',
      en: 'Check what each market requires you to adapt (standards, certifications, language, customs) before prospecting.',
    },
  },
  {
    id: 'finance',
    weight: 1.5,
    intro: {
      fr: 'Les moyens financiers de votre projet et la maîtrise des risques de paiement.',
      en: 'The financial means of your project and how you control payment risks.',
    },
    advice: {
      fr: 'Prévoyez un budget export et sécurisez vos paiements : des financements, assurances et garanties publics existent pour cela.',
      en: 'Plan an export budget and secure your payments: public financing, insurance and guarantees exist for this.',
    },
  },
  {
    id: 'people',
    weight: 1.5,
    intro: {
      fr: 'Les personnes qui portent l’export dans l’entreprise et leurs compétences.',
      en: 'The people who carry exports in the company and their skills.',
    },
    advice: {
      fr: 'Donnez à l’export une personne responsable et des compétences : formation, recrutement, Volontariat international en entreprise (VIE).',
      en: 'Give exports a person in charge and the skills they need: training, recruitment, international volunteers (VIE).',
    },
  },
  {
    id: 'marketing',
    weight: 1.5,
    intro: {
      fr: 'Votre connaissance des marchés et votre façon d’y trouver des clients.',
      en: 'How well you know your markets and how you find customers there.',
    },
    advice: {
      fr: 'Étudiez vos marchés cibles puis allez à la rencontre des clients : salons, rendez-vous d’affaires, prospection accompagnée.',
      en: 'Study your target markets, then go and meet customers: trade fairs, business meetings, supported prospecting.',
    },
  },
  {
    id: 'legal_logistics',
    weight: 1.5,
    intro: {
      fr: 'Douane, contrats, propriété intellectuelle, conformité et acheminement de vos marchandises.',
      en: 'Customs, contracts, intellectual property, compliance and getting your goods there.',
    },
    advice: {
      fr: 'Sécurisez vos opérations : formalités douanières, Incoterms et contrats, protection de la marque, règles de conformité.',
      en: 'Secure your operations: customs formalities, Incoterms and contracts, trademark protection, compliance rules.',
    },
  },
];

const noPartlyYes = (partly: Text): Text[] => [{ fr: 'Non', en: 'No' }, partly, { fr: 'Oui', en: 'Yes' }];

export const QUESTIONS: readonly QuestionDef[] = [
  // --- Strategy and commitment ---
  {
    id: 'strategy-frequency',
    dimension: 'strategy',
    weight: 1,
    fact: 'frequency',
    text: { fr: 'À quelle fréquence vendez-vous à l’étranger ?', en: 'How often do you sell abroad?' },
    options: [
      { fr: 'Jamais pour l’instant', en: 'Never so far' },
      {
        fr: 'Ponctuellement, sur des commandes reçues sans les chercher',
        en: 'Now and then, on orders that came without seeking them',
      },
      { fr: 'Plusieurs fois, mais pas chaque année', en: 'Several times, but not every year' },
      { fr: 'Chaque année', en: 'Every year' },
      { fr: 'En continu, avec des clients réguliers à l’étranger', en: 'Continuously, with regular customers abroad' },
    ],
  },
  {
    id: 'strategy-turnover-share',
    dimension: 'strategy',
    weight: 1,
    fact: 'turnoverShare',
    text: {
      fr: 'Quelle part de votre chiffre d’affaires réalisez-vous à l’étranger ?',
      en: 'What share of your turnover do you make abroad?',
    },
    help: { fr: 'Sur le dernier exercice clos.', en: 'Over the last closed financial year.' },
    options: [
      { fr: 'Aucune', en: 'None' },
      { fr: 'Moins de 5 %', en: 'Less than 5%' },
      { fr: 'De 5 à 20 %', en: '5 to 20%' },
      { fr: 'De 20 à 50 %', en: '20 to 50%' },
      { fr: 'Plus de 50 %', en: 'More than 50%' },
    ],
  },
  {
    id: 'strategy-plan',
    dimension: 'strategy',
    weight: 2,
    text: {
      fr: 'Avez-vous une stratégie export écrite (pays cibles, objectifs, budget, calendrier) ?',
      en: 'Do you have a written export strategy (target countries, goals, budget, timetable)?',
    },
    options: [
      { fr: 'Non, nous n’y avons pas encore réfléchi', en: 'No, we have not thought about it yet' },
      { fr: 'Nous y réfléchissons, rien n’est écrit', en: 'We are thinking about it, nothing is written' },
      { fr: 'Des objectifs, sans budget ni calendrier', en: 'Goals, without a budget or timetable' },
      {
        fr: 'Un plan écrit avec objectifs, budget et calendrier',
        en: 'A written plan with goals, budget and timetable',
      },
      { fr: 'Un plan écrit, suivi et révisé chaque année', en: 'A written plan, followed and revised every year' },
    ],
  },
  {
    id: 'strategy-target-markets',
    dimension: 'strategy',
    weight: 1,
    text: { fr: 'Avez-vous choisi vos pays cibles ?', en: 'Have you chosen your target countries?' },
    options: [
      { fr: 'Non', en: 'No' },
      { fr: 'Nous avons quelques idées', en: 'We have a few ideas' },
      { fr: 'Oui, d’après nos contacts et les occasions', en: 'Yes, based on our contacts and opportunities' },
      {
        fr: 'Oui, après avoir comparé plusieurs marchés',
        en: 'Yes, after comparing several markets',
      },
    ],
  },
  {
    id: 'strategy-leadership',
    dimension: 'strategy',
    weight: 1,
    text: {
      fr: 'La direction de l’entreprise fait-elle de l’international une priorité ?',
      en: 'Does the company’s management make international growth a priority?',
    },
    options: noPartlyYes({
      fr: 'En partie : de l’intérêt, pas de moyens dédiés',
      en: 'Partly: interest, no dedicated means',
    }),
  },

  // --- Product and offer ---
  {
    id: 'product-advantage',
    dimension: 'product',
    weight: 1,
    text: {
      fr: 'Savez-vous ce qui distingue votre offre de la concurrence sur vos marchés cibles ?',
      en: 'Do you know what sets your offer apart from the competition in your target markets?',
    },
    options: noPartlyYes({
      fr: 'En partie : nous le pensons sans l’avoir vérifié',
      en: 'Partly: we believe so without having checked',
    }),
  },
  {
    id: 'product-adaptation',
    dimension: 'product',
    weight: 2,
    text: {
      fr: 'Votre produit ou service est-il adapté aux marchés visés (langue, usages, goûts, emballage) ?',
      en: 'Is your product or service adapted to the markets you target (language, customs, tastes, packaging)?',
    },
    options: [
      { fr: 'Nous ne savons pas ce qu’il faudrait adapter', en: 'We do not know what would need adapting' },
      { fr: 'Nous savons quoi adapter, rien n’est fait', en: 'We know what to adapt, nothing is done' },
      { fr: 'Adapté pour certains marchés', en: 'Adapted for some markets' },
      { fr: 'Adapté à chacun de nos marchés cibles', en: 'Adapted to each of our target markets' },
    ],
  },
  {
    id: 'product-certification',
    dimension: 'product',
    weight: 1,
    text: {
      fr: 'Disposez-vous des certifications, marquages et autorisations exigés sur vos marchés cibles ?',
      en: 'Do you hold the certifications, markings and approvals your target markets require?',
    },
    help: {
      fr: 'Par exemple le marquage CE, des normes techniques, un enregistrement sanitaire.',
      en: 'For instance CE marking, technical standards, a health registration.',
    },
    options: [
      { fr: 'Nous ne savons pas lesquels sont exigés', en: 'We do not know which are required' },
      { fr: 'Nous les connaissons, rien n’est engagé', en: 'We know them, nothing is under way' },
      { fr: 'Les démarches sont en cours', en: 'The procedures are under way' },
      { fr: 'Obtenus pour nos marchés cibles', en: 'Obtained for our target markets' },
    ],
  },
  {
    id: 'product-capacity',
    dimension: 'product',
    weight: 1,
    text: {
      fr: 'Pouvez-vous faire face à une hausse de la demande venue de l’étranger ?',
      en: 'Could you cope with a rise in demand from abroad?',
    },
    options: [
      { fr: 'Non, nous sommes à pleine capacité', en: 'No, we are at full capacity' },
      { fr: 'Une hausse limitée, au prix d’efforts importants', en: 'A limited rise, with great effort' },
      { fr: 'Oui, une hausse modérée', en: 'Yes, a moderate rise' },
      { fr: 'Oui, une forte hausse, nous l’avons prévue', en: 'Yes, a strong rise, we have planned for it' },
    ],
  },

  // --- Finance ---
  {
    id: 'finance-budget',
    dimension: 'finance',
    weight: 2,
    text: {
      fr: 'Avez-vous un budget dédié au développement international ?',
      en: 'Do you have a budget for international growth?',
    },
    options: [
      { fr: 'Aucun budget', en: 'No budget' },
      { fr: 'Au cas par cas, sans enveloppe prévue', en: 'Case by case, with no set amount' },
      { fr: 'Une enveloppe annuelle modeste', en: 'A modest yearly amount' },
      {
        fr: 'Un budget sur plusieurs années, à la mesure du plan',
        en: 'A budget over several years that matches the plan',
      },
    ],
  },
  {
    id: 'finance-pricing',
    dimension: 'finance',
    weight: 1,
    text: {
      fr: 'Savez-vous calculer un prix export (transport, droits de douane, marges des intermédiaires, change) ?',
      en: 'Can you work out an export price (transport, customs duties, intermediaries’ margins, exchange rates)?',
    },
    options: noPartlyYes({ fr: 'Approximativement', en: 'Roughly' }),
  },
  {
    id: 'finance-payment-risk',
    dimension: 'finance',
    weight: 1,
    text: {
      fr: 'Comment vous protégez-vous contre les impayés de vos clients étrangers ?',
      en: 'How do you protect yourself against foreign customers who do not pay?',
    },
    options: [
      { fr: 'Nous ne nous protégeons pas', en: 'We do not' },
      { fr: 'Paiement d’avance, quand le client l’accepte', en: 'Payment in advance, when the customer accepts it' },
      {
        fr: 'Crédit documentaire ou garanties bancaires, au cas par cas',
        en: 'Letters of credit or bank guarantees, case by case',
      },
      {
        fr: 'Assurance-crédit ou évaluation systématique des clients',
        en: 'Credit insurance or a systematic check of customers',
      },
    ],
  },
  {
    id: 'finance-public-support',
    dimension: 'finance',
    weight: 1,
    text: {
      fr: 'Connaissez-vous les financements et garanties publics à l’export (assurance prospection, prêts, garanties) ?',
      en: 'Do you know the public export financing and guarantees (prospecting insurance, loans, guarantees)?',
    },
    options: [
      { fr: 'Non', en: 'No' },
      { fr: 'De nom seulement', en: 'By name only' },
      { fr: 'Oui, nous savons lesquels nous concernent', en: 'Yes, we know which ones apply to us' },
      { fr: 'Oui, nous en avons déjà bénéficié', en: 'Yes, we have already used them' },
    ],
  },

  // --- People and skills ---
  {
    id: 'people-in-charge',
    dimension: 'people',
    weight: 2,
    text: {
      fr: 'Qui s’occupe de l’export dans votre entreprise ?',
      en: 'Who looks after exports in your company?',
    },
    options: [
      { fr: 'Personne en particulier', en: 'Nobody in particular' },
      { fr: 'Le dirigeant, en plus du reste', en: 'The manager, on top of everything else' },
      { fr: 'Une personne, à temps partiel', en: 'One person, part time' },
      { fr: 'Une personne, à plein temps', en: 'One person, full time' },
      { fr: 'Une équipe export', en: 'An export team' },
    ],
  },
  {
    id: 'people-languages',
    dimension: 'people',
    weight: 1,
    text: {
      fr: 'Votre équipe parle-t-elle les langues de vos marchés (au moins l’anglais des affaires) ?',
      en: 'Does your team speak the languages of your markets (at least business English)?',
    },
    options: [
      { fr: 'Non', en: 'No' },
      { fr: 'Une personne, de façon limitée', en: 'One person, to a limited extent' },
      { fr: 'Oui, l’anglais', en: 'Yes, English' },
      {
        fr: 'Oui, l’anglais et les langues de nos principaux marchés',
        en: 'Yes, English and the languages of our main markets',
      },
    ],
  },
  {
    id: 'people-training',
    dimension: 'people',
    weight: 1,
    text: {
      fr: 'Votre équipe est-elle formée au commerce international (techniques export, douane, négociation) ?',
      en: 'Is your team trained in international trade (export techniques, customs, negotiation)?',
    },
    options: noPartlyYes({ fr: 'En partie', en: 'Partly' }),
  },
  {
    id: 'people-recruitment',
    dimension: 'people',
    weight: 1,
    text: {
      fr: 'Avez-vous recruté, ou prévu de recruter, pour l’international ?',
      en: 'Have you recruited, or planned to recruit, for international business?',
    },
    help: {
      fr: 'Un commercial export, un Volontaire international en entreprise (VIE), un agent sur place.',
      en: 'An export sales person, an international volunteer (VIE), an agent on site.',
    },
    options: [
      { fr: 'Non, ce n’est pas envisagé', en: 'No, it is not considered' },
      { fr: 'Envisagé, sans savoir comment faire', en: 'Considered, without knowing how' },
      { fr: 'Oui, c’est prévu', en: 'Yes, it is planned' },
      { fr: 'Oui, nous l’avons déjà fait', en: 'Yes, we already have' },
    ],
  },

  // --- Marketing and sales ---
  {
    id: 'marketing-countries',
    dimension: 'marketing',
    weight: 1,
    fact: 'countries',
    text: {
      fr: 'Dans combien de pays étrangers avez-vous vendu au cours des deux dernières années ?',
      en: 'In how many foreign countries have you sold over the last two years?',
    },
    options: [
      { fr: 'Aucun', en: 'None' },
      { fr: 'Un seul', en: 'One' },
      { fr: 'De 2 à 4', en: '2 to 4' },
      { fr: 'De 5 à 10', en: '5 to 10' },
      { fr: 'Plus de 10', en: 'More than 10' },
    ],
  },
  {
    id: 'marketing-market-knowledge',
    dimension: 'marketing',
    weight: 2,
    text: {
      fr: 'Connaissez-vous vos marchés cibles (taille, concurrents, réglementation, circuits de distribution) ?',
      en: 'Do you know your target markets (size, competitors, regulations, distribution channels)?',
    },
    options: [
      { fr: 'Non', en: 'No' },
      { fr: 'Par des informations générales', en: 'From general information' },
      { fr: 'Par des études de marché', en: 'From market studies' },
      { fr: 'Par des études et une présence sur place', en: 'From studies and a presence on site' },
    ],
  },
  {
    id: 'marketing-channels',
    dimension: 'marketing',
    weight: 1,
    text: {
      fr: 'Avez-vous choisi comment vendre sur chaque marché (vente directe, agent, distributeur, filiale, en ligne) ?',
      en: 'Have you chosen how to sell in each market (direct sales, agent, distributor, subsidiary, online)?',
    },
    options: [
      { fr: 'Non', en: 'No' },
      { fr: 'Nous y réfléchissons', en: 'We are thinking about it' },
      { fr: 'Oui, pour certains marchés', en: 'Yes, for some markets' },
      { fr: 'Oui, avec des partenaires en place sur chaque marché', en: 'Yes, with partners in place in each market' },
    ],
  },
  {
    id: 'marketing-materials',
    dimension: 'marketing',
    weight: 1,
    text: {
      fr: 'Vos supports commerciaux (site web, catalogue, présentations) existent-ils dans les langues de vos marchés ?',
      en: 'Do your sales materials (website, catalogue, presentations) exist in the languages of your markets?',
    },
    options: noPartlyYes({ fr: 'En partie', en: 'Partly' }),
  },
  {
    id: 'marketing-prospecting',
    dimension: 'marketing',
    weight: 1,
    text: {
      fr: 'Prospectez-vous activement à l’étranger (salons, rendez-vous d’affaires, missions) ?',
      en: 'Do you actively prospect abroad (trade fairs, business meetings, missions)?',
    },
    options: [
      { fr: 'Jamais', en: 'Never' },
      { fr: 'Rarement, au gré des occasions', en: 'Rarely, as opportunities arise' },
      { fr: 'Chaque année, selon un programme', en: 'Every year, following a programme' },
      { fr: 'En continu, avec un suivi des contacts', en: 'Continuously, with contacts followed up' },
    ],
  },

  // --- Legal, logistics and compliance ---
  {
    id: 'legal-customs',
    dimension: 'legal_logistics',
    weight: 1,
    text: {
      fr: 'Maîtrisez-vous les formalités douanières (numéro EORI, classement tarifaire, origine des marchandises) ?',
      en: 'Do you master customs formalities (EORI number, tariff classification, origin of goods)?',
    },
    options: [
      { fr: 'Non', en: 'No' },
      {
        fr: 'Notre transitaire s’en charge, sans que nous sachions vérifier',
        en: 'Our forwarder handles them, and we could not check',
      },
      { fr: 'Oui, pour nos envois habituels', en: 'Yes, for our usual shipments' },
      {
        fr: 'Oui, avec le statut d’opérateur économique agréé (OEA) ou un conseil dédié',
        en: 'Yes, with authorised economic operator (AEO) status or dedicated advice',
      },
    ],
  },
  {
    id: 'legal-contracts',
    dimension: 'legal_logistics',
    weight: 1,
    text: {
      fr: 'Vos contrats et conditions de vente sont-ils adaptés à l’international (Incoterms, droit applicable, litiges) ?',
      en: 'Are your contracts and terms of sale fit for international trade (Incoterms, governing law, disputes)?',
    },
    options: [
      { fr: 'Nous n’avons pas de contrat écrit', en: 'We have no written contract' },
      { fr: 'Des contrats types, non adaptés', en: 'Standard contracts, not adapted' },
      { fr: 'Oui, revus au cas par cas', en: 'Yes, reviewed case by case' },
      { fr: 'Oui, systématiquement, avec un juriste', en: 'Yes, always, with a lawyer' },
    ],
  },
  {
    id: 'legal-intellectual-property',
    dimension: 'legal_logistics',
    weight: 1,
    text: {
      fr: 'Avez-vous protégé votre marque et vos innovations dans vos pays cibles ?',
      en: 'Have you protected your trademark and innovations in your target countries?',
    },
    options: [
      { fr: 'Non, et nous ne savons pas si c’est utile', en: 'No, and we do not know whether it is needed' },
      { fr: 'Nous savons qu’il le faut, rien n’est engagé', en: 'We know we should, nothing is under way' },
      { fr: 'Oui, dans certains pays', en: 'Yes, in some countries' },
      { fr: 'Oui, dans tous nos pays cibles', en: 'Yes, in all our target countries' },
    ],
  },
  {
    id: 'legal-logistics',
    dimension: 'legal_logistics',
    weight: 1,
    text: {
      fr: 'Avez-vous organisé le transport de vos marchandises vers vos marchés ?',
      en: 'Have you organised shipping your goods to your markets?',
    },
    help: {
      fr: 'Pour une entreprise de services : la délivrance du service sur place.',
      en: 'For a service company: delivering the service on site.',
    },
    options: [
      { fr: 'Non', en: 'No' },
      { fr: 'Au cas par cas, à chaque commande', en: 'Case by case, for each order' },
      { fr: 'Oui, avec un transitaire ou un logisticien attitré', en: 'Yes, with a regular forwarder or logistician' },
      {
        fr: 'Oui, avec des coûts et des délais maîtrisés pour chaque marché',
        en: 'Yes, with costs and lead times under control for each market',
      },
    ],
  },
  {
    id: 'legal-compliance',
    dimension: 'legal_logistics',
    weight: 1,
    text: {
      fr: 'Vérifiez-vous les règles de conformité (sanctions internationales, biens à double usage, lutte contre la corruption) ?',
      en: 'Do you check compliance rules (international sanctions, dual-use goods, anti-corruption)?',
    },
    options: noPartlyYes({ fr: 'Quand un client ou un partenaire le demande', en: 'When a customer or partner asks' }),
  },
];

export const text = (value: Text | undefined, lang: Lang): string => (value ? value[lang] : '');

export const questionById: ReadonlyMap<string, QuestionDef> = new Map(QUESTIONS.map((q) => [q.id, q]));

export const dimensionById = new Map(DIMENSIONS.map((d) => [d.id, d])) as ReadonlyMap<
  AssessmentDimension,
  DimensionDef
>;
