/**
 * Tables of money pasted into a chat (wages by department, equipment by item) keep their unit and
 * their total, so a wage bill of 750 万 is not read as 750 元 nor as three figures in a row.
 */
import { describe, expect, it } from 'vitest';
import { readMoneyTable } from '../../../../src/core/answer/understand/money-table.js';
import { readFacts } from '../../../../src/core/answer/understand/read-facts.js';
import { readRoster } from '../../../../src/core/answer/understand/roster.js';

const employerFacts = (text: string) => readFacts(readRoster(text), { audience: 'employer' }).patch.employer;

describe('money tables', () => {
  it('reads the 合计 row of a wage table under its column name, in the unit of the title', () => {
    const table = ['2020年度工资薪金明细（万元）', '部门\t工资薪金', '生产部\t460', '销售部\t180', '管理部\t110', '合计\t750', '职工教育经费实际发生55万'].join('\n');
    const e = employerFacts(table);
    expect(e.payrollYuan).toBe(7_500_000);
    expect(e.educationFundYuan).toBe(550_000);
  });

  it('says the total of one site’s items once, with the site every row shares', () => {
    const table = ['站点\t类别\t设备金额(万元)', '东区高技能人才培训基地\t数控机床\t180', '东区高技能人才培训基地\t工业机器人\t120', '合计\t\t300'].join('\n');
    expect(readMoneyTable(table)).toBe('东区高技能人才培训基地 设备金额合计300万；');
  });

  it('without a 合计 row gives each row its unit', () => {
    const table = ['项目 | 金额（元）', '| 数控机床 | 80000 |', '| 机器人 | 20000 |'].join('\n');
    expect(readMoneyTable(table)).toBe(['数控机床 80000元；', '机器人 20000元；'].join('\n'));
  });

  it('leaves a message with no money column, or rows of another width, as typed', () => {
    const roster = ['类别\t人数\t以工代训月数', '残疾人\t2\t3'].join('\n');
    expect(readMoneyTable(roster)).toBe(roster);
    const ragged = ['部门\t工资', '生产部\t460\t多出来的一格'].join('\n');
    expect(readMoneyTable(ragged)).toBe(ragged);
  });
});
