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

describe('a figure likened to another group’s (也是)', () => {
  const two: Applicant = {
    type: 'employer',
    hires: [
      { group: 'employment_difficulty', count: 2, onJobTrainingMonths: 4, monthsEmployed: 6 },
      { group: 'zero_employment_family', count: 1, onJobTrainingMonths: 2, monthsEmployed: 6 },
    ],
  };

  it('takes the fact the other group holds at that figure', () => {
    expect(readCaseCorrection('哦不对 零就业那个也是四个月', two)).toEqual({ kind: 'facts', facts: [{ path: 'hires[1].onJobTrainingMonths', value: 4, words: '四个月' }] });
  });

  it('asks, about the named group only, when the figure fits neither or both of its facts', () => {
    const r = readCaseCorrection('哦不对 零就业那个也是六个月', { ...two, hires: [{ ...two.hires![0]!, onJobTrainingMonths: 6 }, two.hires![1]!] } as Applicant);
    expect(r?.kind).toBe('which');
    if (r?.kind === 'which') for (const o of r.options) expect(o).toMatch(/零就业/);
  });
});

describe('a pointer at people told before (那仨)', () => {
  it('is no new head count: a relabel is left to the group reader', () => {
    const two: Applicant = { type: 'employer', hires: [{ group: 'poor_labor', count: 2 }, { group: 'employment_difficulty', count: 3 }] };
    expect(readCaseCorrection('等等 那仨不是就业困难 是退伍兵', two)).toBeUndefined();
  });
});
