/**
 * `GET /api/programs[?docId=…]`: the special programmes (专项计划) of part 三 — name, three-year
 * targets, share of skill-upgrading training, new high-skill talent, responsible units — taken
 * from the indexed clauses' extracted facts, so every figure is the text's own.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { programsFromClauses } from '../../corpus/programs.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { createRouter, errorResponses, json, register, validationHook } from '../router.js';

const QuerySchema = z.object({
  // An empty `?docId=` means every document, as if it were not given.
  docId: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).max(200, 'docId 最长 200 字').optional()),
});

const ProgramsResponseSchema = z
  .object({
    count: z.number().int(),
    programs: z
      .array(
        z.object({
          docId: z.string(),
          clause: z.string().describe('the clause stating it (the document\'s numbering)'),
          name: z.string(),
          title: z.string(),
          targets: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string() })),
          skillUpgradeShare: z.number().optional().describe('share of skill-upgrading training, as a fraction'),
          newHighSkillTalent: z.number().optional(),
          responsibleUnits: z.array(z.string()),
        }),
      )
      .describe('one per special programme, figures as the text states them'),
  })
  .openapi('ProgramsResponse');
/** The body of `GET /api/programs` (the console's programme table reads it). */
export type ProgramsResponse = z.infer<typeof ProgramsResponseSchema>;

const programsRoute = createRoute({
  method: 'get',
  path: '/api/programs',
  operationId: 'programs',
  tags: ['api'],
  summary: 'The special programmes (专项计划) with their targets and responsible units',
  request: { query: QuerySchema },
  responses: { 200: json('the programmes', ProgramsResponseSchema), ...errorResponses(400, 429, 503) },
});

export function programsRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  register(
    app,
    programsRoute,
    async (c) => {
      const programs = programsFromClauses(await deps.clauses.list(c.req.valid('query').docId));
      return c.json({ count: programs.length, programs });
    },
    validationHook('查询参数有误'),
  );
  return app;
}
