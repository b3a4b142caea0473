// The self-assessment's pure scoring: answers -> a score per dimension and overall (0 to 100), the maturity
// (new, occasional, regular exporter), the gaps, and which journey steps and offers address each gap. No I/O.
import {
  ASSESSMENT_DIMENSIONS,
  type AssessmentDimension,
  MATURITIES,
  type Maturity,
  OFFER_TYPES,
  type OfferType,
  type Price,
  type StepId,
} from '../../../common/portal-terms.ts';
import { DIMENSIONS, type Fact, QUESTIONS, type QuestionDef } from './questionnaire.ts';

export type Answers = Readonly<Record<string, number>>;
export type DimensionScores = Record<AssessmentDimension, number>;

/** A dimension scoring under this is a gap. */
export const GAP_THRESHOLD = 50;
/** A gap under this is a severe one. */
export const HIGH_SEVERITY_BELOW = 25;
/** The overall score a company needs to keep the maturity its facts suggest (else it is one level lower). */
export const MATURITY_MIN_OVERALL: Readonly<Record<Exclude<Maturity, 'new'>, number>> = { occasional: 30, regular: 60 };
export const MAX_OFFERS_PER_RECOMMENDATION = 3;

// --- Answers ----------------------------------------------------------------------------------------------------

export type AnswerProblem =
  | { questionId: string; problem: 'unknown' }
  | { questionId: string; problem: 'missing' }
  | { questionId: string; problem: 'out_of_range'; max: number };

/** Everything wrong with a set of answers: unknown ids, unanswered questions, values outside the options. */
export function answerProblems(answers: Answers, questions: readonly QuestionDef[] = QUESTIONS): AnswerProblem[] {
  const known = new Set(questions.map((q) => q.id));
  const problems: AnswerProblem[] = [];
  for (const id of Object.keys(answers)) if (!known.has(id)) problems.push({ questionId: id, problem: 'unknown' });
  for (const q of questions) {
    if (!Object.hasOwn(answers, q.id)) {
      problems.push({ questionId: q.id, problem: 'missing' });
      continue;
    }
    const value = answers[q.id];
    const max = q.options.length - 1;
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > max) {
      problems.push({ questionId: q.id, problem: 'out_of_range', max });
    }
  }
  return problems;
}

// --- Scores -----------------------------------------------------------------------------------------------------

/** Rounds half up, immune to binary noise such as 100 * 0.285 = 28.499999999999996. */
const roundScore = (exact: number) => Math.round(exact + 1e-9);

/**
 * Per dimension: the weighted mean of the answers, each normalised to 0..1 (value / (options - 1)), times 100.
 * Returns the exact values; the public scores are these rounded half up.
 */
export function exactDimensionScores(answers: Answers, questions: readonly QuestionDef[] = QUESTIONS): DimensionScores {
  const sums = Object.fromEntries(ASSESSMENT_DIMENSIONS.map((d) => [d, { points: 0, weight: 0 }])) as Record<
    AssessmentDimension,
    { points: number; weight: number }
  >;
  for (const q of questions) {
    const value = answers[q.id] ?? 0;
    const sum = sums[q.dimension];
    sum.points += q.weight * (value / (q.options.length - 1));
    sum.weight += q.weight;
  }
  return Object.fromEntries(
    ASSESSMENT_DIMENSIONS.map((d) => [d, sums[d].weight === 0 ? 0 : (100 * sums[d].points) / sums[d].weight]),
  ) as DimensionScores;
}

/** The weighted mean of the dimensions (weights declared in the questionnaire), from their exact scores. */
export function overallOf(exact: DimensionScores): number {
  let points = 0;
  let weight = 0;
  for (const d of DIMENSIONS) {
    points += d.weight * exact[d.id];
    weight += d.weight;
  }
  return roundScore(points / weight);
}

/** What the facts say on their own: never exported, exports now and then, exports every year to several countries. */
export function factualMaturity(answers: Answers, questions: readonly QuestionDef[] = QUESTIONS): Maturity {
  const fact = (name: Fact) => {
    const q = questions.find((question) => question.fact === name);
    return q ? (answers[q.id] ?? 0) : 0;
  };
  const frequency = fact('frequency'); // 0 never, 1 now and then, 2 several times, 3 every year, 4 continuously
  const share = fact('turnoverShare'); // 0 none, 1 < 5 %, 2 5-20 %, 3 20-50 %, 4 > 50 %
  const countries = fact('countries'); // 0 none, 1 one, 2 2-4, 3 5-10, 4 > 10
  if (frequency === 0 || share === 0 || countries === 0) return 'new';
  if (frequency >= 3 && share >= 2 && countries >= 2) return 'regular';
  return 'occasional';
}

/** The facts' maturity, one level lower when the overall score is under that level's minimum. */
export function maturityOf(answers: Answers, overall: number, questions: readonly QuestionDef[] = QUESTIONS): Maturity {
  const factual = factualMaturity(answers, questions);
  if (factual === 'regular' && overall < MATURITY_MIN_OVERALL.regular) return 'occasional';
  if (factual === 'occasional' && overall < MATURITY_MIN_OVERALL.occasional) return 'new';
  return factual;
}

export interface AssessmentScore {
  scores: DimensionScores;
  overall: number;
  maturity: Maturity;
}

/** Scores complete, valid answers (check them with answerProblems first). */
export function scoreAssessment(answers: Answers): AssessmentScore {
  const exact = exactDimensionScores(answers);
  const scores = Object.fromEntries(ASSESSMENT_DIMENSIONS.map((d) => [d, roundScore(exact[d])])) as DimensionScores;
  const overall = overallOf(exact);
  return { scores, overall, maturity: maturityOf(answers, overall) };
}

// --- Gaps ---------------------------------------------------------------------------------------------------------

export interface Gap {
  dimension: AssessmentDimension;
  score: number;
  severity: 'high' | 'medium';
}

/** Dimensions under the threshold, the most severe first: lowest score, then the heavier dimension, then declared order. */
export function gapsOf(scores: Readonly<Record<string, number>>): Gap[] {
  const order = new Map(DIMENSIONS.map((d, i) => [d.id, i]));
  const weight = new Map(DIMENSIONS.map((d) => [d.id, d.weight]));
  return ASSESSMENT_DIMENSIONS.filter((d) => typeof scores[d] === 'number' && (scores[d] as number) < GAP_THRESHOLD)
    .map((d) => {
      const score = scores[d] as number;
      return { dimension: d, score, severity: score < HIGH_SEVERITY_BELOW ? 'high' : 'medium' } as Gap;
    })
    .sort(
      (a, b) =>
        a.score - b.score ||
        (weight.get(b.dimension) ?? 0) - (weight.get(a.dimension) ?? 0) ||
        (order.get(a.dimension) ?? 0) - (order.get(b.dimension) ?? 0),
    );
}

// --- Recommendations ------------------------------------------------------------------------------------------

export interface Remedy {
  steps: readonly StepId[];
  /** Offer types that address the gap, the most relevant first. */
  types: readonly OfferType[];
}

/** Which journey steps and which kinds of offers address a weak dimension. */
export const REMEDIES: Readonly<Record<AssessmentDimension, Remedy>> = {
  strategy: { steps: [1, 3], types: ['diagnostic', 'information', 'training'] },
  product: { steps: [2, 3], types: ['information', 'diagnostic', 'training'] },
  finance: { steps: [3, 5], types: ['financing', 'insurance_guarantees'] },
  people: { steps: [3, 6], types: ['human_resources_vie', 'training'] },
  marketing: { steps: [2, 4], types: ['prospecting', 'events_trade_fairs', 'information'] },
  legal_logistics: { steps: [5], types: ['information', 'training', 'insurance_guarantees'] },
};
/** A company with no gap consolidates: developing its international presence (step 6), any kind of offer. */
export const CONSOLIDATE: Remedy = {
  steps: [6],
  types: [
    'settling_abroad',
    'human_resources_vie',
    'prospecting',
    'events_trade_fairs',
    'financing',
    'insurance_guarantees',
    'training',
    'information',
    'diagnostic',
  ],
};

/** A published offer as the recommendations weigh it. */
export interface CandidateOffer {
  id: string;
  title: string;
  steps: readonly number[];
  type: OfferType;
  /** Empty: every maturity. */
  maturities: readonly string[];
  price: Price;
}

export interface RecommendationPlan {
  kind: 'gap' | 'consolidate';
  dimension: AssessmentDimension | null;
  steps: readonly StepId[];
  offerIds: string[];
}

const priceRank: Record<Price, number> = { free: 0, cofunded: 1, paid: 2 };
/** How many maturities an offer is meant for (an empty list means all of them). */
const specificity = (offer: CandidateOffer) => offer.maturities.length || MATURITIES.length;

/** Does the offer fit the remedy and the company's maturity? */
export function fits(offer: CandidateOffer, remedy: Remedy, maturity: Maturity): boolean {
  return (
    remedy.types.includes(offer.type) &&
    offer.steps.some((s) => (remedy.steps as readonly number[]).includes(s)) &&
    (offer.maturities.length === 0 || offer.maturities.includes(maturity))
  );
}

/**
 * Up to three offers for a remedy, best first: taken in turn from each of its types (most relevant type first),
 * so that a gap gets different kinds of help; within a type, offers aimed at fewer maturities (closer to the
 * company's) come first, then free before co-funded before paid, then by title. Offers in `taken` (already recommended) are skipped.
 */
export function pickOffers(
  remedy: Remedy,
  maturity: Maturity,
  candidates: readonly CandidateOffer[],
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const byType = remedy.types.map((type) =>
    candidates
      .filter((o) => o.type === type && !taken.has(o.id) && fits(o, remedy, maturity))
      .sort(
        (a, b) =>
          specificity(a) - specificity(b) ||
          priceRank[a.price] - priceRank[b.price] ||
          a.title.localeCompare(b.title, 'fr') ||
          a.id.localeCompare(b.id),
      ),
  );
  const picked: string[] = [];
  for (let round = 0; picked.length < MAX_OFFERS_PER_RECOMMENDATION; round++) {
    if (byType.every((list) => round >= list.length)) break;
    for (const list of byType) {
      const offer = list[round];
      if (offer && picked.length < MAX_OFFERS_PER_RECOMMENDATION) picked.push(offer.id);
    }
  }
  return picked;
}

/** One recommendation per gap, in the gaps' order (an offer is recommended once); "consolidate" when none. */
export function recommend(
  gaps: readonly Gap[],
  maturity: Maturity,
  candidates: readonly CandidateOffer[],
): RecommendationPlan[] {
  if (gaps.length === 0) {
    return [
      {
        kind: 'consolidate',
        dimension: null,
        steps: CONSOLIDATE.steps,
        offerIds: pickOffers(CONSOLIDATE, maturity, candidates),
      },
    ];
  }
  const taken = new Set<string>();
  return gaps.map((gap) => {
    const remedy = REMEDIES[gap.dimension];
    const offerIds = pickOffers(remedy, maturity, candidates, taken);
    for (const id of offerIds) taken.add(id);
    return { kind: 'gap', dimension: gap.dimension, steps: remedy.steps, offerIds };
  });
}

/** The steps and offer types any recommendation may use, to read the candidate offers in one query. */
export function remedyScope(gaps: readonly Gap[]): { steps: StepId[]; types: OfferType[] } {
  const remedies = gaps.length === 0 ? [CONSOLIDATE] : gaps.map((g) => REMEDIES[g.dimension]);
  const steps = [...new Set(remedies.flatMap((r) => r.steps))].sort((a, b) => a - b);
  const types = OFFER_TYPES.filter((t) => remedies.some((r) => r.types.includes(t)));
  return { steps, types };
}
