/** Exact money arithmetic and the one rounding rule. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { floorYuan, formatExact, fromYuan, hasFraction, minExact, percentOf } from '../../../src/core/rules/money.js';

describe('money', () => {
  it('20 % × 1 234 567 元 is exactly 246 913.40 元 and rounds down to 246 913', () => {
    const exact = percentOf(fromYuan(1_234_567), 20);
    expect(formatExact(exact)).toBe('246913.40');
    expect(floorYuan(exact)).toBe(246_913);
    expect(hasFraction(exact)).toBe(true);
  });

  it('keeps fen through binary-unfriendly decimals (0.1 + 0.2 style)', () => {
    expect(formatExact(fromYuan(0.1) + fromYuan(0.2))).toBe('0.30');
    expect(formatExact(fromYuan(1234.56))).toBe('1234.56');
    expect(formatExact(percentOf(fromYuan(0.05), 20))).toBe('0.01');
    expect(formatExact(percentOf(fromYuan(0.03), 50))).toBe('0.015');
    expect(formatExact(percentOf(fromYuan(1_234_567.89), 8))).toBe('98765.4312');
  });

  it('stays exact at the largest accepted amount', () => {
    expect(floorYuan(percentOf(fromYuan(1e12), 8))).toBe(80_000_000_000);
    expect(formatExact(percentOf(fromYuan(999_999_999_999.99), 20))).toBe('199999999999.998');
  });

  it('agrees with integer arithmetic on fen for any amount and percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), fc.integer({ min: 0, max: 100 }), (fen, pct) => {
        const exact = percentOf(fromYuan(fen / 100), pct);
        // exact is in 1/10 000 yuan: fen × pct is the same quantity.
        expect(exact).toBe(BigInt(fen) * BigInt(pct));
        expect(floorYuan(exact)).toBe(Number((BigInt(fen) * BigInt(pct)) / 10_000n));
      }),
    );
  });

  it('min picks the smaller', () => {
    expect(minExact(5n, 7n)).toBe(5n);
    expect(minExact(9n, 7n)).toBe(7n);
  });
});
