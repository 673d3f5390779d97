/** `GET /api/search?q=…&k=5`: hybrid search over the policy clauses (api.md, Retrieval). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { createRouter, errorResponses, json, register, validationHook } from '../router.js';

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

export const SearchHitSchema = z.object({
  docId: z.string(),
  clause: z.string().describe('clause id as the document numbers it: the part\'s numeral, then the item\'s in brackets'),
  path: z.array(z.string()).describe('headings from the document down to the clause'),
  text: z.string(),
  score: z.number().min(0).max(1).describe('fused relevance, higher is better'),
  docNo: z.string().optional().describe('文号 of the clause\'s document, as printed on it'),
  docTitle: z.string().optional().describe('title of the clause\'s document'),
});
export const SearchResponseSchema = z.object({ hits: z.array(SearchHitSchema), tookMs: z.number() }).openapi('SearchResponse');
/** The body of `GET /api/search` (the widget and console read it). */
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/**
 * How old a reading of the active index generation a search here accepts. Reading it is a
 * database round trip, while the ranking itself (a cached result, or the in-memory index) needs
 * none; a generation this process activates is searched at once all the same (db/activation.ts),
 * so only one activated by another process can be seen up to this late — as the answer
 * pipeline's lookups already accept.
 */
const GENERATION_AGE_MS = 1000;

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  operationId: 'search',
  tags: ['api'],
  summary: 'Hybrid search over the policy clauses',
  request: { query: SearchQuerySchema },
  responses: { 200: json('ranked clauses', SearchResponseSchema), ...errorResponses(400, 429, 503) },
});

export function searchRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  register(
    app,
    searchRoute,
    async (c) => {
      const { q, k } = c.req.valid('query');
      const started = performance.now();
      const hits = await deps.search.search(q, k, { generationAgeMs: GENERATION_AGE_MS });
      return c.json({ hits, tookMs: Math.round(performance.now() - started) });
    },
    validationHook('搜索参数有误'),
  );
  return app;
}
