/** `GET /api/search?q=…&k=5`: hybrid search over the policy clauses (api.md, Retrieval). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { fromZodError } from '../errors.js';

export const SearchQuerySchema = z.object({
  q: z
    .string({ error: '缺少查询词 q' })
    .trim()
    .min(1, '查询词 q 不能为空')
    .max(500, '查询词 q 最长 500 字'),
  k: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return 5;
      const n = Number(v);
      if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n)) {
        ctx.addIssue({ code: 'custom', message: 'k 必须是 1 到 50 的整数' });
        return z.NEVER;
      }
      if (n < 1 || n > 50) {
        ctx.addIssue({ code: 'custom', message: 'k 必须在 1 到 50 之间' });
        return z.NEVER;
      }
      return n;
    }),
});
export type SearchQuery = z.output<typeof SearchQuerySchema>;

export function searchRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/api/search', async (c) => {
    const parsed = SearchQuerySchema.safeParse({ q: c.req.query('q'), k: c.req.query('k') });
    if (!parsed.success) throw fromZodError(parsed.error, '搜索参数有误');
    const started = performance.now();
    const hits = await deps.search.search(parsed.data.q, parsed.data.k);
    return c.json({ hits, tookMs: Math.round(performance.now() - started) });
  });
  return app;
}
