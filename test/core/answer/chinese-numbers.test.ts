import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral } from '../../../src/core/answer/chinese-numbers.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['六', 6],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['两百', 200],
    ['三千五', 3500],
    ['一百零八', 108],
    ['十万', 100000],
    ['一万五', 15000],
    ['五十万', 500000],
    ['俩', 2],
    ['仨', 3],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('is undefined for text that is not a numeral', () => {
    expect(parseChineseNumeral('六个')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
  });
});

describe('findNumbers', () => {
  it('reads Arabic, full-width, 万 and percent forms', () => {
    const values = findNumbers('每人每月 200 元，最长６个月，最高50万元，按20%补助，共7,200元，1.2万人次').map((n) => n.value);
    expect(values).toEqual([200, 6, 500000, 20, 7200, 12000]);
  });

  it('reads Chinese numerals only as quantities, not inside words or clause numbers', () => {
    const found = findNumbers('就业六个月以上，今年补过两次，一线职工，一带一路，六(一)，百分之六十');
    expect(found.map((n) => n.value)).toEqual([6, 2, 60]);
    expect(found[2]!.percent).toBe(true);
  });
});
