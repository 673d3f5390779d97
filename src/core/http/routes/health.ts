/**
 * `GET /healthz` (the process is up) and `GET /readyz` (database reachable and a corpus
 * indexed: an active index generation with clauses). Both answer 200 or 503.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { createRouter, errorResponses, json, register } from '../router.js';

const healthzRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'healthz',
  tags: ['health'],
  summary: 'The process is up',
  responses: { 200: json('up', z.object({ ok: z.literal(true) }).openapi('Health')) },
});

const readyzRoute = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'readyz',
  tags: ['health'],
  summary: 'The database is reachable and the corpus indexed',
  responses: {
    200: json('ready', z.looseObject({ ok: z.literal(true), db: z.literal('up'), clauses: z.number().int().positive() }).openapi('Ready')),
    ...errorResponses(503),
  },
});

export function healthRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  register(app, healthzRoute, (c) => c.json({ ok: true }));
  register(app, readyzRoute, async (c) => {
    let clauses: number;
    try {
      const rows = await deps.db.query<{ clauses: number | null }>(
        `select g.clause_count as clauses
           from index_state s left join index_generations g on g.id = s.active_generation
          where s.id = 1`,
      );
      clauses = Number(rows[0]?.clauses ?? 0);
    } catch (err) {
      deps.log?.('warn', 'readiness check: database unreachable', { error: err instanceof Error ? err.message : String(err) });
      return errorResponse(c, new ApiError('unavailable', '数据库暂时不可用'));
    }
    if (clauses === 0) return errorResponse(c, new ApiError('unavailable', '政策文件尚未建立索引'));
    return c.json({ ok: true, db: 'up', clauses });
  });
  return app;
}
