import { describe, expect, it } from 'vitest';
import { splitByOthers, splitBySubset } from '../../../../src/core/answer/understand/split-by-others.js';
import type { Applicant } from '../../../../src/core/rules/schema.js';

const fourDisabled: Applicant = { type: 'employer', entity: 'enterprise', insured: true, hires: [{ group: 'disabled', count: 4, onJobTrainingMonths: 3, preJobTrainingSubsidy: false }] };

describe('splitByOthers', () => {
  it('splits the one row into the part named and the rest given another group, each keeping the months', () => {
    const out = splitByOthers(fourDisabled, '说错了 是3个残疾人 剩下那个是退伍军人');
    expect(out?.type === 'employer' ? out.hires : undefined).toEqual([
      { group: 'disabled', count: 3, onJobTrainingMonths: 3, preJobTrainingSubsidy: false },
      { group: 'veteran', count: 1, onJobTrainingMonths: 3, preJobTrainingSubsidy: false },
    ]);
  });

  it('keeps the first group for the rest said to lack what the part has', () => {
    const laidOff: Applicant = { type: 'employer', hires: [{ group: 'registered_unemployed', count: 4 }] };
    const out = splitByOthers(laidOff, '问好了 其中3个办过就业困难人员认定 剩下1个没办');
    expect(out?.type === 'employer' ? out.hires?.map((h) => [h.group, h.count]) : undefined).toEqual([
      ['employment_difficulty', 3],
      ['registered_unemployed', 1],
    ]);
  });

  it('splits nothing when the counts do not make up the total, or no other group is said', () => {
    expect(splitByOthers(fourDisabled, '是3个残疾人 另外2个是退伍的')).toBeUndefined();
    expect(splitByOthers(fourDisabled, '是3个 另外那个也是')).toBeUndefined();
  });
});

describe('splitBySubset', () => {
  const sixRural: Applicant = { type: 'employer', entity: 'enterprise', insured: true, hires: [{ group: 'rural_migrant', count: 6, onJobTrainingMonths: 5 }] };
  const reading = (hire: Record<string, unknown>, hireDefaults: Record<string, unknown> = {}) => ({ patch: { hires: [hire], hireDefaults }, denied: [] });

  it('gives the part named its own row with the group said, the rest staying as they were', () => {
    const out = splitBySubset(sixRural, reading({ group: 'disabled', count: 2, preJobTrainingSubsidy: false }), '这里头有两个是残疾人 岗前那个没领');
    expect(out?.type === 'employer' ? out.hires : undefined).toEqual([
      { group: 'rural_migrant', count: 4, onJobTrainingMonths: 5 },
      { group: 'disabled', count: 2, onJobTrainingMonths: 5, preJobTrainingSubsidy: false },
    ]);
  });

  it('splits nothing when the part is all of them, another count is read, or no other group is said', () => {
    expect(splitBySubset(sixRural, reading({ group: 'disabled', count: 6 }), '其中6个是残疾人')).toBeUndefined();
    expect(splitBySubset(sixRural, reading({ group: 'disabled', count: 3 }), '其中2个是残疾人')).toBeUndefined();
    expect(splitBySubset(sixRural, reading({ group: 'rural_migrant', count: 2 }), '其中2个是农民工')).toBeUndefined();
    expect(splitBySubset(sixRural, reading({ group: 'disabled', count: 2 }), '又招了2个残疾人')).toBeUndefined();
  });
});
