// The self-assessment (diagnostic export): the questionnaire, taking it (anyone, no session needed), reading a
// result by its share link, and a signed-in member's history.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AssessmentBody,
  AssessmentHistory,
  AssessmentHistoryQuery,
  AssessmentParams,
  AssessmentResult,
  AssessmentResultQuery,
  Questionnaire,
  QuestionnaireQuery,
} from '../../../common/schemas/portal-assessment.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requireMember } from '../../auth/auth.plugin.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './assessment.service.ts';

const tags = ['portal-assessment'];
/** Per IP: enough for a family of colleagues behind one address, not for filling the table. */
const SUBMISSIONS_PER_MINUTE = 30;

/** The signed-in member asking (second factor done, account active), or null for a visitor. */
function memberId(request: FastifyRequest): string | null {
  const auth = request.auth;
  if (auth?.mfa !== 'none' || request.viewer.audience === 'visitor') return null;
  return auth.user.id;
}

export async function assessmentRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest, lang?: 'fr' | 'en'): service.AssessmentDeps => ({
    db: app.database.db,
    lang: lang ?? requestLang(request),
  });

  app.get(
    '/assessments/questionnaire',
    {
      schema: {
        tags,
        summary: 'The self-assessment questionnaire: six dimensions, their questions and options (weakest first)',
        querystring: QuestionnaireQuery,
        response: { 200: Questionnaire, 400: Problem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      reply.header('vary', 'accept-language');
      return service.getQuestionnaire(request.query.lang ?? requestLang(request));
    },
  );

  app.post(
    '/assessments',
    {
      // Visitors take it without a session; a signed-in member's request still needs the CSRF token.
      config: { csrf: 'signed-in', rateLimit: { max: SUBMISSIONS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Take the self-assessment: every question answered; the result is stored, its id is its share link',
        description:
          'Answers are the `value` of the chosen option of every question of the current questionnaire. Unknown ' +
          'question ids, missing answers and values outside the options give a 400 naming each question ' +
          '(`errors[].field` is `answers.<questionId>`). A signed-in member keeps the result in their history.',
        body: AssessmentBody,
        response: { 201: AssessmentResult, 400: Problem, 403: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await service.submitAssessment(deps(request), request.body.answers, memberId(request));
      reply.header('cache-control', 'private, no-store');
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/assessments/:id',
    {
      schema: {
        tags,
        summary: 'A self-assessment result, for anyone holding its link, with recommendations from published offers',
        params: AssessmentParams,
        querystring: AssessmentResultQuery,
        response: { 200: AssessmentResult, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      // `mine` depends on who asks, and the link is private to whoever holds it: no shared cache.
      reply.header('cache-control', 'private, no-store');
      reply.header('x-robots-tag', 'noindex');
      return service.getAssessment(deps(request, request.query.lang), request.params.id, memberId(request));
    },
  );

  app.get(
    '/assessments',
    {
      schema: {
        tags,
        summary: 'The signed-in member\u2019s self-assessments, the latest first',
        security: [{ session: [] }],
        querystring: AssessmentHistoryQuery,
        response: { 200: AssessmentHistory, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const member = requireMember(request);
      reply.header('cache-control', 'private, no-store');
      return service.listHistory(deps(request, request.query.lang), member.user.id);
    },
  );
}
