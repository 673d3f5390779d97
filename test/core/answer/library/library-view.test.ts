/**
 * Where a document stands on a date, by the library's own front matter: before its period,
 * in force, ended, or replaced by a document that supersedes it (from that document's date).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../../src/core/corpus/frontmatter.js';
import { documentsNamed, findDocument, standingLine, standingOn, type LibraryView } from '../../../../src/core/answer/library/library-view.js';
import { SHIPPED_PARAMETERS } from '../../../../src/core/rules/parameters.js';
import { readCorpusFile, readFixture } from '../../corpus/fixtures.js';

const plan = parsePolicyDocument(readCorpusFile(), 'zz-2019-63.md').meta;
const notice = parsePolicyDocument(readFixture('amending-notice.md'), 'amending-notice.md').meta;
const next = parsePolicyDocument(readFixture('superseding-plan.md'), 'superseding-plan.md').meta;
const view = (...documents: (typeof plan)[]): LibraryView => ({ documents, amendments: [], table: SHIPPED_PARAMETERS });

describe('standing of a document on a date', () => {
  it('the plan alone: not yet, in force, then ended on 2021-12-31', () => {
    const v = view(plan);
    expect(standingOn(v, plan, '2019-01-01')).toEqual({ kind: 'not_yet', from: '2019-12-02' });
    expect(standingOn(v, plan, '2021-12-31')).toEqual({ kind: 'in_force', until: '2021-12-31' });
    expect(standingOn(v, plan, '2022-01-01')).toEqual({ kind: 'ended', on: '2021-12-31' });
    expect(standingLine(v, plan, '2026-11-30')).toBe('郑政办〔2019〕63号《郑州市职业技能提升行动实施方案（2019—2021年）》：已于2021年12月31日到期，不再施行。');
  });

  it('with a plan that supersedes it: replaced from the new plan’s date, named by its 文号', () => {
    const v = view(plan, notice, next);
    expect(standingOn(v, plan, '2021-12-31').kind).toBe('in_force');
    expect(standingOn(v, plan, '2022-01-01')).toMatchObject({ kind: 'replaced', from: '2022-01-01', by: { docNo: '郑政办〔2021〕9902号' } });
    expect(standingOn(v, notice, '2022-06-01')).toEqual({ kind: 'ended', on: '2021-12-31' });
    expect(standingOn(v, next, '2023-01-01').kind).toBe('in_force');
  });

  it('finds documents by id or by 文号 however the brackets are typed', () => {
    const v = view(plan, notice, next);
    expect(findDocument(v, 'zz-2019-63')?.docNo).toBe('郑政办〔2019〕63号');
    expect(findDocument(v, '郑政办[2019]63号')?.id).toBe('zz-2019-63');
    expect(documentsNamed(v, '郑人社（2020）9901号 还有效吗').map((d) => d.id)).toEqual(['zz-test-notice-9901']);
    expect(documentsNamed(v, '以工代训多少钱')).toEqual([]);
  });
});
