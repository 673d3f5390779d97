/**
 * The second-sight memo (src/core/cache/second-sight.ts): a value is kept from the second
 * time its key is offered, never the first; the oldest go first when it is full.
 */
import { describe, expect, it } from 'vitest';
import { createSecondSightMemo } from '../../../src/core/cache/second-sight.js';

describe('second-sight memo', () => {
  it('keeps a value only once its key comes back', () => {
    const memo = createSecondSightMemo<number>(4);
    memo.offer('a', 1);
    expect(memo.get('a')).toBeUndefined();
    memo.offer('a', 2);
    expect(memo.get('a')).toBe(2);
    memo.offer('a', 3);
    expect(memo.get('a')).toBe(3);
  });

  it('drops the oldest value, and forgets the oldest key seen once', () => {
    const memo = createSecondSightMemo<number>(2, 2);
    for (const k of ['a', 'b', 'c']) {
      memo.offer(k, 1);
      memo.offer(k, 1);
    }
    expect(memo.get('a')).toBeUndefined();
    expect([memo.get('b'), memo.get('c')]).toEqual([1, 1]);
    memo.offer('x', 1);
    memo.offer('y', 1);
    memo.offer('z', 1);
    memo.offer('x', 1); // 'x' was forgotten: a first sighting again
    expect(memo.get('x')).toBeUndefined();
    memo.offer('z', 1);
    expect(memo.get('z')).toBe(1);
  });

  it('keeps nothing when its size is 0', () => {
    const memo = createSecondSightMemo<number>(0);
    memo.offer('a', 1);
    memo.offer('a', 1);
    expect(memo.get('a')).toBeUndefined();
  });
});
