/**
 * Scope by class: other policies are recognised by their subject, not by a list of sentences;
 * subjects the plan leaves open by what people ask about them.
 */
import { describe, expect, it } from 'vitest';
import { aboutOtherPolicy, unsettledSubject } from '../../../src/core/answer/scope.js';
import { topicsIn } from '../../../src/core/answer/topics.js';
import { ruleCatalogue } from '../../../src/core/rules/engine.js';

const rules = new Map(ruleCatalogue('2020-01-01').map((r) => [r.id as string, r]));
const subject = (q: string) => unsettledSubject(q, topicsIn(q), (id) => rules.get(id))?.id;

describe('scope', () => {
  it('knows other policies, unless the question is about training', () => {
    for (const q of ['失业保险金去哪领', '最低工资多少', '医保卡丢了', '个税怎么退', '养老保险断缴了']) expect(aboutOtherPolicy(q), q).toBe(true);
    for (const q of ['失业人员能参加技能培训吗', '职工教育经费税前扣除比例', '领养老金的还能参加补贴培训吗']) expect(aboutOtherPolicy(q), q).toBe(false);
  });

  it('knows what the plan leaves open', () => {
    expect(subject('培训的时候管饭吗')).toBe('living_allowance');
    expect(subject('报销路费吗')).toBe('transport');
    expect(subject('钱多久能发下来')).toBe('payment_time');
    expect(subject('60岁还能参加吗')).toBe('age');
    expect(subject('要带哪些材料')).toBe('materials');
    expect(subject('创业培训补贴多少钱')).toBe('amount:entrepreneurship_training');
  });

  it('leaves alone what the plan settles', () => {
    for (const q of ['以工代训补贴多少钱', '技能大师工作室设备补助最高多少', '一年能领几次培训补贴']) expect(subject(q), q).toBeUndefined();
  });
});
