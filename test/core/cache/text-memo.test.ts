/**
 * The text memo (src/core/cache/text-memo.ts): a result is computed once per text while the
 * text is among the last kept, at most twice `max` texts are held, and a text that may hold
 * personal data is computed afresh every time when the memo is of people's messages.
 */
import { describe, expect, it } from 'vitest';
import { memoByText } from '../../../src/core/cache/text-memo.js';

describe('text memo', () => {
  it('computes a text once and gives the same result back', () => {
    let calls = 0;
    const f = memoByText((s: string) => ({ n: ++calls, s }));
    const a = f('以工代训');
    expect(f('以工代训')).toBe(a);
    expect(calls).toBe(1);
    expect(f('岗前培训').n).toBe(2);
  });

  it('keeps undefined results too', () => {
    let calls = 0;
    const f = memoByText(() => {
      calls++;
      return undefined;
    });
    f('x');
    f('x');
    expect(calls).toBe(1);
  });

  it('forgets the oldest texts once more than max are new', () => {
    let calls = 0;
    const f = memoByText((s: string) => (calls++, s), { max: 2 });
    for (const s of ['a', 'b', 'c', 'd', 'e']) f(s);
    expect(calls).toBe(5);
    f('e');
    f('d');
    expect(calls).toBe(5);
    f('a');
    expect(calls).toBe(6);
  });

  it('does not keep a message that may hold personal numbers', () => {
    let calls = 0;
    const f = memoByText((s: string) => (calls++, s), { personal: true });
    f('我的电话13812345678');
    f('我的电话13812345678');
    f('a@b.cn');
    f('a@b.cn');
    expect(calls).toBe(4);
    f('退伍军人');
    f('退伍军人');
    expect(calls).toBe(5);
  });
});
