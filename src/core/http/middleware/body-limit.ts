/**
 * Request body limits: a question is at most 500 characters and an eligibility request a
 * few facts, so the public API takes 64 KiB; WeChat callbacks are small XML; only the admin
 * document upload needs more. Too large → 413 with the one error body.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app.js';
import { ApiError } from '../errors.js';

export const BODY_LIMITS = {
  api: 64 * 1024,
  admin: 2 * 1024 * 1024,
  other: 64 * 1024,
} as const;

/** The limit for a request path. */
export function bodyLimitFor(path: string): number {
  if (path.startsWith('/admin')) return BODY_LIMITS.admin;
  if (path.startsWith('/api/')) return BODY_LIMITS.api;
  return BODY_LIMITS.other;
}

export function requestBodyLimit(): MiddlewareHandler<AppEnv> {
  const limiters = new Map<number, MiddlewareHandler>();
  for (const size of new Set(Object.values(BODY_LIMITS))) {
    limiters.set(
      size,
      bodyLimit({
        maxSize: size,
        onError: () => {
          throw new ApiError('payload_too_large', `请求体过大（上限 ${Math.round(size / 1024)} KiB）`);
        },
      }),
    );
  }
  return async (c, next) => {
    const limiter = limiters.get(bodyLimitFor(c.req.path));
    if (!limiter) return next();
    return limiter(c, next);
  };
}
