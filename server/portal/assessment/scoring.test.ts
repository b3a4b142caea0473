// The self-assessment's scoring on answers worked out by hand, and recommendations that follow the gaps.
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_DIMENSIONS } from '../../../common/portal-terms.ts';
import { DIMENSIONS, QUESTIONS } from './questionnaire.ts';
import {
  answerProblems,
  type CandidateOffer,
  exactDimensionScores,
  factualMaturity,
  gapsOf,
  pickOffers,
  REMEDIES,
  recommend,
  remedyScope,
  scoreAssessment,
} from './scoring.ts';

const all = (pick: (optionCount: number) => number) =>
  Object.fromEntries(QUESTIONS.map((q) => [q.id, pick(q.options.length)]));
const lowest = all(() => 0);
const highest = all((n) => n - 1);

/**
 * An occasional exporter, weak in finance. Normalised answer = value / (options - 1); (w) is the question's weight.
 * strategy  : 2/4 + 2/4 + (w2) 2 x 3/4 + 3/3 + 2/2       = 0.5 + 0.5 + 1.5 + 1 + 1             = 4.5 / 6     = 75
 * product   : 1/2 + (w2) 2 x 2/3 + 3/3 + 1/3             = 0.5 + 1.3333 + 1 + 0.3333           = 3.1667 / 5  = 63.33 -> 63
 * finance   : (w2) 2 x 0/3 + 1/2 + 1/3 + 0/3             = 0 + 0.5 + 0.3333 + 0                = 0.8333 / 5  = 16.67 -> 17
 * people    : (w2) 2 x 1/4 + 2/3 + 1/2 + 1/3             = 0.5 + 0.6667 + 0.5 + 0.3333         = 2 / 5       = 40
 * marketing : 2/4 + (w2) 2 x 2/3 + 2/3 + 2/2 + 2/3       = 0.5 + 1.3333 + 0.6667 + 1 + 0.6667  = 4.1667 / 6  = 69.44 -> 69
 * legal     : 2/3 + 1/3 + 0/3 + 2/3 + 1/2                = 2.1667 / 5                          = 43.33 -> 43
 * overall   : (2 x 75 + 2 x 63.333 + 1.5 x 16.667 + 1.5 x 40 + 1.5 x 69.444 + 1.5 x 43.333) / 10
 *           = (150 + 126.667 + 25 + 60 + 104.167 + 65) / 10 = 53.08 -> 53
 * maturity  : sells several times but not every year (2), 5-20 % of turnover (2), 2-4 countries (2): occasional;
 *             53 >= 30 keeps it.
 * gaps      : finance 17 (high, under 25), people 40, legal 43 (medium); the other three are 50 or more.
 */
const mixed: Record<string, number> = {
  'strategy-frequency': 2,
  'strategy-turnover-share': 2,
  'strategy-plan': 3,
  'strategy-target-markets': 3,
  'strategy-leadership': 2,
  'product-advantage': 1,
  'product-adaptation': 2,
  'product-certification': 3,
  'product-capacity': 1,
  'finance-budget': 0,
  'finance-pricing': 1,
  'finance-payment-risk': 1,
  'finance-public-support': 0,
  'people-in-charge': 1,
  'people-languages': 2,
  'people-training': 1,
  'people-recruitment': 1,
  'marketing-countries': 2,
  'marketing-market-knowledge': 2,
  'marketing-channels': 2,
  'marketing-materials': 2,
  'marketing-prospecting': 2,
  'legal-customs': 2,
  'legal-contracts': 1,
  'legal-intellectual-property': 0,
  'legal-logistics': 2,
  'legal-compliance': 1,
};

describe('the questionnaire', () => {
  it('has at least 24 questions over the six dimensions, in French and English, options weakest first', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(DIMENSIONS.map((d) => d.id)).toEqual([...ASSESSMENT_DIMENSIONS]);
    for (const d of ASSESSMENT_DIMENSIONS) {
      expect(QUESTIONS.filter((q) => q.dimension === d).length).toBeGreaterThanOrEqual(4);
    }
    for (const q of QUESTIONS) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(5);
      // Three options only for "no / partly / yes".
      if (q.options.length === 3) expect(q.options[0]).toEqual({ fr: 'Non', en: 'No' });
      for (const t of [q.text, ...q.options]) {
        expect(t.fr.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
    }
    // The mixed profile below answers every question: it must stay in step with the questionnaire.
    expect(Object.keys(mixed).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  it('declares each fact the maturity rule reads exactly once', () => {
    for (const fact of ['frequency', 'turnoverShare', 'countries'])
      expect(QUESTIONS.filter((q) => q.fact === fact)).toHaveLength(1);
  });
});

describe('answer checks', () => {
  it('names unknown questions, unanswered ones and values outside the options', () => {
    const { 'finance-budget': _, ...missingOne } = mixed;
    expect(answerProblems({ ...missingOne, 'strategy-plan': 5, 'no-such-question': 1 })).toEqual([
      { questionId: 'no-such-question', problem: 'unknown' },
      { questionId: 'strategy-plan', problem: 'out_of_range', max: 4 },
      { questionId: 'finance-budget', problem: 'missing' },
    ]);
    expect(answerProblems({ ...mixed, 'product-advantage': -1 })).toEqual([
      { questionId: 'product-advantage', problem: 'out_of_range', max: 2 },
    ]);
    expect(answerProblems({ ...mixed, 'product-advantage': 1.5 })).toHaveLength(1);
    expect(answerProblems(mixed)).toEqual([]);
    expect(answerProblems({})).toHaveLength(QUESTIONS.length);
  });
});

describe('scores and maturity', () => {
  it('gives 0 everywhere and "new" for the weakest answers', () => {
    const result = scoreAssessment(lowest);
    expect(result.scores).toEqual({
      strategy: 0,
      product: 0,
      finance: 0,
      people: 0,
      marketing: 0,
      legal_logistics: 0,
    });
    expect(result.overall).toBe(0);
    expect(result.maturity).toBe('new');
  });

  it('gives 100 everywhere and "regular" for the strongest answers', () => {
    const result = scoreAssessment(highest);
    expect(Object.values(result.scores)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(result.overall).toBe(100);
    expect(result.maturity).toBe('regular');
  });

  it('scores a mixed profile exactly as worked out by hand', () => {
    const exact = exactDimensionScores(mixed);
    expect(exact.strategy).toBeCloseTo(75, 9);
    expect(exact.product).toBeCloseTo(63.3333, 3);
    expect(exact.finance).toBeCloseTo(16.6667, 3);
    expect(exact.people).toBeCloseTo(40, 9);
    expect(exact.marketing).toBeCloseTo(69.4444, 3);
    expect(exact.legal_logistics).toBeCloseTo(43.3333, 3);
    expect(scoreAssessment(mixed)).toEqual({
      scores: { strategy: 75, product: 63, finance: 17, people: 40, marketing: 69, legal_logistics: 43 },
      overall: 53,
      maturity: 'occasional',
    });
  });

  it('sorts maturity from the facts, one level lower when the overall score is too weak', () => {
    // Never exported, everything else at its best: strategy (0 + 0 + 2 + 1 + 1) / 6 = 66.67, marketing
    // (0 + 2 + 1 + 1 + 1) / 6 = 83.33, the rest 100; overall (133.3 + 200 + 150 + 150 + 125 + 150) / 10 = 90.83.
    const neverExported = {
      ...highest,
      'strategy-frequency': 0,
      'strategy-turnover-share': 0,
      'marketing-countries': 0,
    };
    expect(scoreAssessment(neverExported)).toMatchObject({ overall: 91, maturity: 'new' });

    // Exports continuously, 20-50 % of turnover, 5-10 countries, nothing else: the facts say regular, but
    // strategy (4/4 + 3/4) / 6 = 29.17 and marketing (3/4) / 6 = 12.5 give (58.33 + 18.75) / 10 = 7.7 -> 8,
    // under 60: one level lower, occasional.
    const regularButFragile = {
      ...lowest,
      'strategy-frequency': 4,
      'strategy-turnover-share': 3,
      'marketing-countries': 3,
    };
    expect(factualMaturity(regularButFragile)).toBe('regular');
    expect(scoreAssessment(regularButFragile)).toMatchObject({
      scores: { strategy: 29, marketing: 13 },
      overall: 8,
      maturity: 'occasional',
    });

    // Sold once (1), under 5 % (1), one country (1), nothing else: occasional by the facts; overall
    // strategy (1/4 + 1/4) / 6 = 8.33, marketing (1/4) / 6 = 4.17 -> (16.67 + 6.25) / 10 = 2.3, under 30: new.
    const oneOrder = { ...lowest, 'strategy-frequency': 1, 'strategy-turnover-share': 1, 'marketing-countries': 1 };
    expect(factualMaturity(oneOrder)).toBe('occasional');
    expect(scoreAssessment(oneOrder)).toMatchObject({ overall: 2, maturity: 'new' });
  });
});

describe('gaps', () => {
  it('lists the dimensions under 50, the most severe first', () => {
    expect(gapsOf(scoreAssessment(mixed).scores)).toEqual([
      { dimension: 'finance', score: 17, severity: 'high' },
      { dimension: 'people', score: 40, severity: 'medium' },
      { dimension: 'legal_logistics', score: 43, severity: 'medium' },
    ]);
    expect(gapsOf(scoreAssessment(highest).scores)).toEqual([]);
    // Equal scores: the heavier dimension first (strategy and product weigh 2), then the declared order.
    expect(gapsOf(scoreAssessment(lowest).scores).map((g) => g.dimension)).toEqual([...ASSESSMENT_DIMENSIONS]);
    expect(gapsOf({ strategy: 50, product: 49, finance: 30, people: 30, marketing: 90, legal_logistics: 30 })).toEqual([
      { dimension: 'finance', score: 30, severity: 'medium' },
      { dimension: 'people', score: 30, severity: 'medium' },
      { dimension: 'legal_logistics', score: 30, severity: 'medium' },
      { dimension: 'product', score: 49, severity: 'medium' },
    ]);
  });
});

describe('recommendations', () => {
  const offer = (o: Partial<CandidateOffer> & Pick<CandidateOffer, 'id' | 'type' | 'steps'>): CandidateOffer => ({
    title: o.id,
    maturities: [],
    price: 'paid',
    ...o,
  });
  const catalogue: CandidateOffer[] = [
    offer({ id: 'export-loan', type: 'financing', steps: [3, 5] }),
    offer({ id: 'prospecting-insurance', type: 'insurance_guarantees', steps: [3], maturities: ['new', 'occasional'] }),
    offer({ id: 'free-financing-advice', type: 'financing', steps: [5], price: 'free' }),
    offer({ id: 'guarantee-for-regulars', type: 'insurance_guarantees', steps: [5], maturities: ['regular'] }),
    offer({ id: 'seed-grant-step-one', type: 'financing', steps: [1] }),
    offer({ id: 'trade-fair-pavilion', type: 'events_trade_fairs', steps: [4] }),
    offer({ id: 'vie-programme', type: 'human_resources_vie', steps: [6] }),
    offer({ id: 'export-techniques-course', type: 'training', steps: [3] }),
    offer({ id: 'customs-guide', type: 'information', steps: [5], price: 'free' }),
    offer({ id: 'market-diagnostic', type: 'diagnostic', steps: [1] }),
    offer({ id: 'settling-abroad', type: 'settling_abroad', steps: [6] }),
  ];

  it('follows the gaps: a weak finance dimension gets financing and insurance offers of steps 3 and 5', () => {
    const score = scoreAssessment(mixed);
    const plans = recommend(gapsOf(score.scores), score.maturity, catalogue);
    // One recommendation per gap, in the gaps' order; strategy, product and marketing (strong) get none.
    expect(plans.map((p) => p.dimension)).toEqual(['finance', 'people', 'legal_logistics']);
    const finance = plans[0]!;
    expect(finance).toMatchObject({ kind: 'gap', steps: [3, 5] });
    // Round robin over the mapped types (financing, then insurance): the free financing offer first, then the
    // insurance aimed at occasional exporters, then the paid loan. Not the step-1 grant (step not mapped), not
    // the guarantee reserved to regular exporters.
    expect(finance.offerIds).toEqual(['free-financing-advice', 'prospecting-insurance', 'export-loan']);
    for (const id of finance.offerIds) {
      expect(['financing', 'insurance_guarantees']).toContain(catalogue.find((o) => o.id === id)!.type);
    }
    // People: VIE (step 6) then training (step 3); legal: the customs guide (information, step 5).
    expect(plans[1]!.offerIds).toEqual(['vie-programme', 'export-techniques-course']);
    expect(plans[2]!.offerIds).toEqual(['customs-guide']);
  });

  it('recommends an offer once, under the most severe gap that fits it', () => {
    const plans = recommend(
      [
        { dimension: 'people', score: 10, severity: 'high' },
        { dimension: 'strategy', score: 20, severity: 'high' },
      ],
      'new',
      catalogue,
    );
    expect(plans[0]!.offerIds).toEqual(['vie-programme', 'export-techniques-course']);
    // The training course fits strategy too (step 3) but is already recommended above.
    expect(plans[1]!.offerIds).toEqual(['market-diagnostic']);
  });

  it('prefers, within a type, offers aimed at fewer maturities, then free ones', () => {
    const loans = [
      offer({ id: 'loan-for-everyone', type: 'financing', steps: [5], maturities: ['new', 'occasional', 'regular'] }),
      offer({ id: 'loan-any', type: 'financing', steps: [5], price: 'free' }),
      offer({ id: 'loan-for-occasional', type: 'financing', steps: [5], maturities: ['occasional'] }),
    ];
    expect(pickOffers(REMEDIES.finance, 'occasional', loans)).toEqual([
      'loan-for-occasional',
      'loan-any',
      'loan-for-everyone',
    ]);
  });

  it('keeps at most three offers per gap', () => {
    const many = Array.from({ length: 8 }, (_, i) => offer({ id: `loan-${i}`, type: 'financing', steps: [5] }));
    const [plan] = recommend([{ dimension: 'finance', score: 0, severity: 'high' }], 'new', many);
    expect(plan!.offerIds).toEqual(['loan-0', 'loan-1', 'loan-2']);
  });

  it('gives a company with no gap "consolidate" recommendations from step 6', () => {
    const score = scoreAssessment(highest);
    const plans = recommend(gapsOf(score.scores), score.maturity, catalogue);
    expect(plans).toEqual([
      { kind: 'consolidate', dimension: null, steps: [6], offerIds: ['settling-abroad', 'vie-programme'] },
    ]);
  });

  it('reads candidate offers only for the steps and types the gaps need', () => {
    expect(remedyScope([{ dimension: 'finance', score: 10, severity: 'high' }])).toEqual({
      steps: [3, 5],
      types: ['financing', 'insurance_guarantees'],
    });
    expect(remedyScope([]).steps).toEqual([6]);
    // Every dimension has a remedy, and its steps are journey steps.
    for (const d of ASSESSMENT_DIMENSIONS) expect(REMEDIES[d].steps.length).toBeGreaterThan(0);
    expect(pickOffers(REMEDIES.marketing, 'regular', catalogue)).toEqual(['trade-fair-pavilion']);
  });
});
