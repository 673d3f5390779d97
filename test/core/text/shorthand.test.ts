import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/core/text/shorthand.js';

describe('expandShorthand', () => {
  it('spells out pinyin initials and whole pinyin of the key terms', () => {
    expect(expandShorthand('有交sb的 招了2个残疾人 ygdx 4个月 gqbt木领')).toBe('有交社保的 招了2个残疾人 以工代训 4个月 岗前补贴木领');
    expect(expandShorthand('YiGongDaiXun是啥')).toBe('以工代训是啥');
    expect(expandShorthand('jiaoyu经费提了20万')).toBe('教育经费提了20万');
  });

  it('reads a count typed as 3ge, 滴 closing a word, and 验收ok', () => {
    expect(expandShorthand('收了3ge贫困户 干了5个月滴')).toBe('收了3个贫困户 干了5个月的');
    expect(expandShorthand('设备验收ok了')).toBe('设备验收合格了');
  });

  it('reads months typed as 4m and insurance said to be ok', () => {
    expect(expandShorthand('以工代训都是4m 社保ok')).toBe('以工代训都是4个月 社保交着');
    expect(expandShorthand('五险都没问题 干了 6 mo')).toBe('五险都交着 干了 6个月');
    expect(expandShorthand('社保正常交')).toBe('社保正常交');
  });

  it('leaves other Latin words and everyday 滴 alone', () => {
    expect(expandShorthand('USB接口 打滴滴去培训')).toBe('USB接口 打滴滴去培训');
    expect(expandShorthand('学PS和CAD有补贴吗')).toBe('学PS和CAD有补贴吗');
    expect(expandShorthand('车间面积300m² 学MySQL')).toBe('车间面积300m² 学MySQL');
  });

  it('reads office English for the plan\'s terms, between Chinese words', () => {
    expect(expandShorthand('OJT做了4 months，social insurance已交，pre-job subsidy没claim过')).toBe('以工代训做了4个月，社保已交，岗前培训补贴没领过');
    expect(expandShorthand('hired 2个zero-employment family的')).toBe('招了 2个零就业家庭的');
    expect(expandShorthand('disabled x3')).toBe('3个残疾人');
  });

  it('reads Y / N fields of a pasted form as yes and no', () => {
    expect(expandShorthand('social insurance: Y；pre-job subsidy claimed: N')).toBe('社保交着；岗前培训补贴没领');
  });

  it('reads K and M beside money as thousands and millions, and a bare m as months', () => {
    expect(expandShorthand('payroll 3.2M，education fund提了200K')).toBe('工资薪金总额 320万，职工教育经费提了20万');
    expect(expandShorthand('在岗7m 以工代训6m')).toBe('在岗7个月 以工代训6个月');
  });
});

