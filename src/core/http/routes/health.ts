/**
 * `GET /healthz` (the process is up) and `GET /readyz` (database reachable and a corpus
 * indexed: an active index generation with clauses). Both answer 200 or 503.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';

export function healthRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
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
