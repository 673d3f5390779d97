/**
 * `GET /api/subsidies[?asOf=YYYY-MM-DD]`: the catalogue of subsidies the eligibility engine
 * knows — who each is for, what it requires, its parameters with their references, the facts
 * it asks about, and the text of the clauses it implements, read from the indexed corpus (so
 * the clause text lives in one place only).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Clause } from '../../corpus/types.js';
import { ruleCatalogue } from '../../rules/engine.js';
import { describeFact } from '../../rules/facts.js';
import { chinaDate, policyInfo, POLICY } from '../../rules/policy.js';
import { AmountKindSchema, RuleIdSchema } from '../../rules/response.js';
import { IsoDateSchema, PolicyInfoSchema, RuleCitationSchema } from '../../rules/schema.js';
import type { ClauseStore } from '../../search/types.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { fromZodError } from '../errors.js';
import { createRouter, errorResponses, json, named, register, validationHook } from '../router.js';

// An empty `?asOf=` means today, as if it were not given.
const QuerySchema = z.object({ asOf: z.preprocess((v) => (v === '' ? undefined : v), IsoDateSchema.optional()) });



/** The response of `GET /api/subsidies` (also what OpenAPI describes). */
export const SubsidiesResponseSchema = z.object({
  asOf: z.string(),
  policy: PolicyInfoSchema,
  subsidies: z.array(
    z.object({
      id: RuleIdSchema,
      title: z.string(),
      audience: z.enum(['person', 'employer']),
      reads: z.array(z.string()).describe('request paths the rule reads; hires[].group = every hire’s group'),
      requirements: z.array(z.string()),
      amountRule: z.string(),
      amountKind: AmountKindSchema,
      parameters: z.array(
        z.object({ id: z.string(), label: z.string(), value: z.number(), unit: z.string(), from: z.string(), ref: RuleCitationSchema }),
      ),
      citations: z.array(RuleCitationSchema),
      notes: z.array(RuleCitationSchema).describe('clauses cited only when they apply, such as a special standard for new occupations'),
      clauses: z.array(z.string()),
      facts: z.array(z.object({ path: z.string(), label: z.string(), question: z.string() })),
      clauseTexts: z.array(
        z.object({ docId: z.string(), clause: z.string(), title: z.string().nullable(), path: z.array(z.string()), text: z.string().nullable() }),
      ),
    }),
  ),
});

const subsidiesRoute = createRoute({
  method: 'get',
  path: '/api/subsidies',
  operationId: 'subsidies',
  tags: ['api'],
  summary: 'The subsidies the rules know: who each is for, what it requires, its amounts and clauses',
  request: { query: QuerySchema },
  responses: { 200: json('the catalogue on asOf (default today)', named('SubsidiesResponse', SubsidiesResponseSchema)), ...errorResponses(400, 429, 503) },
});
export type SubsidiesResponse = z.infer<typeof SubsidiesResponseSchema>;

/** The indexed document of this policy: found by its 文号, else by the id it was written with. */
export async function policyDocId(clauses: ClauseStore): Promise<string> {
  const docs = await clauses.documents();
  return docs.find((d) => d.docNo === POLICY.docNo)?.id ?? POLICY.id;
}

export function subsidiesRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  register(app, subsidiesRoute, async (c) => {
    const parsed = QuerySchema.safeParse({ asOf: c.req.query('asOf') || undefined });
    if (!parsed.success) throw fromZodError(parsed.error, '查询参数有误');
    const asOf = parsed.data.asOf ?? chinaDate(deps.now?.() ?? new Date());
    const docId = await policyDocId(deps.clauses);
    const byId = new Map<string, Clause>((await deps.clauses.list(docId)).map((cl) => [cl.clause, cl]));
    // Parameters as in effect on asOf, amending documents included (their refs carry the 文号).
    const subsidies = ruleCatalogue(asOf, await deps.parameters?.table()).map((rule) => ({
      ...rule,
      facts: rule.reads.map((path) => {
        const d = describeFact(path);
        return { path, label: d?.label ?? path, question: d?.question ?? '' };
      }),
      clauseTexts: rule.clauses.map((id) => {
        const cl = byId.get(id);
        return { docId, clause: id, title: cl?.title ?? null, path: cl?.path ?? [], text: cl?.text ?? null };
      }),
    }));
    const body: SubsidiesResponse = { asOf, policy: policyInfo(asOf), subsidies };
    return c.json(body);
  }, validationHook('查询参数有误'));
  return app;
}
