/**
 * The Hono application: every HTTP door of the service, built from its dependencies so
 * the same app runs under Node, on Workers and in tests. Each route lives in its own file
 * under ./routes, declared with its OpenAPI entry (./router.ts), and is mounted here;
 * `/openapi.json` describes them all.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from './deps.js';
import { ApiError, errorResponse } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { wechatMpRoutes } from './routes/wechat-mp.js';
import { wechatWorkRoutes } from './routes/wechat-work.js';
import { applyMiddleware } from './middleware/index.js';
import { cors } from './cors.js';
import { webRoutes } from './routes/web.js';
import { adminRoutes } from './routes/admin.js';
import { adminUploadRoutes } from './routes/admin-uploads.js';
import { serveOpenApi } from './routes/openapi.js';
import { eligibilityRoutes } from './routes/eligibility.js';
import { subsidiesRoutes } from './routes/subsidies.js';
import { programsRoutes } from './routes/programs.js';
import { askRoutes } from './routes/ask.js';
import { feedbackRoutes } from './routes/feedback.js';
import { createRouter } from './router.js';

// The people reading validation errors read Chinese: zod's built-in messages (wrong type, bad
// option) come in Chinese on every route, not only where a schema spells its own message.
z.config(z.locales.zhCN());

export type AppEnv = { Variables: { requestId: string } };

/** The app over `deps` (see src/core/compose-services.ts for how they are built). */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = createRouter();

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    // Hono's own HTTP errors (e.g. body limit) carry a status; anything else is ours to hide.
    const status = (err as { status?: number }).status;
    if (status === 413) return errorResponse(c, new ApiError('payload_too_large', '请求体过大'));
    deps.log?.('error', 'unhandled', { error: err instanceof Error ? err.message : String(err) });
    return errorResponse(c, new ApiError('internal', '服务内部错误，请稍后再试'));
  });
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `没有这个地址: ${c.req.method} ${c.req.path}`)));
  app.use('/api/*', cors(deps.config.ALLOWED_ORIGINS)); // first, so refusals are cheap and every API answer (429s too) carries CORS headers
  applyMiddleware(app, deps); // request id, access log, security headers, body limit, rate limit: before every route

  app.route('/', healthRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', wechatMpRoutes(deps));
  app.route('/', wechatWorkRoutes(deps));
  app.route('/', webRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', adminUploadRoutes(deps));
  app.route('/', eligibilityRoutes(deps));
  app.route('/', subsidiesRoutes(deps));
  app.route('/', programsRoutes(deps));
  app.route('/', askRoutes(deps));
  app.route('/', feedbackRoutes(deps));
  serveOpenApi(app); // last: it describes every route registered above
  return app;
}
