/**
 * `GET /api/programs[?docId=…]`: the special programmes (专项计划) of part 三 — name, three-year
 * targets, share of skill-upgrading training, new high-skill talent, responsible units — taken
 * from the indexed clauses' extracted facts, so every figure is the text's own.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { programsFromClauses } from '../../corpus/programs.js';
import type { AppDeps } from '../deps.js';
import { fromZodError } from '../errors.js';

const QuerySchema = z.object({
  docId: z.string().trim().min(1).max(200, 'docId 最长 200 字').optional(),
});

export function programsRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/api/programs', async (c) => {
    const parsed = QuerySchema.safeParse({ docId: c.req.query('docId') || undefined });
    if (!parsed.success) throw fromZodError(parsed.error, '查询参数有误');
    const programs = programsFromClauses(await deps.clauses.list(parsed.data.docId));
    return c.json({ count: programs.length, programs });
  });
  return app;
}
