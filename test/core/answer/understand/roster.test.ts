import { describe, expect, it } from 'vitest';
import { readRoster } from '../../../../src/core/answer/understand/roster.js';

describe('readRoster', () => {
  it('counts a pasted roster of named hires, rows alike as one statement, under the header’s column names', () => {
    const pasted = ['饭店 社保交着 岗前补贴没领', '姓名/类别/以工代训', '吴/零就业家庭/4个月', '郑/零就业家庭/4个月', '冯/残疾人/6个月', '能补多少'].join('\n');
    expect(readRoster(pasted).split('\n')).toEqual(['饭店 社保交着 岗前补贴没领', '2个零就业家庭 以工代训4个月', '1个残疾人 以工代训6个月', '能补多少']);
  });

  it('reads masked names and names with their row in words, one hire each', () => {
    const pasted = ['公司 社保交着', '孙** 就业困难 以工代训2个月', '小马 残疾人 以工代训5个月'].join('\n');
    expect(readRoster(pasted).split('\n')).toEqual(['公司 社保交着', '1个就业困难 以工代训2个月', '1个残疾人 以工代训5个月']);
  });

  it('keeps the same group with other months as another lot of it', () => {
    const pasted = ['徐 就业困难 以工代训5个月', '何 就业困难 以工代训1个月'].join('\n');
    expect(readRoster(pasted).split('\n')).toEqual(['1个就业困难 以工代训5个月', '另外1个就业困难 以工代训1个月']);
  });

  it('reads a group followed by its bare head count', () => {
    expect(readRoster('公司\n残疾人 3 以工代训2个月')).toBe('公司\n3个残疾人 以工代训2个月');
  });

  it('leaves lines that already count their people, and messages of one line, as typed', () => {
    const counted = '公司 社保交着\n残疾人2个 岗前补贴领过了\n就业困难3个 以工代训4个月';
    expect(readRoster(counted)).toBe(counted);
    expect(readRoster('张三 就业困难 以工代训3个月')).toBe('张三 就业困难 以工代训3个月');
    expect(readRoster('我们公司\n招了 就业困难的2个')).toBe('我们公司\n招了 就业困难的2个');
  });

  it('reads a table whose header is typed inline before its rows', () => {
    expect(readRoster('类别/人数/以工代训月数：残疾人/2/5；就业困难/3/1（入职4个月）。公司交社保')).toBe('2个残疾人 以工代训5个月；3个就业困难 以工代训1个月（入职4个月）。公司交社保');
  });

  it('reads a Markdown table (outer bars, a rule row, a 合计 row) by its columns, and a row pasted alone as clauses', () => {
    const table = ['| 类别 | 人数 | 以工代训月数 |', '|---|---|---|', '| 贫困劳动力 | 2 | 5 |', '| 残疾人 | 1 | 3 |', '| 合计 | 3 | |', '公司参保了'].join('\n');
    expect(readRoster(table).split('\n')).toEqual(['2个贫困劳动力 以工代训5个月；', '1个残疾人 以工代训3个月；', '公司参保了']);
    expect(readRoster('残疾人 | 2名 | 以工代训3个月')).toBe('残疾人，2名，以工代训3个月');
  });
});
