import { describe, expect, it } from 'vitest';
import { asksWhoIsPaid, inCaseQuestion, paidToLead } from '../../../../src/core/answer/understand/in-case-question.js';
import { freshState, type SessionState } from '../../../../src/core/answer/session-state.js';

const onTopic: SessionState = { ...freshState(), topics: ['on_job_training'], applicant: { type: 'employer', hires: [{ group: 'poor_labor', count: 2 }] }, inDialogue: true };

describe('inCaseQuestion', () => {
  it('reads why, a rough figure and whom to ask as questions about the topic under discussion', () => {
    expect(inCaseQuestion('做了9个月 凭啥只算6个月', onTopic)).toBe('why');
    expect(inCaseQuestion('领导催了：你大概估个数就行', onTopic)).toBe('rough');
    expect(inCaseQuestion('报上去好久了还没到账 该找谁', onTopic)).toBe('contact');
  });

  it('leaves a new subject, and a conversation with no topic, alone', () => {
    expect(inCaseQuestion('对了 为啥郑州的房价这么高', onTopic)).toBeUndefined();
    expect(inCaseQuestion('凭啥只算6个月', freshState())).toBeUndefined();
    expect(inCaseQuestion('岗前补贴没领过', onTopic)).toBeUndefined();
  });
});

describe('asksWhoIsPaid', () => {
  it('takes unit-or-people questions as whom the money goes to, either way round', () => {
    expect(asksWhoIsPaid('钱是进厂里账户还是发给那俩工人', onTopic)).toBe(true);
    expect(asksWhoIsPaid('是给他们本人 还是给公司', onTopic)).toBe(true);
    expect(asksWhoIsPaid('这笔补助归谁', onTopic)).toBe(true);
  });

  it('is not asked without a case on a topic, nor by a plain statement', () => {
    expect(asksWhoIsPaid('钱是进厂里账户还是发给那俩工人', freshState())).toBe(false);
    expect(asksWhoIsPaid('公司参保了 招了俩残疾人', onTopic)).toBe(false);
  });
});

describe('paidToLead', () => {
  it('says the unit the clause gives the money to, and nothing when it names no unit', () => {
    expect(paidToLead('按每人每月200元的标准给予生产经营主体以工代训补贴')).toMatch(/生产经营主体/);
    expect(paidToLead('按规定给予职业培训补贴')).toBeUndefined();
  });
});
