/**
 * Several documents at once, through the real admin API on PGlite: an amending notice
 * uploaded and committed moves the 以工代训 amount from its date on, and the result cites the
 * notice by 文号 and clause; restoring the library without it moves the amount back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/node/corpus-fs.js';
import { createTestContext, type TestContext } from '../../../support/context.js';
import { readFixture } from '../../corpus/fixtures.js';
import { adminPost, commitUpload, LIBRARY_TOKEN, NOTICE_NO, PLAN_NO } from '../../../support/library.js';

const auth = { Authorization: `Bearer ${LIBRARY_TOKEN}` };
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ env: { ADMIN_TOKEN: LIBRARY_TOKEN }, deps: { corpus: () => loadCorpus() } });
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

interface Result {
  id: string;
  amountYuan: number | null;
  amountNote: string;
  citations: { clause: string; quote: string; docNo?: string }[];
}

/** One insured enterprise taking on two 就业困难人员 for 6 months of 以工代训. */
async function onJobTraining(asOf: string): Promise<Result> {
  const res = await ctx.app.request('/api/eligibility', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      asOf,
      applicant: {
        type: 'employer',
        entity: 'enterprise',
        insured: true,
        hires: [{ group: 'employment_difficulty', count: 2, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
      },
    }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: Result[] };
  return body.results.find((r) => r.id === 'on_job_training')!;
}

const commit = (markdown: string) => commitUpload(ctx, markdown, 'text/markdown');

describe('an amending notice moves the amount from its date on', () => {
  it('before the notice: the plan’s 200 元, cited by the plan’s 文号', async () => {
    const r = await onJobTraining('2021-06-01');
    expect(r.amountYuan).toBe(2 * 6 * 200);
    expect(r.citations.every((c) => c.docNo === PLAN_NO)).toBe(true);
  });

  it('after committing it: 300 元 from 2021-01-01, 200 元 the day before, the notice cited by 文号 and clause', async () => {
    await commit(readFixture('amending-notice.md'));
    const before = await onJobTraining('2020-12-31');
    expect(before.amountYuan).toBe(2 * 6 * 200);
    expect(before.citations.map((c) => c.docNo)).not.toContain(NOTICE_NO);

    const after = await onJobTraining('2021-01-01');
    expect(after.amountYuan).toBe(2 * 6 * 300);
    expect(after.amountNote).toContain('300');
    expect(after.citations).toContainEqual(
      expect.objectContaining({ docNo: NOTICE_NO, clause: '一', quote: expect.stringContaining('每人每月300元') }),
    );
  });

  it('the catalogue (/api/subsidies) shows the same standard for the same date, with its source', async () => {
    const standard = async (asOf: string) => {
      const body = (await (await ctx.app.request(`/api/subsidies?asOf=${asOf}`)).json()) as {
        subsidies: { id: string; parameters: { id: string; value: number; ref: { clause: string; docNo?: string } }[] }[];
      };
      return body.subsidies.find((r) => r.id === 'on_job_training')!.parameters.find((p) => p.id === 'onJobMonthlyYuan')!;
    };
    expect(await standard('2020-06-01')).toMatchObject({ value: 200, ref: { clause: '六(一)' } });
    expect(await standard('2021-06-01')).toMatchObject({ value: 300, ref: { clause: '一', docNo: NOTICE_NO } });
  });

  it('refuses a notice whose change names an unknown parameter or misquotes its clause', async () => {
    const unknown = readFixture('amending-notice.md').replace('parameter: onJobMonthlyYuan', 'parameter: onJobMonthlyRate');
    const res = await ctx.app.request('/admin/uploads', { method: 'POST', body: unknown, headers: { ...auth, 'Content-Type': 'text/markdown' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('onJobMonthlyRate');
    const misquoted = readFixture('amending-notice.md').replace('调整为每人每月300元', '调整为每人每月350元');
    const res2 = await ctx.app.request('/admin/uploads', { method: 'POST', body: misquoted, headers: { ...auth, 'Content-Type': 'text/markdown' } });
    expect(res2.status).toBe(400);
    expect(await res2.text()).toContain('quote');
  });

  it('a new version of the notice without the change moves the amount back', async () => {
    const withoutChange = readFixture('amending-notice.md').replace(/ {4}parameters:\n(?: {6,}.*\n)+/, '');
    expect(withoutChange).not.toContain('onJobMonthlyYuan');
    await commit(withoutChange);
    expect((await onJobTraining('2021-06-01')).amountYuan).toBe(2 * 6 * 200);
    // Restoring version 1 (with the change) brings 300 元 back.
    const restore = await adminPost(ctx, '/admin/documents/zz-test-notice-9901/versions/1/restore');
    expect(restore.status, await restore.clone().text()).toBe(200);
    expect((await onJobTraining('2021-06-01')).amountYuan).toBe(2 * 6 * 300);
  });
});
