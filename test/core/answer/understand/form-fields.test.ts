/**
 * Forms pasted by HR and finance staff — key：value lines and tables with a header row — are read
 * as the plain statements the fact reader knows, so their figures bind to their own groups.
 */
import { describe, expect, it } from 'vitest';
import { readFormFields } from '../../../../src/core/answer/understand/form-fields.js';
import { readFacts } from '../../../../src/core/answer/understand/read-facts.js';

const hiresOf = (text: string) => readFacts(readFormFields(text), { audience: 'employer' }).patch.hires;

describe('form fields and pasted tables', () => {
  it('reads a tab-separated table row by row, leaving out the 合计 row', () => {
    const table = ['人员类别\t人数\t在岗月数\t以工代训月数', '零就业家庭成员\t2\t9\t5', '残疾人\t1\t3\t3', '合计\t3\t\t'].join('\n');
    expect(hiresOf(table)).toEqual([
      { group: 'zero_employment_family', count: 2, monthsEmployed: 9, onJobTrainingMonths: 5 },
      { group: 'disabled', count: 1, monthsEmployed: 3, onJobTrainingMonths: 3 },
    ]);
  });

  it('reads a table typed with single spaces when its header is all field names, group and count among them', () => {
    const table = ['类别 人数 入职月数 以工代训月数 岗前补贴', '建档立卡贫困劳动力 2 9 6 未领', '就业困难人员 3 4 4 未领', '合计 5'].join('\n');
    expect(hiresOf(table)).toEqual([
      { group: 'poor_labor', count: 2, monthsEmployed: 9, onJobTrainingMonths: 6, preJobTrainingSubsidy: false },
      { group: 'employment_difficulty', count: 3, monthsEmployed: 4, onJobTrainingMonths: 4, preJobTrainingSubsidy: false },
    ]);
    // A sentence of plain words is no header: nothing rewritten.
    const plain = '我们厂的人员 人数不少\n贫困户3个 干了8个月';
    expect(readFormFields(plain)).toBe(plain);
  });

  it('reads a bar-separated table whose cells carry their units', () => {
    const table = ['| 类别 | 人数 | 入职 | 以工代训 |', '| 建档立卡贫困户 | 4 | 10个月 | 6个月 |'].join('\n');
    expect(hiresOf(table)).toEqual([{ group: 'poor_labor', count: 4, monthsEmployed: 10, onJobTrainingMonths: 6 }]);
  });

  it('reads one record per line of key：value pairs', () => {
    const form = '人员类别：就业困难人员；人数：5；在岗月数：4；以工代训月数：3；岗前培训补贴：未申领';
    expect(hiresOf(form)).toEqual([{ group: 'employment_difficulty', count: 5, monthsEmployed: 4, onJobTrainingMonths: 3, preJobTrainingSubsidy: false }]);
  });

  it('reads one field per line, numbered or not', () => {
    const form = ['①单位：一家物流公司', '②吸纳人员：残疾人3名', '③以工代训月数：2个月', '④是否参保：是'].join('\n');
    const r = readFacts(readFormFields(form), { audience: 'employer' });
    expect(r.patch.hires).toEqual([{ group: 'disabled', count: 3, onJobTrainingMonths: 2 }]);
    expect(r.patch.employer.insured).toBe(true);
  });

  it('leaves a value it does not understand as typed, and a message with no form untouched', () => {
    expect(readFormFields('岗前培训补贴：这个我不清楚')).toContain('不清楚');
    const plain = '公司招了3个贫困户 干了8个月 以工代训5个月';
    expect(readFormFields(plain)).toBe(plain);
  });
});
