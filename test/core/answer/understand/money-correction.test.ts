import { describe, expect, it } from 'vitest';
import { readMoneyCorrection, readWhichReply } from '../../../../src/core/answer/understand/money-correction.js';
import type { Applicant } from '../../../../src/core/rules/schema.js';

const fundCase: Applicant = { type: 'employer', entity: 'enterprise', payrollYuan: 3_000_000, educationFundYuan: 200_000 };
const equipmentCase: Applicant = { type: 'employer', entity: 'enterprise', equipment: [{ kind: 'high_skill_base', valueYuan: 900_000, fromEducationFund: true, accepted: true }] };

describe('readMoneyCorrection', () => {
  it('places a sum on the field the message names', () => {
    expect(readMoneyCorrection('工资那个我写错了 应该是六百万', fundCase)).toEqual({ kind: 'facts', facts: [{ path: 'payrollYuan', value: 6_000_000, words: '六百万' }] });
    expect(readMoneyCorrection('不对 经费其实是25万', fundCase)).toMatchObject({ kind: 'facts', facts: [{ path: 'educationFundYuan', value: 250_000 }] });
  });

  it('places a bare sum on the one sum the case holds', () => {
    expect(readMoneyCorrection('搞错了 是110万', equipmentCase)).toMatchObject({ kind: 'facts', facts: [{ path: 'equipment[0].valueYuan', value: 1_100_000 }] });
  });

  it('reads the chat\'s w and k as 万 and 千', () => {
    expect(readMoneyCorrection('手滑了 是75w', equipmentCase)).toMatchObject({ kind: 'facts', facts: [{ path: 'equipment[0].valueYuan', value: 750_000 }] });
    expect(readMoneyCorrection('不对 是800k', equipmentCase)).toMatchObject({ kind: 'facts', facts: [{ path: 'equipment[0].valueYuan', value: 800_000 }] });
  });

  it('asks which sum when the case holds several and none is named', () => {
    const r = readMoneyCorrection('我打错了 是80万', fundCase);
    expect(r).toMatchObject({ kind: 'which', figure: '80万' });
    expect(r && r.kind === 'which' ? r.options : []).toEqual(['工资薪金总额', '职工教育经费']);
  });

  it('reads no correction from a question, a count, or a person', () => {
    expect(readMoneyCorrection('说错了 能扣多少', fundCase)).toBeUndefined();
    expect(readMoneyCorrection('不对 是3个人', equipmentCase)).toBeUndefined();
    expect(readMoneyCorrection('说错了 是80万', { type: 'person' })).toBeUndefined();
  });

  it('takes the reply that names one of the sums asked about, keeping the figure', () => {
    const asked = readMoneyCorrection('我打错了 是80万', fundCase);
    const pending = asked && asked.kind === 'which' ? asked.pending : undefined;
    expect(readWhichReply('职工教育经费', pending)).toEqual({ kind: 'facts', facts: [{ path: 'educationFundYuan', value: 800_000, words: '80万' }] });
    expect(readWhichReply('是工资总额', pending)).toMatchObject({ facts: [{ path: 'payrollYuan', value: 800_000 }] });
    expect(readWhichReply('都不是', pending)).toBeUndefined();
    expect(readWhichReply('职工教育经费', undefined)).toBeUndefined();
  });
});

describe('a total said with the change', () => {
  it('takes the total (合计是282, in the unit of the other sums) over the line corrected', () => {
    const kit: Applicant = { type: 'employer', equipment: [{ kind: 'high_skill_base', valueYuan: 3_000_000, fromEducationFund: true, accepted: true }] };
    expect(readMoneyCorrection('更正一下 机器人那行是102万 不是120 合计是282', kit)).toMatchObject({ kind: 'facts', facts: [{ path: 'equipment[0].valueYuan', value: 2_820_000 }] });
  });
});
