/** `POST /api/eligibility` over real HTTP handling (app.request) of the whole app. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/core/rules/registry.js';
import { useTestContext } from '../../../support/context.js';

// The route needs no corpus; a fixed clock makes "today" known.
const ctx = useTestContext({ documents: false, deps: { now: () => new Date('2020-06-01T04:00:00Z') } });

function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return ctx().app.request('/api/eligibility', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const example = {
  asOf: '2020-06-01',
  applicant: {
    type: 'employer',
    entity: 'enterprise',
    hires: [{ group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
  },
};

describe('POST /api/eligibility', () => {
  it('answers the contract example: 6 poor-labour hires for 6 months → 7200 元', async () => {
    const res = await post(example);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    expect(body.asOf).toBe('2020-06-01');
    expect(body.policy).toEqual({
      id: 'zz-2019-63',
      title: '郑州市职业技能提升行动实施方案（2019—2021年）',
      docNo: '郑政办〔2019〕63号',
      period: { from: '2019-12-02', to: '2021-12-31' },
      inForce: true,
    });
    expect(body.results.map((r: { id: string }) => r.id)).toEqual(RULES.filter((r) => r.audience === 'employer').map((r) => r.id));
    const r = body.results[0];
    expect(r).toMatchObject({ id: 'on_job_training', title: '以工代训补贴', status: 'eligible', amountYuan: 7200, missing: [] });
    expect(r.amountNote).toContain('200 元/人/月 × 6 月 × 6 人');
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.citations).toContainEqual({ clause: '六(一)', quote: '按每人每月200元的标准给予生产经营主体以工代训补贴，最长不超过6个月', docNo: '郑政办〔2019〕63号' });
    expect(body.warnings).toEqual([]);
  });

  it('names the missing fact by its request path', async () => {
    const hires = [{ ...example.applicant.hires[0], monthsEmployed: undefined }];
    const body = await (await post({ ...example, applicant: { ...example.applicant, hires } })).json();
    expect(body.results[0]).toMatchObject({ status: 'needs_info', amountYuan: null, missing: ['hires[0].monthsEmployed'] });
  });

  it('uses the injected clock for today and warns outside the period', async () => {
    const today = await (await post({ applicant: example.applicant })).json();
    expect(today.asOf).toBe('2020-06-01');
    const late = await (await post({ ...example, asOf: '2022-03-01' })).json();
    expect(late.policy.inForce).toBe(false);
    expect(late.warnings[0]).toContain('2019—2021');
    expect(late.results[0].amountYuan).toBe(7200);
  });

  it('ignores unknown fields', async () => {
    const res = await post({ ...example, foo: 1, applicant: { ...example.applicant, nickname: '老王', hires: [{ ...example.applicant.hires[0], hat: 'red' }] } });
    expect(res.status).toBe(200);
    expect((await res.json()).results[0].amountYuan).toBe(7200);
  });

  it('400 names each bad field', async () => {
    const res = await post({
      asOf: 'yesterday',
      applicant: { type: 'employer', hires: [{ count: -1, monthsEmployed: 'NaN' }], payrollYuan: 1e308 },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('bad_request');
    expect(body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(
      ['asOf', 'applicant.hires[0].count', 'applicant.hires[0].monthsEmployed', 'applicant.payrollYuan'].sort(),
    );
    for (const f of body.error.fields) expect(f.message).toMatch(/\S/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/i);
  });

  it('400 for facts that contradict each other, naming both fields in the one error shape', async () => {
    const hires = [example.applicant.hires[0], { ...example.applicant.hires[0], monthsEmployed: 4, onJobTrainingMonths: 6 }];
    const res = await post({ ...example, applicant: { ...example.applicant, hires } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['applicant.hires[1].monthsEmployed', 'applicant.hires[1].onJobTrainingMonths']);
    expect(body.error.message).toContain('applicant.hires[1].onJobTrainingMonths');
    expect(body.error.message).toContain('applicant.hires[1].monthsEmployed');
    for (const f of body.error.fields) expect(f.message).toContain('矛盾');
  });

  it('an open total carries the proven part beside what would settle the rest', async () => {
    const hires = [example.applicant.hires[0], { ...example.applicant.hires[0], count: 2, monthsEmployed: undefined }];
    const body = await (await post({ ...example, applicant: { ...example.applicant, hires } })).json();
    expect(body.results[0]).toMatchObject({
      id: 'on_job_training',
      status: 'eligible',
      amountYuan: null,
      partialAmountYuan: 7200,
      amountMissing: ['hires[1].monthsEmployed'],
      amountKind: 'subsidy',
    });
    const settled = (await (await post(example)).json()).results[0];
    expect(settled).toMatchObject({ amountYuan: 7200, partialAmountYuan: null });
  });

  it('says a pre-tax deduction is one, never money to claim', async () => {
    const body = await (
      await post({ asOf: '2020-06-01', applicant: { type: 'employer', entity: 'enterprise', payrollYuan: 10_000_000, educationFundYuan: 900_000, frontlineShareOfFund: 0.59996 } })
    ).json();
    const r = body.results.find((x: { id: string }) => x.id === 'education_fund_deduction');
    expect(r).toMatchObject({ status: 'eligible', amountYuan: 800_000, amountKind: 'tax_deduction' });
    expect(r.amountNote).toContain('税前扣除');
    expect(r.amountNote).not.toMatch(/可得|申领/);
    expect(r.reasons.join('\n')).toContain('低于方案要求的 60%');
  });

  it('400 for an unknown applicant type', async () => {
    const res = await post({ applicant: { type: 'alien' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual([{ path: 'applicant.type', message: expect.stringContaining('person') }]);
  });

  it('400 for a body that is not JSON, and for a JSON that is not an object', async () => {
    const bad = await post('{"applicant": {"type": "person"');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('bad_request');
    const arr = await post('[1,2,3]');
    expect(arr.status).toBe(400);
    expect((await arr.json()).error.fields[0].path).toBe('(body)');
    const empty = await post('');
    expect(empty.status).toBe(400);
  });

  it('415 for a form post', async () => {
    const res = await post('applicant=person', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('413 for a body over 64 KiB', async () => {
    const big = JSON.stringify({ applicant: { type: 'person', padding: 'x'.repeat(70 * 1024) } });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('a big but allowed body of unknown fields still works', async () => {
    const res = await post({ applicant: { type: 'person', groups: ['poor_labor'], padding: 'x'.repeat(50 * 1024) } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.results.find((r: { id: string }) => r.id === 'free_training_poor').status).toBe('eligible');
  });

  it('GET is not a way to evaluate', async () => {
    const res = await ctx().app.request('/api/eligibility');
    expect([404, 405]).toContain(res.status);
  });
});
