/**
 * The model as a second fact reader, through the real `openai` client against the scripted
 * OpenAI-compatible server on 127.0.0.1: it is asked for structured output with the JSON schema
 * generated from the zod facts schema; where its reading differs from the deterministic
 * reader's the person is asked, never one reading picked; it only ever sees the masked message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import type { AskFn } from '../../../src/core/answer/schema.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeRequest } from '../../support/fake-openai.js';

let fake: FakeOpenAI;
let ctx: TestContext;
let ask: AskFn;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  ctx = await createTestContext({
    env: { OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'test-key', LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '2000', HOTLINE: '12333' },
    deps: { now: () => new Date('2020-06-01T04:00:00Z') },
  });
  ask = createAsk(ctx.deps);
});
afterAll(async () => {
  await ctx?.close();
  await fake?.close();
});

const isReading = (req: FakeRequest) => Boolean(req.body.response_format);

/** The model reads `reading` as facts; its rewrite of the answer is refused (empty), so the extractive answer shows. */
function script(reading: unknown) {
  fake.script((req) => (isReading(req) ? { kind: 'text', text: JSON.stringify(reading) } : { kind: 'text', text: '' }));
}

describe('the model as a second fact reader', () => {
  it('asks for structured output with the JSON schema of the facts', async () => {
    script({ applicant: null });
    const before = fake.requests.length;
    await ask({ question: '我们公司招了2个贫困户', channel: 'web' });
    const reading = fake.requests.slice(before).find(isReading);
    expect(reading).toBeDefined();
    const format = reading!.body.response_format as { type: string; json_schema: { schema: { properties: Record<string, unknown> } } };
    expect(format.type).toBe('json_schema');
    const schema = JSON.stringify(format.json_schema.schema);
    // The contract's own field names, from the zod schema, not a hand-written copy.
    for (const field of ['applicant', 'insured', 'onJobTrainingMonths', 'preJobTrainingSubsidy', 'childStudent']) expect(schema).toContain(field);
  });

  it('asks the person where the two readers disagree, instead of picking one', async () => {
    // The text says the company has not paid social insurance; the model reads the opposite.
    script({ applicant: { type: 'employer', insured: true, hires: [{ group: 'employment_difficulty', count: 2, onJobTrainingMonths: 5 }] } });
    const r = await ask({ question: '我们公司没交社保，招了2个就业困难人员，以工代训5个月', channel: 'web' });
    expect(r.mode).toBe('extractive');
    expect(r.followUp?.fact).toBe('insured');
    expect(r.answer).toContain('没读准');
    const result = (r.eligibility as { results: Array<{ id: string; status: string }> }).results.find((x) => x.id === 'on_job_training');
    expect(result?.status).toBe('needs_info');
  });

  it('goes on as usual where the readers agree', async () => {
    script({ applicant: { type: 'employer', insured: false, hires: [{ group: 'employment_difficulty', count: 2, onJobTrainingMonths: 5 }] } });
    const r = await ask({ question: '我们公司没交社保，招了2个就业困难人员，以工代训5个月', channel: 'web' });
    expect(r.answer).not.toContain('没读准');
    expect(r.followUp?.fact).not.toBe('insured');
  });

  it('a reading that is not the schema is no reading at all', async () => {
    fake.script((req) => (isReading(req) ? { kind: 'text', text: '企业已参保' } : { kind: 'text', text: '' }));
    const r = await ask({ question: '我们公司没交社保，招了2个就业困难人员，以工代训5个月', channel: 'web' });
    expect(r.answer).not.toContain('没读准');
    expect(r.answered).toBe(true);
  });

  it('sends the model the masked message only', async () => {
    script({ applicant: null });
    const before = fake.requests.length;
    await ask({ question: '我电话13812345678，我们公司招了2个贫困户', channel: 'web' });
    const sent = JSON.stringify(fake.requests.slice(before).map((r) => r.body.messages));
    expect(sent).not.toContain('13812345678');
    expect(sent).toContain('138********');
  });
});

describe('a rewrite keeps the point of the draft', () => {
  it('refuses a rewrite that drops "本方案没有规定"', async () => {
    fake.script((req) => (isReading(req) ? { kind: 'text', text: '{"applicant":null}' } : { kind: 'text', text: '培训期间的生活费补贴请咨询当地人社部门。' }));
    const r = await ask({ question: '参加培训期间有生活费补贴吗', channel: 'web' });
    expect(r.mode).toBe('extractive');
    expect(r.answer).toContain('本方案没有规定');
  });
});
