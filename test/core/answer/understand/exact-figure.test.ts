import { describe, expect, it } from 'vitest';
import { exactForRough } from '../../../../src/core/answer/understand/exact-figure.js';

describe('the exact figure for a fact said roughly', () => {
  it('places 准确数是93.6万 at the one sum left rough', () => {
    expect(exactForRough('准确数是93.6万', ['educationFundYuan'])).toMatchObject({ path: 'educationFundYuan', value: 936_000 });
  });

  it('places months and head counts only with their own unit', () => {
    expect(exactForRough('具体是7个月', ['hires[0].monthsEmployed'])).toMatchObject({ value: 7 });
    expect(exactForRough('准确的是12个', ['hires[0].count'])).toMatchObject({ value: 12 });
    expect(exactForRough('准确的是12个', ['hires[0].monthsEmployed'])).toBeUndefined();
    expect(exactForRough('准确数是7个月', ['payrollYuan'])).toBeUndefined();
  });

  it('places nothing when several facts were rough, none was, or the message says more', () => {
    expect(exactForRough('准确数是93.6万', ['educationFundYuan', 'payrollYuan'])).toBeUndefined();
    expect(exactForRough('准确数是93.6万', undefined)).toBeUndefined();
    expect(exactForRough('准确数是93.6万 工资总额也变了', ['educationFundYuan'])).toBeUndefined();
  });
});
