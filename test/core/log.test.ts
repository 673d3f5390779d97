import { describe, expect, it } from 'vitest';
import { createLogger, redact, scrubText, secretsOf } from '../../src/core/log.js';

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

  it('keeps amounts and dates readable', () => {
    expect(scrubText('补贴 1500 元，2019-2021 年，共 36 万人次')).toBe('补贴 1500 元，2019-2021 年，共 36 万人次');
  });

  it('redacts fields that hold what a person typed, by name', () => {
    expect(redact({ question: '我能领补贴吗', path: '/api/ask' })).toEqual({ question: '[redacted]', path: '/api/ask' });
  });
});
