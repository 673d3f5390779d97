import { describe, expect, it } from 'vitest';
import { createLogger, redact, scrubText, secretsOf } from '../../src/core/log.js';
import { growthFactor, LINEAR_GROWTH_BOUND } from '../support/growth.js';

function capture() {
  const lines: string[] = [];
  const log = (opts: Parameters<typeof createLogger>[0] = {}) => createLogger({ ...opts, write: (l) => lines.push(l) });
  return { lines, log };
}

describe('structured logger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { lines, log } = capture();
    log({ now: () => new Date('2026-01-02T03:04:05Z') })('info', 'request', { path: '/api/search', status: 200 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ time: '2026-01-02T03:04:05.000Z', level: 'info', msg: 'request', path: '/api/search', status: 200 });
  });

  it('drops lines below the configured level', () => {
    const { lines, log } = capture();
    const l = log({ level: 'warn' });
    l('debug', 'a');
    l('info', 'b');
    l('warn', 'c');
    l('error', 'd');
    expect(lines.map((x) => JSON.parse(x).msg)).toEqual(['c', 'd']);
  });

  it('never writes configured secrets, even inside messages and nested fields', () => {
    const { lines, log } = capture();
    const config = { ADMIN_TOKEN: 'adm-9f8e7d6c5b4a', OPENAI_API_KEY: 'sk-live-1234567890abcdef', DATABASE_URL: 'postgres://app:pa%40ss-w0rd@db:5432/x' };
    const l = log({ secrets: secretsOf(config) });
    l('error', 'upstream said: invalid key sk-live-1234567890abcdef', {
      detail: { header: 'Bearer adm-9f8e7d6c5b4a', url: 'postgres://app:pa%40ss-w0rd@db:5432/x' },
      authorization: 'anything',
    });
    const out = lines.join('\n');
    expect(out).not.toContain('adm-9f8e7d6c5b4a');
    expect(out).not.toContain('sk-live-1234567890abcdef');
    expect(out).not.toContain('pa%40ss-w0rd');
    expect(out).not.toContain('anything');
  });

  it('removes phone numbers, ID-card numbers and e-mail addresses typed by people', () => {
    const text = '我叫张三，电话 138 0013 8000，座机 0371-67181234，身份证 41010519900307123X，邮箱 zs@example.com';
    const clean = scrubText(text);
    expect(clean).not.toMatch(/138\s?0013\s?8000|67181234|41010519900307123X|zs@example\.com/);
    expect(clean).toContain('我叫张三');
  });

  it('removes the other ways people write them: +86, dots, brackets, ID numbers in groups', () => {
    const text = '电话+8613812345678、138.1234.5678、(138)1234-5678，身份证 410105 19900307 123X，座机(0371)67181234';
    expect(scrubText(text)).not.toMatch(/1234.?5678|19900307|123X|67181234/);
  });

  it('scrubs a hostile 100 KB URL path with work that grows linearly (no backtracking blow-up)', () => {
    // Each was quadratic or worse in some scrubber once: long runs an e-mail, ID or phone
    // pattern starts on at every position and only fails at the end.
    const hostile = [
      (n: number) => `/api/search/${'a'.repeat(n)}`,
      (n: number) => `/${'a.'.repeat(n / 2)}`,
      (n: number) => `/${'1 '.repeat(n / 2)}x`,
      (n: number) => `/${'a@'.repeat(n / 2)}`,
      (n: number) => `/${'-'.repeat(n)}@`,
    ];
    for (const make of hostile) {
      expect(scrubText(make(100_000)).length).toBeGreaterThan(0);
      expect(growthFactor((s) => scrubText(s), make, 10_000)).toBeLessThan(LINEAR_GROWTH_BOUND);
    }
  });

  it('keeps amounts and dates readable', () => {
    expect(scrubText('补贴 1500 元，2019-2021 年，共 36 万人次')).toBe('补贴 1500 元，2019-2021 年，共 36 万人次');
  });

  it('redacts fields that hold what a person typed, by name', () => {
    expect(redact({ question: '我能领补贴吗', path: '/api/ask' })).toEqual({ question: '[redacted]', path: '/api/ask' });
  });
});
