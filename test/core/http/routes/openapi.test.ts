/**
 * `/openapi.json` is generated from the routes themselves: every route the app serves has its
 * entry (walking the app's route table), every entry is a route the app serves, the limits it
 * states are the ones enforced, and real answers match the response schemas it declares.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { describe, expect, it } from 'vitest';
import { AskResponseSchema } from '../../../../src/core/answer/schema.js';
import type { AppEnv } from '../../../../src/core/http/app.js';
import { useTestContext } from '../../../support/context.js';

const ADMIN_TOKEN = 'openapi-admin-token-0123';
const ctx = useTestContext({ env: { ADMIN_TOKEN, CONSOLE_TOKEN: 'openapi-console-token', RATE_LIMIT_PER_MINUTE: '0' } });

type Operation = {
  parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
  security?: Record<string, string[]>[];
  tags?: string[];
};
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; required?: string[] }>;
    securitySchemes: Record<string, { type: string; scheme?: string }>;
  };
};

async function doc(): Promise<Doc> {
  const res = await ctx().app.request('/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toContain('application/json');
  return (await res.json()) as Doc;
}

/** The app's route table as `METHOD /openapi/{path}`; middleware (`use`, method ALL) aside. */
function servedRoutes(): { routes: Set<string>; middleware: string[] } {
  const routes = new Set<string>();
  const middleware: string[] = [];
  for (const r of ctx().app.routes) {
    if (r.method === 'ALL') middleware.push(r.path);
    else routes.add(`${r.method} ${r.path.replace(/:([^/]+)/g, '{$1}')}`);
  }
  return { routes, middleware };
}

/** The zod schema a route declares for a status's JSON body, read from the app's own registry. */
function declaredSchema(method: string, path: string, status: number): ZodType {
  const app = ctx().app as unknown as OpenAPIHono<AppEnv>;
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route' || def.route.method !== method || def.route.path !== path) continue;
    const content = (def.route.responses[status] as { content?: Record<string, { schema: ZodType }> } | undefined)?.content;
    const schema = content?.['application/json']?.schema;
    if (schema) return schema;
  }
  throw new Error(`no JSON ${status} schema declared for ${method} ${path}`);
}

const get = async (path: string, headers: Record<string, string> = {}) => ctx().app.request(path, { headers });
const postJson = async (path: string, body: unknown) =>
  ctx().app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /openapi.json', () => {
  it('has an entry for every route the app serves, and no entry for a route it does not', async () => {
    const d = await doc();
    const { routes, middleware } = servedRoutes();
    expect(routes.size).toBeGreaterThan(20);
    const documented = new Set(Object.entries(d.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    expect([...routes].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !routes.has(r))).toEqual([]);
    // What is registered without a method is middleware over a prefix, never an endpoint.
    for (const path of middleware) expect(path).toMatch(/\*$/);
  });

  it('lists every public route of the README, the WeChat callbacks and the admin routes', async () => {
    const d = await doc();
    expect(d.openapi).toBe('3.1.0');
    const expected: [string, string][] = [
      ['post', '/api/ask'],
      ['get', '/api/search'],
      ['post', '/api/eligibility'],
      ['get', '/api/subsidies'],
      ['get', '/api/programs'],
      ['get', '/api/clauses'],
      ['post', '/api/feedback'],
      ['get', '/healthz'],
      ['get', '/readyz'],
      ['get', '/wechat/mp'],
      ['post', '/wechat/mp'],
      ['get', '/wechat/work'],
      ['post', '/wechat/work'],
      ['get', '/widget.js'],
      ['get', '/console'],
      ['get', '/admin/stats'],
      ['post', '/admin/reindex'],
      ['put', '/admin/documents/{id}'],
    ];
    for (const [method, path] of expected) expect(d.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    expect(d.paths['/api/ask']!.post!.responses).toHaveProperty('429');
    expect(d.components.schemas.Error!.properties!.error).toBeDefined();
  });

  it('puts the admin routes under the bearer-token scheme, and the clause listing under the console', async () => {
    const d = await doc();
    const scheme = Object.entries(d.components.securitySchemes).find(([, s]) => s.type === 'http' && s.scheme === 'bearer')!;
    expect(scheme).toBeDefined();
    const adminOps = Object.entries(d.paths).filter(([p]) => p.startsWith('/admin/')).flatMap(([, ops]) => Object.values(ops));
    expect(adminOps.length).toBeGreaterThanOrEqual(7);
    for (const op of adminOps) {
      expect(op.security).toEqual([{ adminToken: [] }]);
      expect(op.responses).toHaveProperty('401');
    }
    expect(d.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(d.paths['/api/clauses']!.get!.security!.length).toBeGreaterThan(0);
    // The public API needs no credentials.
    expect(d.paths['/api/ask']!.post!.security).toBeUndefined();
    // And the scheme is what the server enforces.
    expect((await get('/admin/stats')).status).toBe(401);
    expect((await get('/admin/stats', { Authorization: `Bearer ${ADMIN_TOKEN}` })).status).toBe(200);
  });

  it('describes the ask response from the zod schema the pipeline returns, and real answers match it', async () => {
    const d = await doc();
    const documented = d.components.schemas.AskResponse!;
    expect(Object.keys(documented.properties!).sort()).toEqual(Object.keys(AskResponseSchema.shape).sort());
    expect(documented.required).toEqual(expect.arrayContaining(['answer', 'answered', 'citations', 'mode', 'sessionId']));
    for (const question of ['以工代训补贴标准是多少', '我是退役军人，参加培训有补贴吗', '今天天气怎么样']) {
      const res = await postJson('/api/ask', { question });
      expect(res.status).toBe(200);
      const body = await res.json();
      const parsed = declaredSchema('post', '/api/ask', 200).safeParse(body);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('declares response schemas that the real answers of the other public routes match', async () => {
    const cases: [string, string, () => Promise<Response>][] = [
      ['get', '/api/search', () => get(`/api/search?q=${encodeURIComponent('职业培训补贴')}&k=3`)],
      ['get', '/api/subsidies', () => get('/api/subsidies?asOf=2020-06-01')],
      ['get', '/api/programs', () => get('/api/programs')],
      ['get', '/healthz', () => get('/healthz')],
      ['get', '/readyz', () => get('/readyz')],
      [
        'post',
        '/api/eligibility',
        () => postJson('/api/eligibility', { asOf: '2020-06-01', applicant: { type: 'person', groups: ['veteran'], employment: 'unemployed' } }),
      ],
      ['get', '/api/clauses', () => get('/api/clauses?clause=' + encodeURIComponent('六(一)'), { Authorization: 'Bearer openapi-console-token' })],
    ];
    for (const [method, path, call] of cases) {
      const res = await call();
      expect(res.status, `${method} ${path}`).toBe(200);
      const parsed = declaredSchema(method, path, 200).safeParse(await res.json());
      expect(parsed.error?.issues ?? [], `${method} ${path}`).toEqual([]);
    }
  });

  it('answers a request that fails its declared schema with the one error shape, 400, naming the field in Chinese', async () => {
    for (const [path, field] of [
      ['/api/search?q=x&k=500', 'k'],
      ['/api/search', 'q'],
      ['/api/subsidies?asOf=2020-13-45', 'asOf'],
      [`/api/programs?docId=${'x'.repeat(201)}`, 'docId'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; fields: { path: string; message: string }[] } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.fields.map((f) => f.path)).toContain(field);
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(body.error.fields[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // An empty optional parameter is as if it were absent.
    expect((await get('/api/subsidies?asOf=')).status).toBe(200);
    expect((await get('/api/programs?docId=')).status).toBe(200);
  });

  it('states the same limits the ask route enforces', async () => {
    const d = await doc();
    const ask = d.components.schemas.AskRequest!;
    expect(ask.required).toEqual(['question']);
    const max = ask.properties!.question!.maxLength as number;
    expect(max).toBe(500);
    expect(ask.properties!.channel!.enum).toEqual(['web', 'wechat', 'console']);
    expect((await postJson('/api/ask', { question: '问'.repeat(max + 1) })).status).toBe(400);
    expect((await postJson('/api/ask', { question: '问'.repeat(max) })).status).toBe(200);
  });

  it('lists the search parameters with the rules the search route applies', async () => {
    const d = await doc();
    const params = d.paths['/api/search']!.get!.parameters!;
    const q = params.find((p) => p.name === 'q')!;
    expect(q.required).toBe(true);
    expect(q.schema.maxLength).toBe(500);
    expect(params.find((p) => p.name === 'k')!.required).toBe(false);
    expect((await get(`/api/search?q=${'字'.repeat(501)}`)).status).toBe(400);
  });

  it('describes feedback from the schema the feedback route validates with', async () => {
    const d = await doc();
    const fb = d.components.schemas.FeedbackRequest!;
    expect(fb.required).toEqual(['helpful']);
    expect(fb.properties!.comment!.maxLength).toBe(1000);
    expect((await postJson('/api/feedback', { helpful: 'yes' })).status).toBe(400);
  });

  it('describes the eligibility request from the rules schema, applicant kinds included', async () => {
    const d = await doc();
    const req = d.components.schemas.EligibilityRequest!;
    expect(req.required).toContain('applicant');
    const applicant = JSON.stringify(req.properties!.applicant);
    expect(applicant).toContain('"person"');
    expect(applicant).toContain('"employer"');
    expect(applicant).toContain('onJobTrainingMonths');
  });

  it('knows every rule id the engine serves, the partial amount and the amount kind', async () => {
    const d = await doc();
    const { RULE_IDS } = await import('../../../../src/core/rules/registry.js');
    const res = JSON.stringify(d.components.schemas.EligibilityResponse);
    for (const id of RULE_IDS) expect(res).toContain(`"${id}"`);
    expect(res).toContain('partialAmountYuan');
    expect(res).toContain('tax_deduction');
    const req = JSON.stringify(d.components.schemas.EligibilityRequest);
    for (const fact of ['childStudent', 'competitionAward', 'newOccupation', 'site', 'enrollsPoorFamilyStudents', 'runsVocationalSchool', 'competitionTraining', 'developsTrainingMaterials']) {
      expect(req).toContain(`"${fact}"`);
    }
    expect(Object.keys(d.paths)).toContain('/api/subsidies');
    expect(JSON.stringify(d.components.schemas.SubsidiesResponse)).toContain('training_materials_support');
  });
});
