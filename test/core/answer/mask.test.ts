import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '../../../src/core/answer/mask.js';
import { growthFactor, LINEAR_GROWTH_BOUND } from '../../support/growth.js';

describe('maskPersonalNumbers', () => {
  it('masks mobile numbers, with or without separators and +86', () => {
    for (const phone of ['13812345678', '138-1234-5678', '+86 138 1234 5678']) {
      const out = maskPersonalNumbers(`我的电话是${phone}，请回电`);
      expect(out).not.toMatch(/1234.?5678/);
      expect(out).toContain('请回电');
    }
  });

  it('masks ID card numbers (18 digits with X, and 15 digits)', () => {
    const out = maskPersonalNumbers('身份证410102199001011234，旧证410102900101123，另一个41010219900101123X');
    expect(out).not.toContain('199001011234');
    expect(out).not.toContain('900101123');
    expect(out).not.toContain('0101123X');
  });

  it('masks landlines and bank cards but keeps amounts and counts', () => {
    const out = maskPersonalNumbers('招了6个贫困户，补贴7200元，座机0371-67881234，卡号6222 0202 0000 1234 567');
    expect(out).toContain('6个贫困户');
    expect(out).toContain('7200元');
    expect(out).not.toContain('67881234');
    expect(out).not.toContain('0000 1234');
  });
});

describe('maskPersonalNumbers on the forms people write', () => {
  const cases: Array<[string, RegExp]> = [
    ['+8613812345678', /1234.?5678/],
    ['+86-138-1234-5678', /1234.?5678/],
    ['0086 138 1234 5678', /1234.?5678/],
    ['８６１３８１２３４５６７８', /1234.?5678|１２３４/],
    ['138.1234.5678', /1234.?5678/],
    ['(138)1234-5678', /1234.?5678/],
    ['(138) 1234 5678', /1234.?5678/],
    ['410105 19900307 123X', /19900307|123X/],
    ['4101 0519 9003 0712 3X', /0519|0712/],
    ['410105-1990-0307-1234', /1990.?0307/],
    ['(0371)67181234', /67181234/],
    ['zhang.san+zz@example.com.cn', /zhang\.san/],
  ];
  for (const [form, leak] of cases) {
    it(`masks ${form}`, () => {
      const out = maskPersonalNumbers(`我是张三，${form}，请联系`);
      expect(out).not.toMatch(leak);
      expect(out).toContain('我是张三');
      expect(out).toContain('请联系');
    });
  }

  it('masks two grouped phone numbers side by side without leaving a tail', () => {
    const out = maskPersonalNumbers('电话 138 1234 5678 139 8765 4321');
    expect(out).not.toMatch(/5678|4321/);
  });

  it('keeps amounts, dates, counts and clause numbers', () => {
    const text = '2019年12月2日起，招了6个贫困户，每人每月200元，最长6个月，共7200元，见六(一)，2019-2021年';
    expect(maskPersonalNumbers(text)).toBe(text);
  });

  it('does work that grows linearly with adversarial input (digits, separators, @ and dots)', () => {
    const inputs = [
      (n: number) => '1 '.repeat(n),
      (n: number) => 'a'.repeat(n) + '@',
      (n: number) => 'a@'.repeat(n),
      (n: number) => '(138'.repeat(n),
      (n: number) => `x@${'a.'.repeat(n)}`,
    ];
    for (const make of inputs) expect(growthFactor(maskPersonalNumbers, make, 2_000)).toBeLessThan(LINEAR_GROWTH_BOUND);
  });
});
