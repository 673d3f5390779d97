import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/core/rules/utf8.js';

const UTF8 = new TextEncoder();

describe('utf8', () => {
  it('gives exactly TextEncoder.encode’s bytes, short and long, Chinese, emoji and lone surrogates', () => {
    for (const text of ['', 'abc', '工资薪金总额 5000001 元 × 8%', '“两后生”😀', 'a\ud800b', '\udc00', '职'.repeat(21_845), '职'.repeat(21_846), 'x'.repeat(100_000)]) {
      expect(utf8(text)).toEqual(UTF8.encode(text));
    }
  });

  it('hands out copies: a later call never changes earlier bytes', () => {
    const a = utf8('第一');
    utf8('第二个更长的文本');
    expect(new TextDecoder().decode(a)).toBe('第一');
  });
});
