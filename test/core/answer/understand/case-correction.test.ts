import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../../src/core/rules/schema.js';
import { readCaseCorrection } from '../../../../src/core/answer/understand/case-correction.js';

const oneGroup: Applicant = { type: 'employer', entity: 'enterprise', insured: true, hires: [{ group: 'poor_labor', count: 4, monthsEmployed: 8, onJobTrainingMonths: 3 }] };
const twoGroups: Applicant = {
  type: 'employer',
  hires: [
    { group: 'poor_labor', count: 3, monthsEmployed: 8 },
    { group: 'disabled', count: 2, monthsEmployed: 8 },
  ],
};

describe('a short change to the employer case', () => {
  it('replaces the head count when one group was hired', () => {
    expect(readCaseCorrection('少了一个 总共5个', oneGroup)).toEqual({ kind: 'facts', facts: [{ path: 'hires[0].count', value: 5, words: '5个' }] });
    expect(readCaseCorrection('其实只有两个', oneGroup)).toMatchObject({ kind: 'facts', facts: [{ path: 'hires[0].count', value: 2 }] });
  });

  it('asks which group a total is of when several were hired', () => {
    const c = readCaseCorrection('不对 一共4个', twoGroups);
    expect(c?.kind).toBe('which');
    expect(c?.kind === 'which' && c.options.join('、')).toMatch(/残疾人/);
  });

  it('asks which fact a bare figure or a month count is, never placing it by a guess', () => {
    expect(readCaseCorrection('那栏写的是6', oneGroup)).toMatchObject({ kind: 'which', figure: '6' });
    const months = readCaseCorrection('不对 是5个月', oneGroup);
    expect(months).toMatchObject({ kind: 'which' });
    expect(months?.kind === 'which' && months.options).toEqual(['已就业的月数', '以工代训的月数']);
  });

  it('asks for the total when only a difference is said', () => {
    expect(readCaseCorrection('少算了一个', oneGroup)).toMatchObject({ kind: 'which', relative: true });
  });

  it('reads nothing outside an employer case or without words of change', () => {
    expect(readCaseCorrection('总共5个', undefined)).toBeUndefined();
    expect(readCaseCorrection('总共5个', { type: 'person', groups: ['veteran'] })).toBeUndefined();
    expect(readCaseCorrection('以工代训补贴多少钱', oneGroup)).toBeUndefined();
    expect(readCaseCorrection('一共能补6个月吗', oneGroup)).toBeUndefined();
    expect(readCaseCorrection('还有一个问题 以工代训最多几个月', oneGroup)).toBeUndefined();
    expect(readCaseCorrection('还有一个事', oneGroup)).toBeUndefined();
  });
});
