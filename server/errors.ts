// Coded application errors: thrown anywhere, turned into RFC 9457 problem+json by plugins/errors.ts.
import { type ErrorCode, errorCatalogue } from '../common/errors.ts';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, string | number>;
  readonly fieldErrors: { field: string; message: string }[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      params?: Record<string, string | number>;
      fieldErrors?: { field: string; message: string }[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.params = options.params ?? {};
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
  }
}

/** "Not found" and "forbidden" answer the same, so existence never leaks. */
export const notFound = () => new AppError('ERR_NOT_FOUND');
