/** The held-out judge reads figures, questions and the plan's end the way a person would. */
import { describe, expect, it } from 'vitest';
import { asksQuestion, computedFigures, judgeScope, judgeTurn, PERIOD_END, statesNumber, yuanFigures, type PublicAnswer } from './judge.js';

const ctx = { verbatim: new Set([200, 100000, 500000]) };
const reply = (answer: string, extra: Partial<PublicAnswer> = {}): PublicAnswer => ({ answer, answered: true, citations: [], ...extra });
const results = (id: string, status: string, amountYuan: number | null) => ({ eligibility: { results: [{ id, status, amountYuan }] } });

describe('held-out judge', () => {
  it('reads yuan figures in the common formats', () => {
    expect(yuanFigures('共 7,200 元，另 50万元，每人每月200 元')).toEqual([7200, 500000, 200]);
    expect(statesNumber('合计7200元', 7200)).toBe(true);
    expect(statesNumber('合计 7,200 元', 7200)).toBe(true);
    expect(statesNumber('可扣除80万元', 800000)).toBe(true);
    expect(statesNumber('合计17200元', 7200)).toBe(false);
    expect(statesNumber('7200万元', 7200)).toBe(false);
    expect(computedFigures('最高不超过10万元，按200元/人/月，合计2400元', ctx.verbatim)).toEqual([2400]);
  });

  it('requires the amount in the results and in the words', () => {
    const expectAmount = { amount: { rule: 'on_job_training' as const, yuan: 2400 } };
    expect(judgeTurn(expectAmount, reply('可得以工代训补贴2400元。', results('on_job_training', 'eligible', 2400)), ctx).ok).toBe(true);
    expect(judgeTurn(expectAmount, reply('可得以工代训补贴。', results('on_job_training', 'eligible', 2400)), ctx).ok).toBe(false);
    const wrong = judgeTurn(expectAmount, reply('可得4800元。', results('on_job_training', 'eligible', 4800)), ctx);
    expect(wrong.ok).toBe(false);
    expect(wrong.flags.wrongAmount).toBe(true);
  });

  it('counts a figure stated on an open fact, and lets the plan\'s own figures pass', () => {
    const open = judgeTurn({ noAmount: 'open', asks: true }, reply('每人每月200元。请问是否领过岗前培训补贴？'), ctx);
    expect(open.ok).toBe(true);
    const guessed = judgeTurn({ noAmount: 'open' }, reply('按未领取计算，可得3600元。'), ctx);
    expect(guessed.ok).toBe(false);
    expect(guessed.flags.amountWhileOpen).toBe(true);
  });

  it('refuses internal names and row labels', () => {
    expect(judgeTurn({}, reply('尚缺 insured、hires[1].onJobTrainingMonths'), ctx).flags.internalName).toBe(true);
    expect(judgeTurn({}, reply('请问：第1类吸纳人员已就业几个月？'), ctx).flags.internalName).toBe(true);
    expect(judgeTurn({}, reply('请问：贫困户那3人已就业几个月？'), ctx).ok).toBe(true);
  });

  it('recognises a question, the plan\'s end and honest "not settled" answers', () => {
    expect(asksQuestion(reply('请问社保交了吗？\n依据：六(一)'))).toBe(true);
    expect(asksQuestion(reply('可以。'))).toBe(false);
    expect(asksQuestion(reply('请问：贵单位是企业吗？（可回复：是 / 否）'))).toBe(true);
    expect(asksQuestion(reply('例如问：“以工代训补贴多少钱？”'))).toBe(false);
    expect(PERIOD_END.test('本方案实施期为2019年12月2日至2021年12月31日')).toBe(true);
    expect(PERIOD_END.test('该方案已结束')).toBe(true);
    expect(PERIOD_END.test('每人每月200元')).toBe(false);
    const item = { id: 'x', label: 'not_settled' as const, q: '生活费补贴多少' };
    expect(judgeScope(item, reply('本方案没有规定生活费补贴的标准，请咨询12333。'), ctx).ok).toBe(true);
    const wrongRule = judgeScope(item, reply('按每人每月200元的标准给予以工代训补贴。'), ctx);
    expect(wrongRule.ok).toBe(false);
    expect(wrongRule.flags.wrongRuleAmount).toBe(true);
  });
});

describe('held-out judge, verdict words', () => {
  it('ties 不符合 to a rule only when no result names the rule', () => {
    const expectOpen = { notVerdict: { rule: 'vocational_training' as const, status: 'ineligible' as const } };
    const other = reply('· 不适用：贫困劳动力免费职业技能培训', results('vocational_training', 'needs_info', null));
    expect(judgeTurn(expectOpen, other, ctx).ok).toBe(true);
    expect(judgeTurn(expectOpen, reply('不符合条件。'), ctx).ok).toBe(false);
    expect(judgeTurn(expectOpen, reply('', results('vocational_training', 'ineligible', null)), ctx).ok).toBe(false);
  });
});
