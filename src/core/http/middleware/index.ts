/**
 * The middleware every request passes through, in order: request id, access log, security
 * headers, body limit, and the rate limit on the public API (`/api/*`). `createApp` calls
 * `applyMiddleware` before mounting any route, so every route is covered.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { requestBodyLimit } from './body-limit.js';
import { rateLimit } from './rate-limit.js';
import { accessLog, requestIdMiddleware } from './request-log.js';
import { securityHeaders } from './security-headers.js';

export function applyMiddleware(app: Hono<AppEnv>, deps: AppDeps): void {
  app.use('*', requestIdMiddleware());
  app.use('*', accessLog(deps.log));
  app.use('*', securityHeaders(deps.config.ALLOWED_ORIGINS));
  app.use('*', requestBodyLimit());
  app.use(
    '/api/*',
    rateLimit({
      db: deps.db,
      limit: deps.config.RATE_LIMIT_PER_MINUTE,
      ...(deps.now ? { now: deps.now } : {}),
      ...(deps.log ? { log: deps.log } : {}),
      ...(deps.clientAddress ? { clientAddress: deps.clientAddress } : {}),
    }),
  );
}
