import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../../src/core/answer/understand/read-facts.js';

describe('readFacts', () => {
  it('quotes the words each fact came from exactly as typed, traditional characters and spaces included', () => {
    const r = readFacts('我們公司 沒交社保，招了三個貧困戶');
    expect(r.patch.employer.insured).toBe(false);
    expect(r.evidence.find((e) => e.path === 'insured')?.words).toBe('沒交社保');
    expect(r.evidence.find((e) => e.path === 'hires[0].count')).toMatchObject({ value: 3, words: '三個貧困戶' });
  });

  it('starts the evidence of a denial at the denial, before or after the noun', () => {
    expect(readFacts('岗前补贴我们一直都没有领过', { audience: 'employer' }).evidence).toEqual([
      { path: 'hires[].preJobTrainingSubsidy', value: false, words: '岗前补贴我们一直都没有领' },
    ]);
    expect(readFacts('我没有证书', { audience: 'person' }).evidence[0]?.words).toBe('没有证书');
  });

  it('leaves a fact the person does not know open and lists it, whether named or pending', () => {
    const named = readFacts('社保交没交我得问问会计', { audience: 'employer' });
    expect(named.patch.employer.insured).toBeUndefined();
    expect(named.unknown).toEqual(['insured']);
    const pending = readFacts('不清楚', { audience: 'employer', pendingFact: 'hires[1].monthsEmployed' });
    expect(pending.unknown).toEqual(['hires[1].monthsEmployed']);
    expect(pending.patch.at).toBeUndefined();
  });

  it('flags a correction and carries the corrected fact', () => {
    const r = readFacts('不对，没交社保', { audience: 'employer' });
    expect(r.correcting).toBe(true);
    expect(r.patch.employer.insured).toBe(false);
    const months = readFacts('不是6个月 是4个月', { audience: 'employer', pendingFact: 'hires[1].onJobTrainingMonths' });
    expect(months.correcting).toBe(true);
    expect(months.patch.at).toEqual({ 'hires[1].onJobTrainingMonths': 4 });
  });

  it('lists a group the person says they are not, so a correction can take it back', () => {
    const r = readFacts('搞错了 我不是退役军人 是残疾人', { audience: 'person' });
    expect(r.correcting).toBe(true);
    expect(r.patch.person.groups).toEqual(['disabled']);
    expect(r.denied).toEqual([{ path: 'groups', value: ['veteran'], words: '不是退役军人' }]);
    expect(readFacts('我老公不是残疾人', {}).denied).toEqual([]);
  });

  it('reads a short reply to the pending question, and keeps a rough figure open', () => {
    expect(readFacts('是的 交了', { audience: 'employer', pendingFact: 'insured' }).patch.employer.insured).toBe(true);
    const rough = readFacts('十几个吧', { audience: 'employer', pendingFact: 'hires[0].count' });
    expect(rough.patch.at).toBeUndefined();
    expect(rough.vague).toEqual([{ path: 'hires[0].count', words: '十几个吧' }]);
  });

  it('lists an approximate head count as vague, never as a count', () => {
    const r = readFacts('我们公司招了二十来个贫困户', {});
    expect(r.patch.hires).toEqual([{ group: 'poor_labor' }]);
    expect(r.vague).toEqual([{ path: 'hires[0].count', words: '二十来个贫困户' }]);
  });

  it('keeps each group with its own count and months', () => {
    const r = readFacts('招了3个贫困户干了8个月，还有2个残疾人刚来4个月', { audience: 'employer' });
    expect(r.patch.hires).toEqual([
      { group: 'poor_labor', count: 3, monthsEmployed: 8 },
      { group: 'disabled', count: 2, monthsEmployed: 4 },
    ]);
    expect(r.patch.hireDefaults).toEqual({});
  });
});
