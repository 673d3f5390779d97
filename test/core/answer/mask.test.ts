import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '../../../src/core/answer/mask.js';

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
