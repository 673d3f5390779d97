/**
 * The whole app with the service's real logger: whatever the routes log, no line carries the
 * admin token, the model API key, or a phone number someone typed into a question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/core/config.js';
import { createLogger, secretsOf } from '../../../../src/core/log.js';
import { createTestContext, type TestContext } from '../../../support/context.js';

const env = {
  ADMIN_TOKEN: 'adm-Zx81-secret-token-00a1',
  OPENAI_API_KEY: 'sk-test-9d8c7b6a5f4e3d2c1b0a',
  // A closed local port: any model call fails at once and never leaves the machine.
  OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
  WECHAT_TOKEN: 'wx-token-abcdef123',
  RATE_LIMIT_PER_MINUTE: '0',
};
const PHONE = '13912345678';
const ID_CARD = '410105199003071234';

let ctx: TestContext;
const lines: string[] = [];
beforeAll(async () => {
  const config = loadConfig({ ...env, DATA_DIR: 'memory://' });
  const log = createLogger({ level: 'debug', secrets: secretsOf(config), write: (l) => lines.push(l) });
  ctx = await createTestContext({ env, deps: { log } });
}, 120_000);
afterAll(async () => ctx?.close());

describe('logs', () => {
  it('carry a request id per request and no secrets or personal data', async () => {
    const app = ctx.app;
    const question = `我的电话是${PHONE}，身份证${ID_CARD}，以工代训补贴怎么领？`;
    await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'log-ask-1' }, body: JSON.stringify({ question }) });
    await app.request(`/api/search?q=${encodeURIComponent(question)}`, { headers: { 'X-Request-Id': 'log-search-1' } });
    await app.request('/admin/stats', { headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'X-Request-Id': 'log-admin-1' } });
    await app.request('/admin/stats', { headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}x` } });
    await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"question": "${PHONE}` });

    expect(lines.length).toBeGreaterThanOrEqual(5);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const id of ['log-ask-1', 'log-search-1', 'log-admin-1']) {
      expect(parsed.some((p) => p.msg === 'request' && p.requestId === id)).toBe(true);
    }
    const all = lines.join('\n');
    for (const secret of [env.ADMIN_TOKEN, env.OPENAI_API_KEY, env.WECHAT_TOKEN, PHONE, ID_CARD]) expect(all).not.toContain(secret);
  });
});
