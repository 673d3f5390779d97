import { describe, expect, it } from 'vitest';
import { fillNoneClaimed, saysNoneClaimed, saysSomeClaimed } from '../../../../src/core/answer/understand/none-claimed.js';
import { readFacts } from '../../../../src/core/answer/understand/read-facts.js';
import { expandShorthand } from '../../../../src/core/text/shorthand.js';

const read = (text: string) => {
  const t = expandShorthand(text);
  return { t, reading: readFacts(t, { audience: 'employer' }) };
};

describe('a unit saying none of its hires had the pre-job subsidy', () => {
  it('is a statement about the unit when said before any group, or with 一个都', () => {
    for (const text of ['岗前补贴一个都没领 招了2个残疾人', '岗前补贴没领过 先说招了1个贫困户', '招了2个残疾人 岗前补贴我们从来没领过']) {
      const { t, reading } = read(text);
      expect(saysNoneClaimed(t, reading), text).toBe(true);
    }
  });

  it('is only that group\'s when said after the group without a word of everyone', () => {
    const { t, reading } = read('招了2个残疾人 岗前补贴没领');
    expect(saysNoneClaimed(t, reading)).toBe(false);
  });

  it('is taken back by a claim said of some hire', () => {
    const { reading } = read('还有1个零就业的 这个人岗前补贴领过');
    expect(saysSomeClaimed(reading)).toBe(true);
  });

  it('fills only the rows still open, never one the person said is not known', () => {
    const filled = fillNoneClaimed(
      { type: 'employer', hires: [{ group: 'disabled', count: 2 }, { group: 'poor_labor', count: 1, preJobTrainingSubsidy: true }, { group: 'zero_employment_family', count: 1 }] },
      new Set(['hires[2].preJobTrainingSubsidy']),
    );
    expect(filled.type === 'employer' && filled.hires?.map((h) => h.preJobTrainingSubsidy)).toEqual([false, true, undefined]);
  });
});
