/** `GET /healthz` (the process is up) and `GET /readyz` (database reachable, corpus indexed). */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';

export function healthRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    try {
      await deps.db.query('select 1');
      return c.json({ ok: true, db: 'up' });
    } catch {
      return c.json({ error: { code: 'unavailable', message: '数据库暂时不可用' } }, 503);
    }
  });
  return app;
}
