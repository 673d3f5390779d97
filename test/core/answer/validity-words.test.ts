import { describe, expect, it } from 'vitest';
import { namesItsOwnSubject } from '../../../src/core/answer/validity-words.js';

describe('a "can it still be claimed" question', () => {
  it('names no subject of its own when made of validity words only', () => {
    for (const q of ['现在还能申请吗', '这个政策还有效吗', '郑州现在还能领吗']) expect(namesItsOwnSubject(q), q).toBe(false);
  });
  it('names one when other words remain (电动车上牌)', () => {
    expect(namesItsOwnSubject('电动车上牌 郑州现在还能上吗')).toBe(true);
  });
});
