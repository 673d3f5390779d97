/**
 * The one error body every route returns: `{ error: { code, message, fields? } }`, built from
 * an `ApiError` (../errors.ts holds the closed list of codes and their statuses), and the
 * 400 that names every bad field of a failed zod parse.
 */
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { ApiError } from '../errors.js';

export { ApiError, ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldError } from '../errors.js';

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
