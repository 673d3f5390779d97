/**
 * Only masked text is stored: a phone or ID number typed into a question never reaches the
 * session row nor the question log, on any route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import type { AskFn } from '../../../src/core/answer/schema.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext({ deps: { now: () => new Date('2020-06-01T04:00:00Z') } });
let ask: AskFn;
beforeAll(() => {
  ask = createAsk(ctx().deps, { model: null });
});

const PHONE = '13812345678';
const ID = '410102199001011234';

describe('what is stored', () => {
  it.each([
    [`我电话${PHONE}，以工代训补贴多少钱`],
    [`身份证${ID}，我们公司招了2个贫困户`],
    [`${PHONE} 培训期间有生活费补贴吗`],
  ])('keeps no personal number of %s', async (question) => {
    const r = await ask({ question, channel: 'wechat' });
    const [session] = await ctx().db.query<{ state: unknown }>('select state from ask_sessions where id = $1', [r.sessionId]);
    const [log] = await ctx().db.query<{ question: string }>('select question from question_log where id = $1', [r.questionId]);
    const stored = `${JSON.stringify(session?.state)} ${log?.question}`;
    expect(stored).not.toContain(PHONE);
    expect(stored).not.toContain(ID);
    expect(log?.question).toMatch(/\*{4,}/);
  });
});
