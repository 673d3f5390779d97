/**
 * `GET /openapi.json`: the OpenAPI 3.1 description of every route of the app, generated from
 * the route definitions themselves (each route registers its entry as it registers its
 * handler: ../router.ts), so a route cannot exist without its entry and no entry describes a
 * route that is gone. Built once, on the first request.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { POLICY } from '../../rules/policy.js';
import { CONSOLE_COOKIE } from '../../web/console-auth.js';
import type { AppEnv } from '../app.js';
import { register } from '../router.js';

/** Names of the security schemes routes refer to in `security`. */
export const SECURITY = {
  /** `Authorization: Bearer <ADMIN_TOKEN>` for /admin/*. */
  admin: 'adminToken',
  /** The staff console's cookie (set by POST /console/login) or `Authorization: Bearer <CONSOLE_TOKEN>`. */
  consoleCookie: 'consoleSession',
  consoleToken: 'consoleToken',
} as const;

const openapiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['meta'],
  summary: 'This description of the API (OpenAPI 3.1)',
  responses: { 200: { description: 'the OpenAPI document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
});

/** The whole document, from the routes registered on `app` so far. */
export function buildOpenApiDocument(app: OpenAPIHono<AppEnv>): Record<string, unknown> {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: '郑州市职业技能提升行动政策助手 API',
      version: '1.0.0',
      description:
        `Search, answers and eligibility for ${POLICY.docNo}, the WeChat callbacks, the widget and the staff console. ` +
        'Errors share one shape: { error: { code, message, fields? } }; bad input is a 400 whose `fields` name each bad field.',
    },
    tags: [
      { name: 'api', description: 'The public JSON API' },
      { name: 'wechat', description: 'Callbacks for the WeChat Official Account and WeCom' },
      { name: 'web', description: 'The widget, the demo page and the staff console' },
      { name: 'health', description: 'Liveness and readiness' },
      { name: 'admin', description: 'Operators only: Authorization: Bearer <ADMIN_TOKEN>' },
      { name: 'meta', description: 'About the API itself' },
    ],
  }) as unknown as Record<string, unknown>;
}

/**
 * Registers `GET /openapi.json` on `app` (the root app, after every other route) and the
 * security schemes the routes name.
 */
export function serveOpenApi(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY.admin, { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' });
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY.consoleCookie, { type: 'apiKey', in: 'cookie', name: CONSOLE_COOKIE, description: 'set by POST /console/login' });
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY.consoleToken, { type: 'http', scheme: 'bearer', description: 'CONSOLE_TOKEN' });
  let cached: string | undefined;
  register(app, openapiRoute, (c) => {
    cached ??= JSON.stringify(buildOpenApiDocument(app));
    return c.body(cached, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
  });
}
