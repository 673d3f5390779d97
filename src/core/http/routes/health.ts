/**
 * `GET /healthz` (the process is up) and `GET /readyz` (the service can answer: the database
 * is reachable, a corpus is indexed, and a real search over the clauses runs). Both answer
 * 200 or 503.
 *
 * Readiness runs the search statement itself (lexical side, one term, one result) and counts
 * the active generation's clauses against what the index recorded: a damaged clauses table
 * (a column gone, rows lost) makes every search fail while the bookkeeping tables still look
 * fine, and a probe that only read the bookkeeping would keep sending traffic to it. The
 * search cache is bypassed, so a cached answer cannot hide the damage.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { EVIDENCE_WEIGHT, SEARCH_SQL } from '../../search/hybrid.js';

/** One lexical search for a word every skills policy contains; the vector side stays off. */
const PROBE_PARAMS = [['培训'], [1], null, 'readyz', 5, 1, 32, 0, EVIDENCE_WEIGHT, false];

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
    let recorded: number;
    try {
      const rows = await deps.db.query<{ clauses: number | null }>(
        `select g.clause_count as clauses
           from index_state s left join index_generations g on g.id = s.active_generation
          where s.id = 1`,
      );
      recorded = Number(rows[0]?.clauses ?? 0);
    } catch (err) {
      deps.log?.('warn', 'readiness check: database unreachable', { error: err instanceof Error ? err.message : String(err) });
      return errorResponse(c, new ApiError('unavailable', '数据库暂时不可用'));
    }
    if (recorded === 0) return errorResponse(c, new ApiError('unavailable', '政策文件尚未建立索引'));
    try {
      const [present] = await deps.db.query<{ n: number | string }>(
        'select count(*) as n from clauses where generation_id = (select active_generation from index_state where id = 1)',
      );
      if (Number(present?.n ?? 0) !== recorded) throw new Error(`${present?.n ?? 0} clauses present, ${recorded} indexed`);
      await deps.db.query(SEARCH_SQL, PROBE_PARAMS);
    } catch (err) {
      deps.log?.('error', 'readiness check: the clause index is damaged', { error: err instanceof Error ? err.message : String(err) });
      return errorResponse(c, new ApiError('unavailable', '政策条文索引损坏，检索无法进行：请重建索引（npm run ingest）或从备份恢复数据库'));
    }
    return c.json({ ok: true, db: 'up', clauses: recorded });
  });
  return app;
}
