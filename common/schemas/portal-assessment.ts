// Request and response schemas of the self-assessment (diagnostic export): the localised questionnaire, the
// answers a company sends, and the result (scores per dimension, maturity, gaps and the recommendations that
// name the journey's steps and the published offers that fit them).
import { type Static, Type } from '@sinclair/typebox';
import { ASSESSMENT_DIMENSIONS } from '../portal-terms.ts';
import {
  DateTime,
  literals,
  MaturitySchema,
  Nullable,
  OfferTypeSchema,
  PriceSchema,
  ProviderRef,
  Slug,
  StepNumber,
} from './portal.ts';

export const AssessmentDimensionSchema = literals(ASSESSMENT_DIMENSIONS, {
  description: 'Dimension of the self-assessment',
});
export const QuestionId = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 60,
  description: 'Stable identifier of a question',
});
const Score = Type.Integer({ minimum: 0, maximum: 100, description: 'Score from 0 (weakest) to 100 (strongest)' });
const LangQuery = Type.Object(
  { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
  { additionalProperties: false },
);

// --- Questionnaire ----------------------------------------------------------------------------------------------

export const QuestionnaireQuery = LangQuery;
export const QuestionOption = Type.Object({
  value: Type.Integer({ minimum: 0, description: 'The answer to send: 0 is the weakest option' }),
  label: Type.String(),
});
export const Question = Type.Object({
  id: QuestionId,
  text: Type.String(),
  help: Type.String({ description: 'Why the question matters or how to answer it; may be empty' }),
  options: Type.Array(QuestionOption, { description: 'From the weakest to the strongest position' }),
});
export const QuestionnaireDimension = Type.Object({
  id: AssessmentDimensionSchema,
  label: Type.String(),
  intro: Type.String(),
  weight: Type.Number({ description: 'Weight of the dimension in the overall score' }),
  questions: Type.Array(Question),
});
export const Questionnaire = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'Questionnaire version; results keep the one they answered' }),
  estimatedMinutes: Type.Integer({ minimum: 1 }),
  questionCount: Type.Integer({ minimum: 1 }),
  dimensions: Type.Array(QuestionnaireDimension),
});

// --- Answers ------------------------------------------------------------------------------------------------------

export const AssessmentAnswers = Type.Record(
  Type.String({ maxLength: 60 }),
  Type.Integer({ description: 'The value of the chosen option' }),
  { maxProperties: 100, description: 'One answer per question of the questionnaire, by question id' },
);
export const AssessmentBody = Type.Object({ answers: AssessmentAnswers }, { additionalProperties: false });

// --- Result -------------------------------------------------------------------------------------------------------

export const AssessmentParams = Type.Object(
  { id: Type.String({ maxLength: 100, description: 'The result\u2019s id (a UUID), which is its share link' }) },
  { additionalProperties: false },
);
export const AssessmentResultQuery = LangQuery;

export const GapSeverity = literals(['high', 'medium'] as const, {
  description: 'high: score under 25; medium: under the gap threshold (50)',
});
export const DimensionScore = Type.Object({
  dimension: AssessmentDimensionSchema,
  label: Type.String(),
  score: Score,
  weight: Type.Number(),
  gap: Type.Boolean({ description: 'Below the gap threshold' }),
});
export const AssessmentGap = Type.Object({
  dimension: AssessmentDimensionSchema,
  label: Type.String(),
  score: Score,
  severity: GapSeverity,
});
export const RecommendedStep = Type.Object({ id: StepNumber, slug: Slug, name: Type.String() });
export const RecommendedOffer = Type.Object({
  id: Slug,
  title: Type.String(),
  summary: Type.String(),
  provider: ProviderRef,
  steps: Type.Array(StepNumber),
  type: OfferTypeSchema,
  price: PriceSchema,
});
export const Recommendation = Type.Object({
  kind: literals(['gap', 'consolidate'] as const, {
    description: 'gap: addresses a weak dimension; consolidate: for a company with no gap',
  }),
  dimension: Nullable(AssessmentDimensionSchema),
  title: Type.String(),
  advice: Type.String(),
  steps: Type.Array(RecommendedStep, { description: 'Journey steps that address it' }),
  offers: Type.Array(RecommendedOffer, { maxItems: 3, description: 'Published offers that fit, best first' }),
});
export const AssessmentResult = Type.Object({
  id: Type.String({ format: 'uuid' }),
  createdAt: DateTime,
  questionnaireVersion: Type.Integer(),
  overall: Score,
  maturity: MaturitySchema,
  maturityLabel: Type.String(),
  dimensions: Type.Array(DimensionScore),
  gapThreshold: Type.Integer(),
  gaps: Type.Array(AssessmentGap, { description: 'Dimensions under the threshold, the most severe first' }),
  recommendations: Type.Array(Recommendation),
  mine: Type.Boolean({ description: 'The result belongs to the signed-in member asking' }),
});

export const AssessmentHistoryItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  createdAt: DateTime,
  overall: Score,
  maturity: MaturitySchema,
  maturityLabel: Type.String(),
});
export const AssessmentHistory = Type.Object({ items: Type.Array(AssessmentHistoryItem) });
export const AssessmentHistoryQuery = LangQuery;

export type AssessmentDimensionId = Static<typeof AssessmentDimensionSchema>;
export type Questionnaire = Static<typeof Questionnaire>;
export type QuestionnaireDimension = Static<typeof QuestionnaireDimension>;
export type Question = Static<typeof Question>;
export type AssessmentBody = Static<typeof AssessmentBody>;
export type AssessmentResult = Static<typeof AssessmentResult>;
export type Recommendation = Static<typeof Recommendation>;
export type RecommendedOffer = Static<typeof RecommendedOffer>;
export type DimensionScore = Static<typeof DimensionScore>;
export type AssessmentHistory = Static<typeof AssessmentHistory>;
export type AssessmentHistoryItem = Static<typeof AssessmentHistoryItem>;
