// Every error leaves as RFC 9457 problem+json with a stable code and a French or English message.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type ErrorCode, errorCatalogue, errorMessage, type Lang } from '../../common/errors.ts';
import { AppError } from '../errors.ts';
import { requestLang } from './lang.ts';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'ERR_MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'ERR_MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'ERR_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'ERR_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'ERR_VALIDATION',
  FST_ERR_CTP_INVALID_TYPE: 'ERR_VALIDATION',
  FST_ERR_VALIDATION: 'ERR_VALIDATION',
  FST_ERR_ASYNC_CONSTRAINT: 'ERR_VALIDATION',
  FST_ERR_BAD_URL: 'ERR_NOT_FOUND',
  FST_ERR_INVALID_URL: 'ERR_NOT_FOUND',
  ERR_INVALID_URL: 'ERR_NOT_FOUND',
};

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const lang = requestLang(request);
  const entry = errorCatalogue[error.code];
  if (error.headers) reply.headers(error.headers);
  return reply
    .code(error.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `/api/docs#error-${error.code}`,
      title: error.code === 'ERR_INTERNAL' ? entry[lang] : errorMessage(error.code, lang, error.params),
      status: error.status,
      detail: errorMessage(error.code, lang, error.params),
      code: error.code,
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
    });
}

type Params = Record<string, unknown>;
const fieldMessages: Record<string, { fr: (p: Params) => string; en: (p: Params) => string }> = {
  required: { fr: () => 'champ obligatoire', en: () => 'required' },
  type: { fr: (p) => `doit être de type ${p.type}`, en: (p) => `must be of type ${p.type}` },
  format: { fr: (p) => `format invalide (${p.format})`, en: (p) => `invalid format (${p.format})` },
  minLength: { fr: (p) => `au moins ${p.limit} caractère(s)`, en: (p) => `at least ${p.limit} character(s)` },
  maxLength: { fr: (p) => `au plus ${p.limit} caractères`, en: (p) => `at most ${p.limit} characters` },
  pattern: { fr: () => 'format invalide', en: () => 'invalid format' },
  minimum: { fr: (p) => `doit valoir au moins ${p.limit}`, en: (p) => `must be at least ${p.limit}` },
  maximum: { fr: (p) => `doit valoir au plus ${p.limit}`, en: (p) => `must be at most ${p.limit}` },
  additionalProperties: {
    fr: (p) => `champ inconnu : ${p.additionalProperty}`,
    en: (p) => `unknown field: ${p.additionalProperty}`,
  },
  anyOf: { fr: () => 'valeur non autorisée', en: () => 'value not allowed' },
  const: { fr: () => 'valeur non autorisée', en: () => 'value not allowed' },
  enum: { fr: () => 'valeur non autorisée', en: () => 'value not allowed' },
  uniqueItems: { fr: () => 'valeurs en double', en: () => 'duplicate values' },
};

/** Field-level validation errors, worded in the request's language. */
function fieldErrors(error: FastifyError, lang: Lang): { field: string; message: string }[] | undefined {
  if (!error.validation) return undefined;
  return error.validation.map((v) => {
    const params = (v.params ?? {}) as Params;
    const missing = params.missingProperty as string | undefined;
    const base = v.instancePath ? v.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
    const field = [error.validationContext, base, missing].filter(Boolean).join('.');
    const worded = fieldMessages[v.keyword]?.[lang](params);
    return { field: field || String(error.validationContext ?? 'body'), message: worded ?? v.message ?? 'invalid' };
  });
}

export function toAppError(error: FastifyError | Error, lang: Lang = 'fr'): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError;
  if (fe.statusCode === 429) return new AppError('ERR_RATE_LIMITED');
  const code = fe.code ? fastifyCodes[fe.code] : undefined;
  if (code) return new AppError(code, { fieldErrors: fieldErrors(fe, lang) });
  if (fe.validation) return new AppError('ERR_VALIDATION', { fieldErrors: fieldErrors(fe, lang) });
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 404) return new AppError('ERR_NOT_FOUND');
    if (fe.statusCode === 413) return new AppError('ERR_PAYLOAD_TOO_LARGE');
    if (fe.statusCode === 415) return new AppError('ERR_UNSUPPORTED_MEDIA_TYPE');
    return new AppError('ERR_VALIDATION');
  }
  return new AppError('ERR_INTERNAL');
}

export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error, requestLang(request));
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: appError.code, msg: error.message }, 'request refused');
      return sendProblem(request, reply, appError);
    });
    app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new AppError('ERR_NOT_FOUND')));
  },
  { name: 'errors' },
);
