/**
 * The API's closed list of error codes, each mapped to one HTTP status, and the one
 * error body every route returns: `{ error: { code, message, fields? } }`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One bad input field: its request path (`hires[0].count`, `q`) and what is wrong with it. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

/** Thrown anywhere below a route; the app's error handler turns it into the error body. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

/** Formats a zod issue path the way clients write it: `hires[0].count`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(body)';
}

/** A 400 naming every bad field of a failed zod parse. */
export function fromZodError(err: ZodError, message = '请求参数有误', prefix = ''): ApiError {
  const fields = err.issues.map((issue) => ({ path: formatPath(issue.path, prefix), message: issue.message }));
  return new ApiError('bad_request', `${message}: ${fields.map((f) => f.path).join(', ')}`, fields);
}

export function errorResponse(c: Context, err: ApiError): Response {
  return c.json(err.toBody(), err.status);
}
