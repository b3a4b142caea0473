// The self-assessment's rules: the localised questionnaire, checking and scoring answers, storing a result, and
// presenting one with its gaps and recommendations (offers re-read at read time, published ones only).
import type { Kysely } from 'kysely';
import {
  type AssessmentDimension,
  assessmentDimensionLabels,
  type Lang,
  maturityLabels,
  type OfferType,
} from '../../../common/portal-terms.ts';
import type {
  AssessmentHistory,
  AssessmentResult,
  Questionnaire,
  Recommendation,
} from '../../../common/schemas/portal-assessment.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import * as repo from './assessment.repo.ts';
import {
  DIMENSIONS,
  ESTIMATED_MINUTES,
  QUESTIONNAIRE_VERSION,
  QUESTIONS,
  questionById,
  text,
} from './questionnaire.ts';
import {
  type AnswerProblem,
  type Answers,
  answerProblems,
  GAP_THRESHOLD,
  gapsOf,
  recommend,
  remedyScope,
  scoreAssessment,
} from './scoring.ts';

export interface AssessmentDeps {
  db: Kysely<DB>;
  lang: Lang;
}

const HISTORY_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function getQuestionnaire(lang: Lang): Questionnaire {
  return {
    version: QUESTIONNAIRE_VERSION,
    estimatedMinutes: ESTIMATED_MINUTES,
    questionCount: QUESTIONS.length,
    dimensions: DIMENSIONS.map((d) => ({
      id: d.id,
      label: assessmentDimensionLabels[d.id][lang],
      intro: text(d.intro, lang),
      weight: d.weight,
      questions: QUESTIONS.filter((q) => q.dimension === d.id).map((q) => ({
        id: q.id,
        text: text(q.text, lang),
        help: text(q.help, lang),
        options: q.options.map((option, value) => ({ value, label: text(option, lang) })),
      })),
    })),
  };
}

function problemMessage(problem: AnswerProblem, lang: Lang): { field: string; message: string } {
  const field = `answers.${problem.questionId}`;
  if (problem.problem === 'unknown') {
    const id = problem.questionId.slice(0, 60);
    return {
      field,
      message: lang === 'fr' ? `Question inconnue : « ${id} ».` : `Unknown question: “${id}”.`,
    };
  }
  const question = text(questionById.get(problem.questionId)?.text, lang);
  if (problem.problem === 'missing') {
    return {
      field,
      message: lang === 'fr' ? `Répondez à la question « ${question} »` : `Answer the question “${question}”`,
    };
  }
  return {
    field,
    message:
      lang === 'fr'
        ? `Choisissez l’une des réponses proposées à la question « ${question} » (de 0 à ${problem.max}).`
        : `Choose one of the answers offered for the question “${question}” (0 to ${problem.max}).`,
  };
}

const consolidateWords = {
  title: {
    fr: 'Consolider et développer votre présence internationale',
    en: 'Consolidate and grow your international presence',
  },
  advice: {
    fr: 'Aucune dimension n’est sous le seuil : gardez vos acquis et développez votre présence à l’étranger (implantation, recrutement, nouveaux marchés).',
    en: 'No dimension is under the threshold: keep what you have built and grow your presence abroad (settling, recruiting, new markets).',
  },
};

/** A stored result with its gaps and recommendations, in the request's language. */
async function present(
  deps: AssessmentDeps,
  row: repo.AssessmentRow,
  viewerId: string | null,
): Promise<AssessmentResult> {
  const { db, lang } = deps;
  const gaps = gapsOf(row.scores);
  const scope = remedyScope(gaps);
  const [offers, steps] = await Promise.all([
    repo.candidateOffers(db, { ...scope, maturity: row.maturity }, lang),
    repo.stepsByIds(db, scope.steps, lang),
  ]);
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const plans = recommend(
    gaps,
    row.maturity,
    offers.map((o) => ({ ...o, type: o.type as OfferType })),
  );
  const label = (d: AssessmentDimension) => assessmentDimensionLabels[d][lang];
  const gapDimensions = new Set(gaps.map((g) => g.dimension));
  const recommendations: Recommendation[] = plans.map((plan) => ({
    kind: plan.kind,
    dimension: plan.dimension,
    title: plan.dimension ? label(plan.dimension) : consolidateWords.title[lang],
    advice: plan.dimension
      ? text(DIMENSIONS.find((d) => d.id === plan.dimension)?.advice, lang)
      : consolidateWords.advice[lang],
    steps: plan.steps.flatMap((id) => {
      const step = stepById.get(id);
      return step ? [{ id: step.id, slug: step.slug, name: step.name }] : [];
    }),
    offers: plan.offerIds.flatMap((id) => {
      const o = offerById.get(id);
      if (!o) return [];
      return [
        {
          id: o.id,
          title: o.title,
          summary: o.summary,
          provider: { id: o.provider_id, name: o.provider_name, shortName: o.provider_short_name },
          steps: o.steps,
          type: o.type as OfferType,
          price: o.price,
        },
      ];
    }),
  }));
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    questionnaireVersion: row.questionnaire_version,
    overall: row.overall,
    maturity: row.maturity,
    maturityLabel: maturityLabels[row.maturity][lang],
    dimensions: DIMENSIONS.map((d) => ({
      dimension: d.id,
      label: label(d.id),
      score: row.scores[d.id] ?? 0,
      weight: d.weight,
      gap: gapDimensions.has(d.id),
    })),
    gapThreshold: GAP_THRESHOLD,
    gaps: gaps.map((g) => ({ ...g, label: label(g.dimension) })),
    recommendations,
    mine: viewerId !== null && row.user_id === viewerId,
  };
}

/** Checks, scores and stores answers; the result is linked to the member who sent them, if any. */
export async function submitAssessment(
  deps: AssessmentDeps,
  answers: Answers,
  userId: string | null,
): Promise<AssessmentResult> {
  const problems = answerProblems(answers);
  if (problems.length > 0) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: problems.map((p) => problemMessage(p, deps.lang)) });
  }
  const { scores, overall, maturity } = scoreAssessment(answers);
  const row = await repo.insertAssessment(deps.db, {
    userId,
    version: QUESTIONNAIRE_VERSION,
    // Only the questionnaire's ids, in its order: nothing else from the body is kept.
    answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, answers[q.id] as number])),
    scores,
    overall,
    maturity,
    lang: deps.lang,
  });
  return present(deps, row, userId);
}

/** Anyone holding the id may read a result; a malformed id is simply not found. */
export async function getAssessment(
  deps: AssessmentDeps,
  id: string,
  viewerId: string | null,
): Promise<AssessmentResult> {
  if (!UUID.test(id)) throw notFound();
  const row = await repo.findAssessment(deps.db, id.toLowerCase());
  if (!row) throw notFound();
  return present(deps, row, viewerId);
}

export async function listHistory(deps: AssessmentDeps, userId: string): Promise<AssessmentHistory> {
  const rows = await repo.listUserAssessments(deps.db, userId, HISTORY_LIMIT);
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      overall: r.overall,
      maturity: r.maturity,
      maturityLabel: maturityLabels[r.maturity][deps.lang],
    })),
  };
}
