import { describe, expect, it } from 'vitest';
import { relabelPointed } from '../../../../src/core/answer/understand/group-relabel.js';
import type { Applicant } from '../../../../src/core/rules/schema.js';

const before: Applicant = { type: 'employer', entity: 'enterprise', insured: true, hires: [{ group: 'veteran', count: 2, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }] };
const added = (extra: object = {}): Applicant => ({ ...before, hires: [before.hires![0]!, { group: 'employment_difficulty', ...extra }] }) as Applicant;

describe('the people already told, given another group', () => {
  it('keep their count and months under the new group', () => {
    const after = relabelPointed(before, added({ monthsEmployed: 8 }), '他改口了 说这俩是认定过的就业困难人员 已经干了8个月');
    expect(after).toEqual({ ...before, hires: [{ group: 'employment_difficulty', count: 2, onJobTrainingMonths: 6, preJobTrainingSubsidy: false, monthsEmployed: 8 }] });
  });

  it('are not relabelled without a word taking the first group back', () => {
    expect(relabelPointed(before, added(), '这俩是就业困难人员')).toBeUndefined();
  });

  it('are not relabelled when the new group has a count of its own that differs (another lot)', () => {
    expect(relabelPointed(before, added({ count: 3 }), '不对 另外这3个是就业困难人员')).toBeUndefined();
  });
});
