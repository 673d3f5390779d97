import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/answer/facts-from-text.js';

describe('extractFacts', () => {
  it.each([
    ['我是退役军人', ['veteran']],
    ['我当兵退伍回来了', ['veteran']],
    ['我是贫困户', ['poor_labor']],
    ['我是农民工', ['rural_migrant']],
    ['我是残疾人，也是就业困难人员', ['disabled', 'employment_difficulty']],
  ])('%s → groups %j', (text, groups) => {
    const p = extractFacts(text);
    expect(p.audience).toBe('person');
    expect(p.person.groups).toEqual(groups);
  });

  it('does not take a negated group', () => {
    expect(extractFacts('我不是退役军人').person.groups).toBeUndefined();
  });

  it('reads an employer hiring with a count, in Arabic or Chinese numerals', () => {
    for (const text of ['我们公司招了6个贫困户能拿多少', '我们公司招了六个贫困户', '我们厂吸纳贫困户6人']) {
      const p = extractFacts(text);
      expect(p.audience).toBe('employer');
      expect(p.hires).toEqual([{ group: 'poor_labor', count: 6 }]);
    }
    expect(extractFacts('我们公司招了6个贫困户').employer.entity).toBe('enterprise');
    expect(extractFacts('我们合作社招了3个贫困户').employer.entity).toBe('farmer_cooperative');
  });

  it('reads months employed and months of on-the-job training', () => {
    expect(extractFacts('干了半年', 'employer').hireDefaults).toEqual({ monthsEmployed: 6 });
    expect(extractFacts('已经工作了6个月', 'employer').hireDefaults).toEqual({ monthsEmployed: 6 });
    expect(extractFacts('以工代训3个月', 'employer').hireDefaults).toEqual({ onJobTrainingMonths: 3 });
    // With one group named, its months are that group's own, not a default for every hire.
    const both = extractFacts('我们公司招了六个贫困户，干了6个月，以工代训六个月');
    expect(both.hires).toEqual([{ group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6 }]);
    expect(both.hireDefaults).toEqual({});
  });

  it('reads insurance, equipment and its kind', () => {
    expect(extractFacts('我们公司交社保').employer.insured).toBe(true);
    expect(extractFacts('我们公司没交社保').employer.insured).toBe(false);
    expect(extractFacts('我们公司买了100万的实训设备，建技能大师工作室').employer.equipment).toEqual([
      { valueYuan: 1_000_000, kind: 'master_studio' },
    ]);
    expect(extractFacts('我们公司实训设备十万元').employer.equipment?.[0]?.valueYuan).toBe(100_000);
  });

  it('reads person facts: certificate, pension, subsidies this year, place, business wish', () => {
    expect(extractFacts('我拿到证书了').person.certificate).toBe(true);
    // Not yet is a condition still ahead: left open, not false (no 不符合 for a certificate about to be earned).
    expect(extractFacts('我还没拿到证').person.certificate).toBeUndefined();
    expect(extractFacts('我没考上证').person.certificate).toBe(false);
    expect(extractFacts('我已经退休了，领养老金').person.monthlyPension).toBe(true);
    expect(extractFacts('我没有退休').person.monthlyPension).toBe(false);
    expect(extractFacts('今年补过两次').person.subsidizedTrainingsThisYear).toBe(2);
    expect(extractFacts('今年已经领过1次补贴了').person.subsidizedTrainingsThisYear).toBe(1);
    expect(extractFacts('在户籍地培训').person.trainingPlace).toBe('household');
    expect(extractFacts('我想创业').person.wantsToStartBusiness).toBe(true);
  });

  it('finds nothing in a plain lookup question', () => {
    const p = extractFacts('以工代训补贴多少钱');
    expect(p.person).toEqual({});
    expect(p.hires).toEqual([]);
  });
});
