/**
 * Parameter changes of amending documents: laid into the shipped versions by date, cited by
 * the amending document, and checked against its own clauses before it may go live.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../src/core/corpus/frontmatter.js';
import { parseStructure } from '../../../src/core/corpus/parse.js';
import { amendmentProblems, amendmentsOf, parameterTable } from '../../../src/core/rules/amendments.js';
import { parametersAt, versionAt, SHIPPED_PARAMETERS } from '../../../src/core/rules/parameters.js';
import { readFixture } from '../corpus/fixtures.js';

const notice = parsePolicyDocument(readFixture('amending-notice.md'), 'amending-notice.md');

describe('amendments of the fixture notice', () => {
  const rows = amendmentsOf(notice.meta);

  it('reads one change per parameter, dated by the amendment, named by the notice', () => {
    expect(rows).toEqual([
      expect.objectContaining({ parameter: 'onJobMonthlyYuan', value: 300, from: '2021-01-01', clause: '一', docNo: '郑人社〔2020〕9901号', amends: '郑政办〔2019〕63号' }),
    ]);
  });

  it('changes the value from its date on and leaves the rest as shipped', () => {
    const table = parameterTable(rows);
    expect(parametersAt('2020-12-31', table).onJobMonthlyYuan).toBe(200);
    expect(parametersAt('2021-01-01', table).onJobMonthlyYuan).toBe(300);
    expect(versionAt('onJobMonthlyYuan', '2021-06-01', table).ref).toMatchObject({ clause: '一', docNo: '郑人社〔2020〕9901号' });
    expect(parametersAt('2021-06-01', table).onJobMaxMonths).toBe(parametersAt('2021-06-01').onJobMaxMonths);
    // The shipped table is not touched.
    expect(SHIPPED_PARAMETERS.onJobMonthlyYuan).toHaveLength(1);
  });

  it('leaves out a change of a parameter the rules do not have', () => {
    const table = parameterTable([{ ...rows[0]!, parameter: 'noSuchParameter' }]);
    expect(parametersAt('2021-06-01', table)).toEqual(parametersAt('2021-06-01'));
  });

  it('finds the notice sound, and names what is wrong with a bad change', () => {
    const clauses = parseStructure(notice).clauses;
    expect(amendmentProblems(notice.meta, clauses)).toEqual([]);
    const bad = (patch: object) => ({
      ...notice.meta,
      amends: [{ ...notice.meta.amends![0]!, parameters: [{ ...notice.meta.amends![0]!.parameters![0]!, ...patch }] }],
    });
    expect(amendmentProblems(bad({ parameter: 'onJobRate' }), clauses)[0]?.field).toBe('amends.0.parameters.0.parameter');
    expect(amendmentProblems(bad({ clause: '九' }), clauses)[0]?.field).toBe('amends.0.parameters.0.clause');
    expect(amendmentProblems(bad({ quote: '每人每月500元' }), clauses)[0]?.field).toBe('amends.0.parameters.0.quote');
    const change = notice.meta.amends![0]!.parameters![0]!;
    const twice = { ...notice.meta, amends: [{ ...notice.meta.amends![0]!, parameters: [change, { ...change, value: 320 }] }] };
    expect(amendmentProblems(twice, clauses)[0]?.field).toBe('amends.0.parameters.1.parameter');
  });
});
