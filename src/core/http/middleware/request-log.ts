/**
 * Request id and access log. Every response carries `X-Request-Id` (the caller's, when it is
 * a sane token, else a fresh UUID) and every request ends in one JSON log line with that id,
 * the method, the path (never the query string: it holds what people typed), the status
 * and the time taken.
 */
import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { AppEnv } from '../app.js';
import type { Log } from '../deps.js';

/** Accepts a caller's id of letters, digits, `_`, `-`, `=` and `.`, up to 128 characters. */
export function requestIdMiddleware(): MiddlewareHandler<AppEnv> {
  return requestId({ limitLength: 128, headerName: 'X-Request-Id' }) as MiddlewareHandler<AppEnv>;
}

/** Logs one line per request once the response is ready. */
export function accessLog(log: Log | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (!log) return;
    const status = c.res.status;
    const fields: Record<string, unknown> = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    log(status >= 500 ? 'warn' : 'info', 'request', fields);
  };
}
