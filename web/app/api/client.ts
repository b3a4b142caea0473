// The one way the web app talks to the server: same-origin JSON, the interface language in Accept-Language,
// the CSRF token on every write, and RFC 9457 problems turned into a typed ApiError.
import { type ErrorCode, errorCatalogue, errorMessage } from '../../../common/errors.ts';
import type { Problem } from '../../../common/schemas/problem.ts';
import { getLang } from '../i18n/lang.ts';

/** Codes the client produces itself, when no problem document came back. */
export type ClientErrorCode = 'ERR_NETWORK';

const clientMessages: Record<ClientErrorCode, { fr: string; en: string }> = {
  ERR_NETWORK: {
    fr: 'Le serveur ne répond pas : vérifiez votre connexion et réessayez.',
    en: 'The server does not answer: check your connection and try again.',
  },
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode | (string & {});
  /** Human-readable explanation, in the language of the request. */
  readonly detail: string;
  /** Field-level messages by field name (`email`, `password`...). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly requestId: string | undefined;

  constructor(
    status: number,
    code: string,
    detail: string,
    fieldErrors: Record<string, string> = {},
    requestId?: string,
  ) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let csrfLoader: (() => Promise<string>) | null = null;

/** Called with each `me` the server sends: it carries the session's current CSRF token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** How to get a token when none is known yet (fetches `me`); installed by the auth feature. */
export function setCsrfLoader(loader: () => Promise<string>): void {
  csrfLoader = loader;
}

async function currentCsrfToken(): Promise<string | null> {
  if (csrfToken === null && csrfLoader) csrfToken = await csrfLoader();
  return csrfToken;
}

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}

/** Field names come back as `body.email`: the form only knows `email`. */
function fieldName(field: string): string {
  return field.replace(/^(body|querystring|params)\./, '');
}

async function toApiError(response: Response): Promise<ApiError> {
  const lang = getLang();
  let problem: Partial<Problem> | undefined;
  try {
    problem = (await response.json()) as Partial<Problem>;
  } catch {
    problem = undefined;
  }
  const fallbackCode: ErrorCode =
    response.status >= 500 ? 'ERR_INTERNAL' : response.status === 404 ? 'ERR_NOT_FOUND' : 'ERR_VALIDATION';
  const code = typeof problem?.code === 'string' ? problem.code : fallbackCode;
  const detail =
    typeof problem?.detail === 'string' && problem.detail
      ? problem.detail
      : errorMessage(isKnownCode(code) ? code : fallbackCode, lang);
  const fieldErrors: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    // A specific code's `detail` is already a sentence in the interface language; the per-field message is a
    // terse technical note (in English), kept only for plain validation errors.
    fieldErrors[fieldName(error.field)] ??= code === 'ERR_VALIDATION' ? error.message : detail;
  }
  return new ApiError(response.status, code, detail, fieldErrors, problem?.requestId);
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': getLang() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = await currentCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    const lang = getLang();
    throw new ApiError(0, 'ERR_NETWORK', clientMessages.ERR_NETWORK[lang]);
  }
}

/** Calls the API and returns the parsed JSON (undefined for 204). Throws ApiError. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  if (!response.ok && method !== 'GET' && response.status === 403 && csrfLoader) {
    // A stale token (another tab signed in or out): fetch the current one and try once more.
    const error = await toApiError(response.clone());
    if (error.code === 'ERR_CSRF') {
      csrfToken = await csrfLoader();
      response = await send(method, path, body);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};
