import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../support/context.js';

const ctx = useTestContext({ documents: false });

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; required: boolean; schema: Record<string, unknown> }[]; requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; required?: string[] }> };
};

async function doc(): Promise<Doc> {
  const res = await ctx().app.request('/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toContain('application/json');
  return (await res.json()) as Doc;
}

describe('GET /openapi.json', () => {
  it('describes the public API in OpenAPI 3.1', async () => {
    const d = await doc();
    expect(d.openapi).toBe('3.1.0');
    for (const path of ['/api/search', '/api/ask', '/api/eligibility', '/api/feedback', '/healthz', '/readyz']) expect(Object.keys(d.paths)).toContain(path);
    expect(d.paths['/api/ask']!.post!.responses).toHaveProperty('429');
    expect(d.components.schemas.Error!.properties!.error).toBeDefined();
    // Admin is not public API.
    expect(Object.keys(d.paths).some((p) => p.startsWith('/admin'))).toBe(false);
  });

  it('states the same limits the ask route enforces', async () => {
    const d = await doc();
    const ask = d.components.schemas.AskRequest!;
    expect(ask.required).toEqual(['question']);
    const max = ask.properties!.question!.maxLength as number;
    expect(max).toBe(500);
    expect(ask.properties!.channel!.enum).toEqual(['web', 'wechat', 'console']);
    const tooLong = await ctx().app.request('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: '问'.repeat(max + 1) }),
    });
    expect(tooLong.status).toBe(400);
    const atLimit = await ctx().app.request('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: '问'.repeat(max) }),
    });
    expect(atLimit.status).toBe(200);
  });

  it('lists the search parameters with the rules the search route applies', async () => {
    const d = await doc();
    const params = d.paths['/api/search']!.get!.parameters!;
    const q = params.find((p) => p.name === 'q')!;
    expect(q.required).toBe(true);
    expect(q.schema.maxLength).toBe(500);
    expect(params.find((p) => p.name === 'k')!.required).toBe(false);
    const res = await ctx().app.request(`/api/search?q=${'字'.repeat(501)}`);
    expect(res.status).toBe(400);
  });

  it('describes feedback from the schema the feedback route validates with', async () => {
    const d = await doc();
    const fb = d.components.schemas.FeedbackRequest!;
    expect(fb.required).toEqual(['helpful']);
    expect(fb.properties!.comment!.maxLength).toBe(1000);
    const res = await ctx().app.request('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ helpful: 'yes' }) });
    expect(res.status).toBe(400);
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
    const { RULE_IDS } = await import('../../../../src/core/rules/rules/index.js');
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
