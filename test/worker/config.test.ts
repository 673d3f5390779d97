/**
 * The Worker's start-up checks, run in-process (no wrangler, no database needed): a bad
 * setting or a missing database answers 503 naming what is wrong, never a value.
 */
import { describe, expect, it } from 'vitest';
import worker from '../../src/worker/index.js';

const ctx = { waitUntil: (_p: Promise<unknown>) => {} };

async function call(env: Record<string, unknown>, path = '/healthz') {
  const res = await worker.fetch(new Request(`http://worker.test${path}`), env, ctx);
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string }; ok?: boolean } };
}

describe('Worker configuration', () => {
  it('names each bad setting, without echoing its value', async () => {
    const { status, body } = await call({ RATE_LIMIT_PER_MINUTE: 'plenty-of-them', OPENAI_BASE_URL: 'ftp://models.example', DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' });
    expect(status).toBe(503);
    expect(body.error?.code).toBe('unavailable');
    expect(body.error?.message).toContain('RATE_LIMIT_PER_MINUTE');
    expect(body.error?.message).toContain('OPENAI_BASE_URL');
    expect(body.error?.message).not.toContain('plenty-of-them');
    expect(body.error?.message).not.toContain('ftp://models.example');
  });

  it('says when no database is bound', async () => {
    const { status, body } = await call({ LOG_LEVEL: 'error' }, '/api/search?q=x');
    expect(status).toBe(503);
    expect(body.error?.message).toMatch(/HYPERDRIVE|DATABASE_URL/);
  });

  it('answers /healthz without touching the database, and 503 elsewhere while it is unreachable', async () => {
    // A closed local port: nothing listens there.
    const env = { DATABASE_URL: 'postgres://u:p@127.0.0.1:9/none', LOG_LEVEL: 'error' };
    expect((await call(env)).status).toBe(200);
    const search = await call(env, '/api/search?q=%E8%A1%A5%E8%B4%B4');
    expect(search.status).toBe(503);
    expect(search.body.error?.code).toBe('unavailable');
  });
});
